from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change_option import ChangeOption


T = TypeVar("T", bound="ChangeOptions")


@_attrs_define
class ChangeOptions:
    """`GET /v1/subscriptions/{id}/change_options`: the prices a subscription may change
    to, each with exactly what the change would do. A price the change rules would
    refuse (not offered by the portal, archived, another currency or usage type, a
    hidden downgrade) is not listed.

        Attributes:
            data (list[ChangeOption]): At most 20 options: the portal configuration's offered prices in its order, or
                the family's prices by product rank, each product's in the order they were made.
    """

    data: list[ChangeOption]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_option import ChangeOption  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ChangeOption.from_dict(data_item_data)

            data.append(data_item)

        change_options = cls(
            data=data,
        )

        change_options.additional_properties = d
        return change_options

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
