from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardDetails")


@_attrs_define
class CardDetails:
    """What is kept of a card.

    Attributes:
        brand (str): `visa`, `mastercard`, `amex`, `discover`, `diners`, `jcb`, `unionpay` or `unknown`.
        exp_month (int):
        exp_year (int):
        fingerprint (str): Equal for the same card number within a tenant's platform; use it to spot duplicates.
        last4 (str):
    """

    brand: str
    exp_month: int
    exp_year: int
    fingerprint: str
    last4: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        exp_month = self.exp_month

        exp_year = self.exp_year

        fingerprint = self.fingerprint

        last4 = self.last4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand": brand,
                "exp_month": exp_month,
                "exp_year": exp_year,
                "fingerprint": fingerprint,
                "last4": last4,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand = d.pop("brand")

        exp_month = d.pop("exp_month")

        exp_year = d.pop("exp_year")

        fingerprint = d.pop("fingerprint")

        last4 = d.pop("last4")

        card_details = cls(
            brand=brand,
            exp_month=exp_month,
            exp_year=exp_year,
            fingerprint=fingerprint,
            last4=last4,
        )

        card_details.additional_properties = d
        return card_details

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
