from enum import Enum


class AfterCompletionType0Type(str, Enum):
    PORTAL_HOMEPAGE = "portal_homepage"

    def __str__(self) -> str:
        return str(self.value)
