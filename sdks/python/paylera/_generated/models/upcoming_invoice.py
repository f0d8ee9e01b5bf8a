from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency

if TYPE_CHECKING:
    from ..models.invoice_line import InvoiceLine


T = TypeVar("T", bound="UpcomingInvoice")


@_attrs_define
class UpcomingInvoice:
    """The invoice a subscription will produce at the end of its current period, as things
    stand now (`GET /v1/invoices/upcoming`): the renewal at the price and quantity then
    in force (a scheduled downgrade included), metered usage recorded so far, and the
    customer's credit as it is today. Nothing is stored; it has no id or number.

        Attributes:
            amount_due (int): What would be charged.
            credit_applied (int): The customer's credit that would be used, as the balance stands now.
            currency (Currency): A currency Paylera bills in: its lowercase ISO 4217 code. (Requests may write a code in any
                case.)
            customer (str): An end customer of a tenant.
            lines (list[InvoiceLine]):
            next_payment_attempt (datetime.datetime): When it is issued and charged: the end of the subscription's current
                period.
            object_ (str): Always `"upcoming_invoice"`.
            period_end (datetime.datetime):
            period_start (datetime.datetime): The period the invoice bills (in advance for licensed prices, in arrears for
                metered ones).
            subscription (str): A subscription.
            subtotal (int): Σ lines, in minor units.
            total (int):
            total_tax (int): Tax on the subtotal, in minor units (`tax` before API version 2026-12-07).
    """

    amount_due: int
    credit_applied: int
    currency: Currency
    customer: str
    lines: list[InvoiceLine]
    next_payment_attempt: datetime.datetime
    object_: str
    period_end: datetime.datetime
    period_start: datetime.datetime
    subscription: str
    subtotal: int
    total: int
    total_tax: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        credit_applied = self.credit_applied

        currency = self.currency.value

        customer = self.customer

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        next_payment_attempt = self.next_payment_attempt.isoformat()

        object_ = self.object_

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        subscription = self.subscription

        subtotal = self.subtotal

        total = self.total

        total_tax = self.total_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due": amount_due,
                "credit_applied": credit_applied,
                "currency": currency,
                "customer": customer,
                "lines": lines,
                "next_payment_attempt": next_payment_attempt,
                "object": object_,
                "period_end": period_end,
                "period_start": period_start,
                "subscription": subscription,
                "subtotal": subtotal,
                "total": total,
                "total_tax": total_tax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line import InvoiceLine  # noqa: PLC0415

        d = dict(src_dict)
        amount_due = d.pop("amount_due")

        credit_applied = d.pop("credit_applied")

        currency = Currency(d.pop("currency"))

        customer = d.pop("customer")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = InvoiceLine.from_dict(lines_item_data)

            lines.append(lines_item)

        next_payment_attempt = datetime.datetime.fromisoformat(
            d.pop("next_payment_attempt").replace("Z", "+00:00")
        )

        object_ = d.pop("object")

        period_end = datetime.datetime.fromisoformat(d.pop("period_end").replace("Z", "+00:00"))

        period_start = datetime.datetime.fromisoformat(d.pop("period_start").replace("Z", "+00:00"))

        subscription = d.pop("subscription")

        subtotal = d.pop("subtotal")

        total = d.pop("total")

        total_tax = d.pop("total_tax")

        upcoming_invoice = cls(
            amount_due=amount_due,
            credit_applied=credit_applied,
            currency=currency,
            customer=customer,
            lines=lines,
            next_payment_attempt=next_payment_attempt,
            object_=object_,
            period_end=period_end,
            period_start=period_start,
            subscription=subscription,
            subtotal=subtotal,
            total=total,
            total_tax=total_tax,
        )

        upcoming_invoice.additional_properties = d
        return upcoming_invoice

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
