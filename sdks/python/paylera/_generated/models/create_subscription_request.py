from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap


T = TypeVar("T", bound="CreateSubscriptionRequest")


@_attrs_define
class CreateSubscriptionRequest:
    """`POST /v1/subscriptions`.

    Attributes:
        customer (str):
        price (str):
        metadata (BTreeMap | None | Unset):
        quantity (int | None | Unset): Defaults to 1.
        trial_period_days (int | None | Unset): Days of free trial before the first charge (0–730).
    """

    customer: str
    price: str
    metadata: BTreeMap | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    trial_period_days: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415

        customer = self.customer

        price = self.price

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BTreeMap):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        trial_period_days: int | None | Unset
        if isinstance(self.trial_period_days, Unset):
            trial_period_days = UNSET
        else:
            trial_period_days = self.trial_period_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer": customer,
                "price": price,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if trial_period_days is not UNSET:
            field_dict["trial_period_days"] = trial_period_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415

        d = dict(src_dict)
        customer = d.pop("customer")

        price = d.pop("price")

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

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_trial_period_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trial_period_days = _parse_trial_period_days(d.pop("trial_period_days", UNSET))

        create_subscription_request = cls(
            customer=customer,
            price=price,
            metadata=metadata,
            quantity=quantity,
            trial_period_days=trial_period_days,
        )

        return create_subscription_request
