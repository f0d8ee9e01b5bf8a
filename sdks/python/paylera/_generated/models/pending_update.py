from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="PendingUpdate")


@_attrs_define
class PendingUpdate:
    """A change scheduled for the end of the current period.

    Attributes:
        effective_at (datetime.datetime):
        price (Price | str): An id; the whole object when named in `expand[]`.
        quantity (int):
    """

    effective_at: datetime.datetime
    price: Price | str
    quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.price import Price  # noqa: PLC0415

        effective_at = self.effective_at.isoformat()

        price: dict[str, Any] | str
        if isinstance(self.price, Price):
            price = self.price.to_dict()
        else:
            price = self.price

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effective_at": effective_at,
                "price": price,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415

        d = dict(src_dict)
        effective_at = datetime.datetime.fromisoformat(d.pop("effective_at").replace("Z", "+00:00"))

        def _parse_price(data: object) -> Price | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_1 = Price.from_dict(data)

                return price_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Price | str, data)

        price = _parse_price(d.pop("price"))

        quantity = d.pop("quantity")

        pending_update = cls(
            effective_at=effective_at,
            price=price,
            quantity=quantity,
        )

        pending_update.additional_properties = d
        return pending_update

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
