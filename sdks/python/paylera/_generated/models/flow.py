from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_kind import FlowKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.after_completion_type_0 import AfterCompletionType0
    from ..models.after_completion_type_1 import AfterCompletionType1
    from ..models.after_completion_type_2 import AfterCompletionType2


T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow:
    """A deep link into one task of the portal (a session's `flow`): the portal shows only
    that task until it is done, then does what `after_completion` says.

        Attributes:
            type_ (FlowKind): The tasks a [`Flow`] can deep-link into.
            after_completion (AfterCompletionType0 | AfterCompletionType1 | AfterCompletionType2 | None | Unset):
            price (None | str | Unset): `subscription_update_confirm`: the price to confirm (`price_…`).
            quantity (int | None | Unset): `subscription_update_confirm`: the quantity to confirm.
            subscription (None | str | Unset): The subscription a subscription flow is about (`sub_…`).
    """

    type_: FlowKind
    after_completion: (
        AfterCompletionType0 | AfterCompletionType1 | AfterCompletionType2 | None | Unset
    ) = UNSET
    price: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    subscription: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.after_completion_type_0 import AfterCompletionType0  # noqa: PLC0415
        from ..models.after_completion_type_1 import AfterCompletionType1  # noqa: PLC0415
        from ..models.after_completion_type_2 import AfterCompletionType2  # noqa: PLC0415

        type_ = self.type_.value

        after_completion: dict[str, Any] | None | Unset
        if isinstance(self.after_completion, Unset):
            after_completion = UNSET
        elif isinstance(self.after_completion, AfterCompletionType0):
            after_completion = self.after_completion.to_dict()
        elif isinstance(self.after_completion, AfterCompletionType1):
            after_completion = self.after_completion.to_dict()
        elif isinstance(self.after_completion, AfterCompletionType2):
            after_completion = self.after_completion.to_dict()
        else:
            after_completion = self.after_completion

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

        subscription: None | str | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        else:
            subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if after_completion is not UNSET:
            field_dict["after_completion"] = after_completion
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.after_completion_type_0 import AfterCompletionType0  # noqa: PLC0415
        from ..models.after_completion_type_1 import AfterCompletionType1  # noqa: PLC0415
        from ..models.after_completion_type_2 import AfterCompletionType2  # noqa: PLC0415

        d = dict(src_dict)
        type_ = FlowKind(d.pop("type"))

        def _parse_after_completion(
            data: object,
        ) -> AfterCompletionType0 | AfterCompletionType1 | AfterCompletionType2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_after_completion_type_0 = AfterCompletionType0.from_dict(data)

                return componentsschemas_after_completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_after_completion_type_1 = AfterCompletionType1.from_dict(data)

                return componentsschemas_after_completion_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_after_completion_type_2 = AfterCompletionType2.from_dict(data)

                return componentsschemas_after_completion_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AfterCompletionType0 | AfterCompletionType1 | AfterCompletionType2 | None | Unset,
                data,
            )

        after_completion = _parse_after_completion(d.pop("after_completion", UNSET))

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

        def _parse_subscription(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        flow = cls(
            type_=type_,
            after_completion=after_completion,
            price=price,
            quantity=quantity,
            subscription=subscription,
        )

        flow.additional_properties = d
        return flow

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
