from enum import Enum


class PaymentAttemptStatus(str, Enum):
    CANCELED = "canceled"
    FAILED = "failed"
    REQUIRES_ACTION = "requires_action"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
