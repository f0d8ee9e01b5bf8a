from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateTaxIdRequest")


@_attrs_define
class CreateTaxIdRequest:
    """`POST /v1/customers/{id}/tax_ids`.

    Attributes:
        type_ (str): The scheme (`eu_vat`, …).
        value (str): The number, in any common spelling (spaces, dots and dashes are ignored).
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

        create_tax_id_request = cls(
            type_=type_,
            value=value,
        )

        return create_tax_id_request
