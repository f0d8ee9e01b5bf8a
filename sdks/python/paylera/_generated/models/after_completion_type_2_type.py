from enum import Enum


class AfterCompletionType2Type(str, Enum):
    REDIRECT = "redirect"

    def __str__(self) -> str:
        return str(self.value)
