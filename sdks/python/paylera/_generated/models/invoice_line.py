from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLine")


@_attrs_define
class InvoiceLine:
    """One line of an invoice.

    Attributes:
        amount (int): Signed minor units (credits are negative).
        description (str):
        period_end (datetime.datetime):
        period_start (datetime.datetime):
        proration (bool):
        quantity (int):
        unit_amount (int):
        price (None | str | Unset):
    """

    amount: int
    description: str
    period_end: datetime.datetime
    period_start: datetime.datetime
    proration: bool
    quantity: int
    unit_amount: int
    price: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        description = self.description

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        proration = self.proration

        quantity = self.quantity

        unit_amount = self.unit_amount

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "description": description,
                "period_end": period_end,
                "period_start": period_start,
                "proration": proration,
                "quantity": quantity,
                "unit_amount": unit_amount,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        description = d.pop("description")

        period_end = datetime.datetime.fromisoformat(d.pop("period_end").replace("Z", "+00:00"))

        period_start = datetime.datetime.fromisoformat(d.pop("period_start").replace("Z", "+00:00"))

        proration = d.pop("proration")

        quantity = d.pop("quantity")

        unit_amount = d.pop("unit_amount")

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        invoice_line = cls(
            amount=amount,
            description=description,
            period_end=period_end,
            period_start=period_start,
            proration=proration,
            quantity=quantity,
            unit_amount=unit_amount,
            price=price,
        )

        invoice_line.additional_properties = d
        return invoice_line

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
