from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuthenticatePaymentMethodRequest")


@_attrs_define
class AuthenticatePaymentMethodRequest:
    """`POST /v1/payment_methods/{id}/authenticate`: the customer's answer to the
    simulated authentication challenge (test mode).

        Attributes:
            outcome (str): `approve` or `deny`.
    """

    outcome: str

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = d.pop("outcome")

        authenticate_payment_method_request = cls(
            outcome=outcome,
        )

        return authenticate_payment_method_request
