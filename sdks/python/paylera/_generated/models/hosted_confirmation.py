from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedConfirmation")


@_attrs_define
class HostedConfirmation:
    """`after_completion.hosted_confirmation`.

    Attributes:
        custom_message (None | str | Unset): The merchant's message on the confirmation page.
    """

    custom_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_message: None | str | Unset
        if isinstance(self.custom_message, Unset):
            custom_message = UNSET
        else:
            custom_message = self.custom_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_message is not UNSET:
            field_dict["custom_message"] = custom_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_custom_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_message = _parse_custom_message(d.pop("custom_message", UNSET))

        hosted_confirmation = cls(
            custom_message=custom_message,
        )

        hosted_confirmation.additional_properties = d
        return hosted_confirmation

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
