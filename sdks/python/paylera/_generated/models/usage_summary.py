from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency

T = TypeVar("T", bound="UsageSummary")


@_attrs_define
class UsageSummary:
    """`GET /v1/subscriptions/{id}/usage`: the current period's totals.

    Attributes:
        amount (int): What the usage so far will cost at renewal (minor units).
        currency (Currency): A currency Paylera bills in: its lowercase ISO 4217 code. (Requests may write a code in any
            case.)
        object_ (str): Always `"usage_summary"`.
        period_end (datetime.datetime):
        period_start (datetime.datetime):
        subscription (str): A subscription.
        total_usage (int): Units used so far this period.
        unit_amount (int):
    """

    amount: int
    currency: Currency
    object_: str
    period_end: datetime.datetime
    period_start: datetime.datetime
    subscription: str
    total_usage: int
    unit_amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency.value

        object_ = self.object_

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        subscription = self.subscription

        total_usage = self.total_usage

        unit_amount = self.unit_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "object": object_,
                "period_end": period_end,
                "period_start": period_start,
                "subscription": subscription,
                "total_usage": total_usage,
                "unit_amount": unit_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = Currency(d.pop("currency"))

        object_ = d.pop("object")

        period_end = datetime.datetime.fromisoformat(d.pop("period_end").replace("Z", "+00:00"))

        period_start = datetime.datetime.fromisoformat(d.pop("period_start").replace("Z", "+00:00"))

        subscription = d.pop("subscription")

        total_usage = d.pop("total_usage")

        unit_amount = d.pop("unit_amount")

        usage_summary = cls(
            amount=amount,
            currency=currency,
            object_=object_,
            period_end=period_end,
            period_start=period_start,
            subscription=subscription,
            total_usage=total_usage,
            unit_amount=unit_amount,
        )

        usage_summary.additional_properties = d
        return usage_summary

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
