from enum import Enum


class FlowKind(str, Enum):
    PAYMENT_METHOD_UPDATE = "payment_method_update"
    SUBSCRIPTION_CANCEL = "subscription_cancel"
    SUBSCRIPTION_UPDATE = "subscription_update"
    SUBSCRIPTION_UPDATE_CONFIRM = "subscription_update_confirm"

    def __str__(self) -> str:
        return str(self.value)
