from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExchangeRequest")


@_attrs_define
class ExchangeRequest:
    """`POST /v1/portal/sessions/exchange`: the portal server trades a link secret for a token.

    Attributes:
        secret (str):
        accept_language (None | str | Unset): The `Accept-Language` of the customer's browser that opened the link: a
            session
            created with the `auto` locale speaks its best match (see `locale::resolve`).
    """

    secret: str
    accept_language: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        accept_language: None | str | Unset
        if isinstance(self.accept_language, Unset):
            accept_language = UNSET
        else:
            accept_language = self.accept_language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "secret": secret,
            }
        )
        if accept_language is not UNSET:
            field_dict["accept_language"] = accept_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secret = d.pop("secret")

        def _parse_accept_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accept_language = _parse_accept_language(d.pop("accept_language", UNSET))

        exchange_request = cls(
            secret=secret,
            accept_language=accept_language,
        )

        return exchange_request
