from enum import Enum


class CancellationReason(str, Enum):
    CUSTOMER_SERVICE = "customer_service"
    LOW_QUALITY = "low_quality"
    MISSING_FEATURES = "missing_features"
    OTHER = "other"
    PAYMENT_FAILED = "payment_failed"
    SWITCHED_SERVICE = "switched_service"
    TOO_COMPLEX = "too_complex"
    TOO_EXPENSIVE = "too_expensive"
    UNUSED = "unused"

    def __str__(self) -> str:
        return str(self.value)
