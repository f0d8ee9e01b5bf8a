from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignInRequest")


@_attrs_define
class SignInRequest:
    """`POST /v1/dashboard/sessions`: signing in.

    Attributes:
        email (str):
        password (str):
        totp_code (None | str | Unset): The current code of the member's authenticator app, when TOTP is enabled.
    """

    email: str
    password: str
    totp_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        totp_code: None | str | Unset
        if isinstance(self.totp_code, Unset):
            totp_code = UNSET
        else:
            totp_code = self.totp_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if totp_code is not UNSET:
            field_dict["totp_code"] = totp_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        def _parse_totp_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_code = _parse_totp_code(d.pop("totp_code", UNSET))

        sign_in_request = cls(
            email=email,
            password=password,
            totp_code=totp_code,
        )

        return sign_in_request
