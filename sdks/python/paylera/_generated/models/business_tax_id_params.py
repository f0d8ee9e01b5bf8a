from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BusinessTaxIdParams")


@_attrs_define
class BusinessTaxIdParams:
    """One tax ID of a [`BusinessProfileParams`].

    Attributes:
        type_ (str): The scheme (`eu_vat`, …; `GET /v1/tax_id_types`).
        value (str): The number, in any common spelling.
    """

    type_: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        value = d.pop("value")

        business_tax_id_params = cls(
            type_=type_,
            value=value,
        )

        return business_tax_id_params
