from enum import Enum


class BillingReason(str, Enum):
    MANUAL = "manual"
    SUBSCRIPTION_CREATE = "subscription_create"
    SUBSCRIPTION_CYCLE = "subscription_cycle"
    SUBSCRIPTION_UPDATE = "subscription_update"

    def __str__(self) -> str:
        return str(self.value)
