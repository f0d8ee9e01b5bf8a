from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_subscription_request_metadata_type_0 import (
        UpdateSubscriptionRequestMetadataType0,
    )


T = TypeVar("T", bound="UpdateSubscriptionRequest")


@_attrs_define
class UpdateSubscriptionRequest:
    """`POST /v1/subscriptions/{id}` and its preview: change the price and/or quantity.

    Attributes:
        metadata (None | Unset | UpdateSubscriptionRequestMetadataType0): Merged into the current metadata; a key set to
            `null` is removed.
        price (None | str | Unset):
        quantity (int | None | Unset):
    """

    metadata: None | Unset | UpdateSubscriptionRequestMetadataType0 = UNSET
    price: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_subscription_request_metadata_type_0 import (
            UpdateSubscriptionRequestMetadataType0,  # noqa: PLC0415
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateSubscriptionRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_subscription_request_metadata_type_0 import (
            UpdateSubscriptionRequestMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_metadata(data: object) -> None | Unset | UpdateSubscriptionRequestMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateSubscriptionRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateSubscriptionRequestMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        update_subscription_request = cls(
            metadata=metadata,
            price=price,
            quantity=quantity,
        )

        return update_subscription_request
