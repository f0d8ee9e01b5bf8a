from enum import Enum


class CancelMode(str, Enum):
    AT_PERIOD_END = "at_period_end"
    IMMEDIATELY = "immediately"

    def __str__(self) -> str:
        return str(self.value)
