from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.after_completion_type_2_type import AfterCompletionType2Type

if TYPE_CHECKING:
    from ..models.flow_redirect import FlowRedirect


T = TypeVar("T", bound="AfterCompletionType2")


@_attrs_define
class AfterCompletionType2:
    """Send the customer to `return_url` (the session ends, like "Return to merchant").

    Attributes:
        redirect (FlowRedirect): `after_completion.redirect`.
        type_ (AfterCompletionType2Type):
    """

    redirect: FlowRedirect
    type_: AfterCompletionType2Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect = self.redirect.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirect": redirect,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_redirect import FlowRedirect  # noqa: PLC0415

        d = dict(src_dict)
        redirect = FlowRedirect.from_dict(d.pop("redirect"))

        type_ = AfterCompletionType2Type(d.pop("type"))

        after_completion_type_2 = cls(
            redirect=redirect,
            type_=type_,
        )

        after_completion_type_2.additional_properties = d
        return after_completion_type_2

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
