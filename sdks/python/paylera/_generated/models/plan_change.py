from enum import Enum


class PlanChange(str, Enum):
    DOWNGRADE = "downgrade"
    LATERAL = "lateral"
    NO_CHANGE = "no_change"
    UPGRADE = "upgrade"

    def __str__(self) -> str:
        return str(self.value)
