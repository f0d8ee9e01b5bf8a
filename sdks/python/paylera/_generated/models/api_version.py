from enum import Enum


class ApiVersion(str, Enum):
    VALUE_0 = "2026-11-01"
    VALUE_1 = "2026-12-07"

    def __str__(self) -> str:
        return str(self.value)
