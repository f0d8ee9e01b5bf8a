from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.portal_configuration_object import PortalConfigurationObject


T = TypeVar("T", bound="ListPortalConfigurationObject")


@_attrs_define
class ListPortalConfigurationObject:
    """One page of a list, newest first.

    Attributes:
        data (list[PortalConfigurationObject]):
        has_more (bool): Whether more objects follow in the direction of travel.
        object_ (str): Always `"list"`.
        url (str): The path this list was fetched from.
    """

    data: list[PortalConfigurationObject]
    has_more: bool
    object_: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        object_ = self.object_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
                "object": object_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portal_configuration_object import PortalConfigurationObject  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PortalConfigurationObject.from_dict(data_item_data)

            data.append(data_item)

        has_more = d.pop("has_more")

        object_ = d.pop("object")

        url = d.pop("url")

        list_portal_configuration_object = cls(
            data=data,
            has_more=has_more,
            object_=object_,
            url=url,
        )

        list_portal_configuration_object.additional_properties = d
        return list_portal_configuration_object

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
