from enum import Enum


class ChangeTiming(str, Enum):
    NOW = "now"
    PERIOD_END = "period_end"

    def __str__(self) -> str:
        return str(self.value)
