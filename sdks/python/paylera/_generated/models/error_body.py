from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..models.error_type import ErrorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """What went wrong, for people and for programs.

    Attributes:
        code (ErrorCode): The precise reason for an error. Stable: clients may match on it.
        message (str):
        type_ (ErrorType): The broad class of an error.
        decline_code (None | str | Unset): For `card_error`s from the card network: why the bank declined
            (`generic_decline`, `insufficient_funds`, …). Absent otherwise.
        doc_url (None | str | Unset): The documentation of `code`: what it means and what to do about it
            (`…/docs/errors#<code>` of the API that answered).
        param (None | str | Unset):
        return_url (None | str | Unset): For `portal_link_expired`: where the customer can go back to, when known.
    """

    code: ErrorCode
    message: str
    type_: ErrorType
    decline_code: None | str | Unset = UNSET
    doc_url: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    return_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        type_ = self.type_.value

        decline_code: None | str | Unset
        if isinstance(self.decline_code, Unset):
            decline_code = UNSET
        else:
            decline_code = self.decline_code

        doc_url: None | str | Unset
        if isinstance(self.doc_url, Unset):
            doc_url = UNSET
        else:
            doc_url = self.doc_url

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        return_url: None | str | Unset
        if isinstance(self.return_url, Unset):
            return_url = UNSET
        else:
            return_url = self.return_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "type": type_,
            }
        )
        if decline_code is not UNSET:
            field_dict["decline_code"] = decline_code
        if doc_url is not UNSET:
            field_dict["doc_url"] = doc_url
        if param is not UNSET:
            field_dict["param"] = param
        if return_url is not UNSET:
            field_dict["return_url"] = return_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = ErrorCode(d.pop("code"))

        message = d.pop("message")

        type_ = ErrorType(d.pop("type"))

        def _parse_decline_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decline_code = _parse_decline_code(d.pop("decline_code", UNSET))

        def _parse_doc_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_url = _parse_doc_url(d.pop("doc_url", UNSET))

        def _parse_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param = _parse_param(d.pop("param", UNSET))

        def _parse_return_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_url = _parse_return_url(d.pop("return_url", UNSET))

        error_body = cls(
            code=code,
            message=message,
            type_=type_,
            decline_code=decline_code,
            doc_url=doc_url,
            param=param,
            return_url=return_url,
        )

        error_body.additional_properties = d
        return error_body

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
