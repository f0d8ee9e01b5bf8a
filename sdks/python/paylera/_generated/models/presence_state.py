from enum import Enum


class PresenceState(str, Enum):
    LEAVING = "leaving"
    PRESENT = "present"

    def __str__(self) -> str:
        return str(self.value)
