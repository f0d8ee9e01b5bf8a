from enum import Enum


class KeyMode(str, Enum):
    LIVE = "live"
    TEST = "test"

    def __str__(self) -> str:
        return str(self.value)
