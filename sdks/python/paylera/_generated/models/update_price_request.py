from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_price_request_metadata_type_0 import UpdatePriceRequestMetadataType0


T = TypeVar("T", bound="UpdatePriceRequest")


@_attrs_define
class UpdatePriceRequest:
    """`POST /v1/prices/{id}`. Archive with `{"active": false}`.

    Attributes:
        active (bool | None | Unset):
        metadata (None | Unset | UpdatePriceRequestMetadataType0): Merged into the current metadata; a key set to `null`
            is removed.
        nickname (None | str | Unset):
    """

    active: bool | None | Unset = UNSET
    metadata: None | Unset | UpdatePriceRequestMetadataType0 = UNSET
    nickname: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_price_request_metadata_type_0 import UpdatePriceRequestMetadataType0  # noqa: PLC0415

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdatePriceRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if nickname is not UNSET:
            field_dict["nickname"] = nickname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_price_request_metadata_type_0 import UpdatePriceRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_metadata(data: object) -> None | Unset | UpdatePriceRequestMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdatePriceRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdatePriceRequestMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nickname = _parse_nickname(d.pop("nickname", UNSET))

        update_price_request = cls(
            active=active,
            metadata=metadata,
            nickname=nickname,
        )

        return update_price_request
