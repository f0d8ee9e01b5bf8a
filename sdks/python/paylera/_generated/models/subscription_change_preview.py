from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_timing import ChangeTiming
from ..models.currency import Currency
from ..models.plan_change import PlanChange

if TYPE_CHECKING:
    from ..models.invoice_line import InvoiceLine


T = TypeVar("T", bound="SubscriptionChangePreview")


@_attrs_define
class SubscriptionChangePreview:
    """What a change would invoice, before the customer confirms it.

    Attributes:
        amount_due (int): What would be charged now, after the customer's credit.
        change (PlanChange): The direction of a plan or quantity change (how the API classifies it: by the
            prices' rank within their family, then by amount).
        currency (Currency): A currency Paylera bills in: its lowercase ISO 4217 code. (Requests may write a code in any
            case.)
        effective (ChangeTiming): When a change takes effect.
        effective_at (datetime.datetime):
        lines (list[InvoiceLine]):
        subtotal (int):
        total (int):
    """

    amount_due: int
    change: PlanChange
    currency: Currency
    effective: ChangeTiming
    effective_at: datetime.datetime
    lines: list[InvoiceLine]
    subtotal: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        change = self.change.value

        currency = self.currency.value

        effective = self.effective.value

        effective_at = self.effective_at.isoformat()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        subtotal = self.subtotal

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due": amount_due,
                "change": change,
                "currency": currency,
                "effective": effective,
                "effective_at": effective_at,
                "lines": lines,
                "subtotal": subtotal,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line import InvoiceLine  # noqa: PLC0415

        d = dict(src_dict)
        amount_due = d.pop("amount_due")

        change = PlanChange(d.pop("change"))

        currency = Currency(d.pop("currency"))

        effective = ChangeTiming(d.pop("effective"))

        effective_at = datetime.datetime.fromisoformat(d.pop("effective_at").replace("Z", "+00:00"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = InvoiceLine.from_dict(lines_item_data)

            lines.append(lines_item)

        subtotal = d.pop("subtotal")

        total = d.pop("total")

        subscription_change_preview = cls(
            amount_due=amount_due,
            change=change,
            currency=currency,
            effective=effective,
            effective_at=effective_at,
            lines=lines,
            subtotal=subtotal,
            total=total,
        )

        subscription_change_preview.additional_properties = d
        return subscription_change_preview

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
