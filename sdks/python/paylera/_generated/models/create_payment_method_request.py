from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap
    from ..models.card_params import CardParams


T = TypeVar("T", bound="CreatePaymentMethodRequest")


@_attrs_define
class CreatePaymentMethodRequest:
    """`POST /v1/payment_methods`.

    Attributes:
        card (CardParams): Card details as entered. `Debug` shows only the last four digits.
        customer (None | str | Unset): Attach to this customer right away (`cus_…`).
        metadata (BTreeMap | None | Unset):
        type_ (None | str | Unset): Only `card` (the default).
    """

    card: CardParams
    customer: None | str | Unset = UNSET
    metadata: BTreeMap | None | Unset = UNSET
    type_: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415

        card = self.card.to_dict()

        customer: None | str | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        else:
            customer = self.customer

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BTreeMap):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "card": card,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.card_params import CardParams  # noqa: PLC0415

        d = dict(src_dict)
        card = CardParams.from_dict(d.pop("card"))

        def _parse_customer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_metadata(data: object) -> BTreeMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BTreeMap.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BTreeMap | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        create_payment_method_request = cls(
            card=card,
            customer=customer,
            metadata=metadata,
            type_=type_,
        )

        return create_payment_method_request
