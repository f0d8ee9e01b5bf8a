from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_attempt_status import PaymentAttemptStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.payment_method import PaymentMethod


T = TypeVar("T", bound="PaymentAttempt")


@_attrs_define
class PaymentAttempt:
    """One attempt to collect an invoice.

    Attributes:
        amount (int):
        created (datetime.datetime):
        id (str):
        invoice (Invoice | str): An id; the whole object when named in `expand[]`.
        object_ (str): Always `"payment_attempt"`.
        status (PaymentAttemptStatus): How one attempt to collect an invoice ended.
        decline_code (None | str | Unset):
        failure_message (None | str | Unset):
        payment_method (None | PaymentMethod | str | Unset): An id; the whole object when named in `expand[]`.
    """

    amount: int
    created: datetime.datetime
    id: str
    invoice: Invoice | str
    object_: str
    status: PaymentAttemptStatus
    decline_code: None | str | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    payment_method: None | PaymentMethod | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415

        amount = self.amount

        created = self.created.isoformat()

        id = self.id

        invoice: dict[str, Any] | str
        if isinstance(self.invoice, Invoice):
            invoice = self.invoice.to_dict()
        else:
            invoice = self.invoice

        object_ = self.object_

        status = self.status.value

        decline_code: None | str | Unset
        if isinstance(self.decline_code, Unset):
            decline_code = UNSET
        else:
            decline_code = self.decline_code

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        payment_method: dict[str, Any] | None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "created": created,
                "id": id,
                "invoice": invoice,
                "object": object_,
                "status": status,
            }
        )
        if decline_code is not UNSET:
            field_dict["decline_code"] = decline_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        id = d.pop("id")

        def _parse_invoice(data: object) -> Invoice | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_type_1 = Invoice.from_dict(data)

                return invoice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Invoice | str, data)

        invoice = _parse_invoice(d.pop("invoice"))

        object_ = d.pop("object")

        status = PaymentAttemptStatus(d.pop("status"))

        def _parse_decline_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decline_code = _parse_decline_code(d.pop("decline_code", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        def _parse_payment_method(data: object) -> None | PaymentMethod | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_type_1 = PaymentMethod.from_dict(data)

                return payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod | str | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        payment_attempt = cls(
            amount=amount,
            created=created,
            id=id,
            invoice=invoice,
            object_=object_,
            status=status,
            decline_code=decline_code,
            failure_message=failure_message,
            payment_method=payment_method,
        )

        payment_attempt.additional_properties = d
        return payment_attempt

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
