from enum import Enum


class UsageAction(str, Enum):
    INCREMENT = "increment"
    SET = "set"

    def __str__(self) -> str:
        return str(self.value)
