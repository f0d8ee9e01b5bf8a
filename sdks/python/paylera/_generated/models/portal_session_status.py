from enum import Enum


class PortalSessionStatus(str, Enum):
    COMPLETED = "completed"
    CREATED = "created"
    EXPIRED = "expired"
    OPENED = "opened"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
