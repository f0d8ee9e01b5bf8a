from enum import Enum


class AfterCompletionType1Type(str, Enum):
    HOSTED_CONFIRMATION = "hosted_confirmation"

    def __str__(self) -> str:
        return str(self.value)
