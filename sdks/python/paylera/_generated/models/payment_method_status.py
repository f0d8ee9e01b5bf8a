from enum import Enum


class PaymentMethodStatus(str, Enum):
    ACTIVE = "active"
    REQUIRES_AUTHENTICATION = "requires_authentication"

    def __str__(self) -> str:
        return str(self.value)
