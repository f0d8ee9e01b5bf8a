from enum import Enum


class FilePurpose(str, Enum):
    BUSINESS_LOGO = "business_logo"

    def __str__(self) -> str:
        return str(self.value)
