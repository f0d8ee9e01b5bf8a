from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionDiscount")


@_attrs_define
class SubscriptionDiscount:
    """A percentage off a subscription's next renewal invoices.

    Attributes:
        percent_off (int): 1–100.
        periods_remaining (int): How many more renewal invoices it takes off (each renewal uses one).
    """

    percent_off: int
    periods_remaining: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percent_off = self.percent_off

        periods_remaining = self.periods_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "percent_off": percent_off,
                "periods_remaining": periods_remaining,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        percent_off = d.pop("percent_off")

        periods_remaining = d.pop("periods_remaining")

        subscription_discount = cls(
            percent_off=percent_off,
            periods_remaining=periods_remaining,
        )

        subscription_discount.additional_properties = d
        return subscription_discount

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
