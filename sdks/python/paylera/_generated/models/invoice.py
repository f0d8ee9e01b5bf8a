from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_reason import BillingReason
from ..models.currency import Currency
from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap
    from ..models.customer import Customer
    from ..models.customer_snapshot import CustomerSnapshot
    from ..models.invoice_line import InvoiceLine
    from ..models.list_payment_attempt import ListPaymentAttempt
    from ..models.subscription import Subscription


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """A bill: what a customer owes for a period, and whether it is paid.

    Attributes:
        amount_due (int): What the customer must pay: max(total, 0) − credit_applied.
        amount_paid (int):
        amount_remaining (int):
        attempt_count (int):
        billing_reason (BillingReason): Why an invoice was created.
        created (datetime.datetime):
        credit_applied (int): Customer credit used for this invoice.
        currency (Currency): A currency Paylera bills in: its lowercase ISO 4217 code. (Requests may write a code in any
            case.)
        customer (Customer | str): An id; the whole object when named in `expand[]`.
        customer_details (CustomerSnapshot): The billed-to block, frozen when the invoice is finalised.
        id (str): An invoice.
        lines (list[InvoiceLine]):
        object_ (str): Always `"invoice"`.
        period_end (datetime.datetime):
        period_start (datetime.datetime):
        status (InvoiceStatus): Where an invoice stands (the API's state machine moves it; `paid` and `void`
            are final).
        subtotal (int): Σ lines, in minor units.
        total (int): subtotal + tax (negative when credits exceed charges; the excess becomes customer credit).
        total_tax (int): Tax on the subtotal, in minor units (`tax` before API version 2026-12-07).
        finalized_at (datetime.datetime | None | Unset):
        metadata (BTreeMap | Unset):
        next_payment_attempt (datetime.datetime | None | Unset): When dunning retries next; `null` when no retry is
            scheduled.
        number (None | str | Unset): Gapless per tenant (`DEMO-0042`); `null` while draft.
        paid_at (datetime.datetime | None | Unset):
        payment_attempts (ListPaymentAttempt | Unset): One page of a list, newest first.
        subscription (None | str | Subscription | Unset): An id; the whole object when named in `expand[]`.
        voided_at (datetime.datetime | None | Unset):
    """

    amount_due: int
    amount_paid: int
    amount_remaining: int
    attempt_count: int
    billing_reason: BillingReason
    created: datetime.datetime
    credit_applied: int
    currency: Currency
    customer: Customer | str
    customer_details: CustomerSnapshot
    id: str
    lines: list[InvoiceLine]
    object_: str
    period_end: datetime.datetime
    period_start: datetime.datetime
    status: InvoiceStatus
    subtotal: int
    total: int
    total_tax: int
    finalized_at: datetime.datetime | None | Unset = UNSET
    metadata: BTreeMap | Unset = UNSET
    next_payment_attempt: datetime.datetime | None | Unset = UNSET
    number: None | str | Unset = UNSET
    paid_at: datetime.datetime | None | Unset = UNSET
    payment_attempts: ListPaymentAttempt | Unset = UNSET
    subscription: None | str | Subscription | Unset = UNSET
    voided_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.subscription import Subscription  # noqa: PLC0415

        amount_due = self.amount_due

        amount_paid = self.amount_paid

        amount_remaining = self.amount_remaining

        attempt_count = self.attempt_count

        billing_reason = self.billing_reason.value

        created = self.created.isoformat()

        credit_applied = self.credit_applied

        currency = self.currency.value

        customer: dict[str, Any] | str
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        customer_details = self.customer_details.to_dict()

        id = self.id

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        object_ = self.object_

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        status = self.status.value

        subtotal = self.subtotal

        total = self.total

        total_tax = self.total_tax

        finalized_at: None | str | Unset
        if isinstance(self.finalized_at, Unset):
            finalized_at = UNSET
        elif isinstance(self.finalized_at, datetime.datetime):
            finalized_at = self.finalized_at.isoformat()
        else:
            finalized_at = self.finalized_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        next_payment_attempt: None | str | Unset
        if isinstance(self.next_payment_attempt, Unset):
            next_payment_attempt = UNSET
        elif isinstance(self.next_payment_attempt, datetime.datetime):
            next_payment_attempt = self.next_payment_attempt.isoformat()
        else:
            next_payment_attempt = self.next_payment_attempt

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        payment_attempts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_attempts, Unset):
            payment_attempts = self.payment_attempts.to_dict()

        subscription: dict[str, Any] | None | str | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, Subscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        voided_at: None | str | Unset
        if isinstance(self.voided_at, Unset):
            voided_at = UNSET
        elif isinstance(self.voided_at, datetime.datetime):
            voided_at = self.voided_at.isoformat()
        else:
            voided_at = self.voided_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_due": amount_due,
                "amount_paid": amount_paid,
                "amount_remaining": amount_remaining,
                "attempt_count": attempt_count,
                "billing_reason": billing_reason,
                "created": created,
                "credit_applied": credit_applied,
                "currency": currency,
                "customer": customer,
                "customer_details": customer_details,
                "id": id,
                "lines": lines,
                "object": object_,
                "period_end": period_end,
                "period_start": period_start,
                "status": status,
                "subtotal": subtotal,
                "total": total,
                "total_tax": total_tax,
            }
        )
        if finalized_at is not UNSET:
            field_dict["finalized_at"] = finalized_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if next_payment_attempt is not UNSET:
            field_dict["next_payment_attempt"] = next_payment_attempt
        if number is not UNSET:
            field_dict["number"] = number
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if payment_attempts is not UNSET:
            field_dict["payment_attempts"] = payment_attempts
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.customer_snapshot import CustomerSnapshot  # noqa: PLC0415
        from ..models.invoice_line import InvoiceLine  # noqa: PLC0415
        from ..models.list_payment_attempt import ListPaymentAttempt  # noqa: PLC0415
        from ..models.subscription import Subscription  # noqa: PLC0415

        d = dict(src_dict)
        amount_due = d.pop("amount_due")

        amount_paid = d.pop("amount_paid")

        amount_remaining = d.pop("amount_remaining")

        attempt_count = d.pop("attempt_count")

        billing_reason = BillingReason(d.pop("billing_reason"))

        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        credit_applied = d.pop("credit_applied")

        currency = Currency(d.pop("currency"))

        def _parse_customer(data: object) -> Customer | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = Customer.from_dict(data)

                return customer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | str, data)

        customer = _parse_customer(d.pop("customer"))

        customer_details = CustomerSnapshot.from_dict(d.pop("customer_details"))

        id = d.pop("id")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = InvoiceLine.from_dict(lines_item_data)

            lines.append(lines_item)

        object_ = d.pop("object")

        period_end = datetime.datetime.fromisoformat(d.pop("period_end").replace("Z", "+00:00"))

        period_start = datetime.datetime.fromisoformat(d.pop("period_start").replace("Z", "+00:00"))

        status = InvoiceStatus(d.pop("status"))

        subtotal = d.pop("subtotal")

        total = d.pop("total")

        total_tax = d.pop("total_tax")

        def _parse_finalized_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalized_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return finalized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finalized_at = _parse_finalized_at(d.pop("finalized_at", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: BTreeMap | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BTreeMap.from_dict(_metadata)

        def _parse_next_payment_attempt(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_payment_attempt_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00")
                )

                return next_payment_attempt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_payment_attempt = _parse_next_payment_attempt(d.pop("next_payment_attempt", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_paid_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return paid_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        paid_at = _parse_paid_at(d.pop("paid_at", UNSET))

        _payment_attempts = d.pop("payment_attempts", UNSET)
        payment_attempts: ListPaymentAttempt | Unset
        if isinstance(_payment_attempts, Unset):
            payment_attempts = UNSET
        else:
            payment_attempts = ListPaymentAttempt.from_dict(_payment_attempts)

        def _parse_subscription(data: object) -> None | str | Subscription | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_1 = Subscription.from_dict(data)

                return subscription_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Subscription | Unset, data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        def _parse_voided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voided_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return voided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        voided_at = _parse_voided_at(d.pop("voided_at", UNSET))

        invoice = cls(
            amount_due=amount_due,
            amount_paid=amount_paid,
            amount_remaining=amount_remaining,
            attempt_count=attempt_count,
            billing_reason=billing_reason,
            created=created,
            credit_applied=credit_applied,
            currency=currency,
            customer=customer,
            customer_details=customer_details,
            id=id,
            lines=lines,
            object_=object_,
            period_end=period_end,
            period_start=period_start,
            status=status,
            subtotal=subtotal,
            total=total,
            total_tax=total_tax,
            finalized_at=finalized_at,
            metadata=metadata,
            next_payment_attempt=next_payment_attempt,
            number=number,
            paid_at=paid_at,
            payment_attempts=payment_attempts,
            subscription=subscription,
            voided_at=voided_at,
        )

        invoice.additional_properties = d
        return invoice

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
