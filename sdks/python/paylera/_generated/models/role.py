from enum import Enum


class Role(str, Enum):
    ADMIN = "admin"
    OWNER = "owner"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
