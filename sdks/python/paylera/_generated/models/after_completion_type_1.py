from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.after_completion_type_1_type import AfterCompletionType1Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hosted_confirmation import HostedConfirmation


T = TypeVar("T", bound="AfterCompletionType1")


@_attrs_define
class AfterCompletionType1:
    """Show a confirmation page, with the merchant's message when given.

    Attributes:
        type_ (AfterCompletionType1Type):
        hosted_confirmation (HostedConfirmation | None | Unset):
    """

    type_: AfterCompletionType1Type
    hosted_confirmation: HostedConfirmation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hosted_confirmation import HostedConfirmation  # noqa: PLC0415

        type_ = self.type_.value

        hosted_confirmation: dict[str, Any] | None | Unset
        if isinstance(self.hosted_confirmation, Unset):
            hosted_confirmation = UNSET
        elif isinstance(self.hosted_confirmation, HostedConfirmation):
            hosted_confirmation = self.hosted_confirmation.to_dict()
        else:
            hosted_confirmation = self.hosted_confirmation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if hosted_confirmation is not UNSET:
            field_dict["hosted_confirmation"] = hosted_confirmation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hosted_confirmation import HostedConfirmation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = AfterCompletionType1Type(d.pop("type"))

        def _parse_hosted_confirmation(data: object) -> HostedConfirmation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hosted_confirmation_type_0 = HostedConfirmation.from_dict(data)

                return hosted_confirmation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HostedConfirmation | None | Unset, data)

        hosted_confirmation = _parse_hosted_confirmation(d.pop("hosted_confirmation", UNSET))

        after_completion_type_1 = cls(
            type_=type_,
            hosted_confirmation=hosted_confirmation,
        )

        after_completion_type_1.additional_properties = d
        return after_completion_type_1

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
