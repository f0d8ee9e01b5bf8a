from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AttachPaymentMethodRequest")


@_attrs_define
class AttachPaymentMethodRequest:
    """`POST /v1/payment_methods/{id}/attach`.

    Attributes:
        customer (str):
    """

    customer: str

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer": customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer = d.pop("customer")

        attach_payment_method_request = cls(
            customer=customer,
        )

        return attach_payment_method_request
