from enum import Enum


class RetentionOfferType(str, Enum):
    DISCOUNT = "discount"
    PAUSE = "pause"

    def __str__(self) -> str:
        return str(self.value)
