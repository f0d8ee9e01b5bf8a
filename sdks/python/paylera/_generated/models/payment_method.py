from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method_status import PaymentMethodStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap
    from ..models.card_details import CardDetails
    from ..models.customer import Customer


T = TypeVar("T", bound="PaymentMethod")


@_attrs_define
class PaymentMethod:
    """A saved way to pay.

    Attributes:
        card (CardDetails): What is kept of a card.
        created (datetime.datetime):
        id (str): A payment method (a card).
        object_ (str): Always `"payment_method"`.
        status (PaymentMethodStatus): Whether a payment method can be charged.
        type_ (str): Always `"card"` for now.
        customer (Customer | None | str | Unset): An id; the whole object when named in `expand[]`.
        metadata (BTreeMap | Unset):
    """

    card: CardDetails
    created: datetime.datetime
    id: str
    object_: str
    status: PaymentMethodStatus
    type_: str
    customer: Customer | None | str | Unset = UNSET
    metadata: BTreeMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer  # noqa: PLC0415

        card = self.card.to_dict()

        created = self.created.isoformat()

        id = self.id

        object_ = self.object_

        status = self.status.value

        type_ = self.type_

        customer: dict[str, Any] | None | str | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card": card,
                "created": created,
                "id": id,
                "object": object_,
                "status": status,
                "type": type_,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.card_details import CardDetails  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415

        d = dict(src_dict)
        card = CardDetails.from_dict(d.pop("card"))

        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        id = d.pop("id")

        object_ = d.pop("object")

        status = PaymentMethodStatus(d.pop("status"))

        type_ = d.pop("type")

        def _parse_customer(data: object) -> Customer | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = Customer.from_dict(data)

                return customer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | None | str | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: BTreeMap | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BTreeMap.from_dict(_metadata)

        payment_method = cls(
            card=card,
            created=created,
            id=id,
            object_=object_,
            status=status,
            type_=type_,
            customer=customer,
            metadata=metadata,
        )

        payment_method.additional_properties = d
        return payment_method

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
