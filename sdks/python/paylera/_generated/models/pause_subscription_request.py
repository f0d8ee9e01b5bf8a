from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PauseSubscriptionRequest")


@_attrs_define
class PauseSubscriptionRequest:
    """`POST /v1/subscriptions/{id}/pause`: pause billing at the end of the current period.

    Attributes:
        periods (int): How many of the price's periods billing stays paused (1–12; in the portal, at
            most the configuration's `subscription_pause_max_periods`).
    """

    periods: int

    def to_dict(self) -> dict[str, Any]:
        periods = self.periods

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "periods": periods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        periods = d.pop("periods")

        pause_subscription_request = cls(
            periods=periods,
        )

        return pause_subscription_request
