from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayInvoiceRequest")


@_attrs_define
class PayInvoiceRequest:
    """`POST /v1/invoices/{id}/pay`.

    Attributes:
        authentication (None | str | Unset): The customer's answer to the card's authentication challenge when they are
            present (the portal): `approve` or `deny`. Without it, a card that requires
            authentication leaves the attempt in `requires_action`.
        payment_method (None | str | Unset): A payment method of the invoice's customer; defaults to the customer's
            default.
    """

    authentication: None | str | Unset = UNSET
    payment_method: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        authentication: None | str | Unset
        if isinstance(self.authentication, Unset):
            authentication = UNSET
        else:
            authentication = self.authentication

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authentication(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        def _parse_payment_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        pay_invoice_request = cls(
            authentication=authentication,
            payment_method=payment_method,
        )

        return pay_invoice_request
