from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.key_mode import KeyMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyRequest")


@_attrs_define
class CreateApiKeyRequest:
    """`POST /v1/api_keys`.

    Attributes:
        mode (KeyMode): Which world a key acts in.
        name (None | str | Unset): Up to 100 characters.
    """

    mode: KeyMode
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = KeyMode(d.pop("mode"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        create_api_key_request = cls(
            mode=mode,
            name=name,
        )

        return create_api_key_request
