from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map import BTreeMap
    from ..models.cancellation_details import CancellationDetails
    from ..models.customer import Customer
    from ..models.invoice import Invoice
    from ..models.pending_update import PendingUpdate
    from ..models.price import Price
    from ..models.subscription_discount import SubscriptionDiscount
    from ..models.subscription_pause import SubscriptionPause


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """A customer's subscription to a price.

    Attributes:
        cancel_at_period_end (bool): The subscription ends at `current_period_end` instead of renewing.
        created (datetime.datetime):
        current_period_end (datetime.datetime):
        current_period_start (datetime.datetime):
        customer (Customer | str): An id; the whole object when named in `expand[]`.
        id (str): A subscription.
        object_ (str): Always `"subscription"`.
        price (Price | str): An id; the whole object when named in `expand[]`.
        quantity (int):
        status (SubscriptionStatus): Where a subscription stands (the API's state machine moves it; see
            `docs/billing-rules.md`).
        canceled_at (datetime.datetime | None | Unset):
        cancellation_details (CancellationDetails | None | Unset):
        discount (None | SubscriptionDiscount | Unset):
        ended_at (datetime.datetime | None | Unset):
        latest_invoice (Invoice | None | str | Unset): An id; the whole object when named in `expand[]`.
        metadata (BTreeMap | Unset):
        pause (None | SubscriptionPause | Unset):
        pending_update (None | PendingUpdate | Unset):
        trial_end (datetime.datetime | None | Unset):
        trial_start (datetime.datetime | None | Unset):
    """

    cancel_at_period_end: bool
    created: datetime.datetime
    current_period_end: datetime.datetime
    current_period_start: datetime.datetime
    customer: Customer | str
    id: str
    object_: str
    price: Price | str
    quantity: int
    status: SubscriptionStatus
    canceled_at: datetime.datetime | None | Unset = UNSET
    cancellation_details: CancellationDetails | None | Unset = UNSET
    discount: None | SubscriptionDiscount | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    latest_invoice: Invoice | None | str | Unset = UNSET
    metadata: BTreeMap | Unset = UNSET
    pause: None | SubscriptionPause | Unset = UNSET
    pending_update: None | PendingUpdate | Unset = UNSET
    trial_end: datetime.datetime | None | Unset = UNSET
    trial_start: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cancellation_details import CancellationDetails  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.pending_update import PendingUpdate  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415
        from ..models.subscription_discount import SubscriptionDiscount  # noqa: PLC0415
        from ..models.subscription_pause import SubscriptionPause  # noqa: PLC0415

        cancel_at_period_end = self.cancel_at_period_end

        created = self.created.isoformat()

        current_period_end = self.current_period_end.isoformat()

        current_period_start = self.current_period_start.isoformat()

        customer: dict[str, Any] | str
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        id = self.id

        object_ = self.object_

        price: dict[str, Any] | str
        if isinstance(self.price, Price):
            price = self.price.to_dict()
        else:
            price = self.price

        quantity = self.quantity

        status = self.status.value

        canceled_at: None | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, datetime.datetime):
            canceled_at = self.canceled_at.isoformat()
        else:
            canceled_at = self.canceled_at

        cancellation_details: dict[str, Any] | None | Unset
        if isinstance(self.cancellation_details, Unset):
            cancellation_details = UNSET
        elif isinstance(self.cancellation_details, CancellationDetails):
            cancellation_details = self.cancellation_details.to_dict()
        else:
            cancellation_details = self.cancellation_details

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, SubscriptionDiscount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        latest_invoice: dict[str, Any] | None | str | Unset
        if isinstance(self.latest_invoice, Unset):
            latest_invoice = UNSET
        elif isinstance(self.latest_invoice, Invoice):
            latest_invoice = self.latest_invoice.to_dict()
        else:
            latest_invoice = self.latest_invoice

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        pause: dict[str, Any] | None | Unset
        if isinstance(self.pause, Unset):
            pause = UNSET
        elif isinstance(self.pause, SubscriptionPause):
            pause = self.pause.to_dict()
        else:
            pause = self.pause

        pending_update: dict[str, Any] | None | Unset
        if isinstance(self.pending_update, Unset):
            pending_update = UNSET
        elif isinstance(self.pending_update, PendingUpdate):
            pending_update = self.pending_update.to_dict()
        else:
            pending_update = self.pending_update

        trial_end: None | str | Unset
        if isinstance(self.trial_end, Unset):
            trial_end = UNSET
        elif isinstance(self.trial_end, datetime.datetime):
            trial_end = self.trial_end.isoformat()
        else:
            trial_end = self.trial_end

        trial_start: None | str | Unset
        if isinstance(self.trial_start, Unset):
            trial_start = UNSET
        elif isinstance(self.trial_start, datetime.datetime):
            trial_start = self.trial_start.isoformat()
        else:
            trial_start = self.trial_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancel_at_period_end": cancel_at_period_end,
                "created": created,
                "current_period_end": current_period_end,
                "current_period_start": current_period_start,
                "customer": customer,
                "id": id,
                "object": object_,
                "price": price,
                "quantity": quantity,
                "status": status,
            }
        )
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if cancellation_details is not UNSET:
            field_dict["cancellation_details"] = cancellation_details
        if discount is not UNSET:
            field_dict["discount"] = discount
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if latest_invoice is not UNSET:
            field_dict["latest_invoice"] = latest_invoice
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if pause is not UNSET:
            field_dict["pause"] = pause
        if pending_update is not UNSET:
            field_dict["pending_update"] = pending_update
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if trial_start is not UNSET:
            field_dict["trial_start"] = trial_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.cancellation_details import CancellationDetails  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.pending_update import PendingUpdate  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415
        from ..models.subscription_discount import SubscriptionDiscount  # noqa: PLC0415
        from ..models.subscription_pause import SubscriptionPause  # noqa: PLC0415

        d = dict(src_dict)
        cancel_at_period_end = d.pop("cancel_at_period_end")

        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        current_period_end = datetime.datetime.fromisoformat(
            d.pop("current_period_end").replace("Z", "+00:00")
        )

        current_period_start = datetime.datetime.fromisoformat(
            d.pop("current_period_start").replace("Z", "+00:00")
        )

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

        id = d.pop("id")

        object_ = d.pop("object")

        def _parse_price(data: object) -> Price | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_1 = Price.from_dict(data)

                return price_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Price | str, data)

        price = _parse_price(d.pop("price"))

        quantity = d.pop("quantity")

        status = SubscriptionStatus(d.pop("status"))

        def _parse_canceled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                canceled_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return canceled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        canceled_at = _parse_canceled_at(d.pop("canceled_at", UNSET))

        def _parse_cancellation_details(data: object) -> CancellationDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cancellation_details_type_0 = CancellationDetails.from_dict(data)

                return cancellation_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancellationDetails | None | Unset, data)

        cancellation_details = _parse_cancellation_details(d.pop("cancellation_details", UNSET))

        def _parse_discount(data: object) -> None | SubscriptionDiscount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_0 = SubscriptionDiscount.from_dict(data)

                return discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionDiscount | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_latest_invoice(data: object) -> Invoice | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_invoice_type_1 = Invoice.from_dict(data)

                return latest_invoice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Invoice | None | str | Unset, data)

        latest_invoice = _parse_latest_invoice(d.pop("latest_invoice", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: BTreeMap | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BTreeMap.from_dict(_metadata)

        def _parse_pause(data: object) -> None | SubscriptionPause | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pause_type_0 = SubscriptionPause.from_dict(data)

                return pause_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriptionPause | Unset, data)

        pause = _parse_pause(d.pop("pause", UNSET))

        def _parse_pending_update(data: object) -> None | PendingUpdate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pending_update_type_0 = PendingUpdate.from_dict(data)

                return pending_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PendingUpdate | Unset, data)

        pending_update = _parse_pending_update(d.pop("pending_update", UNSET))

        def _parse_trial_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_end_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return trial_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_end = _parse_trial_end(d.pop("trial_end", UNSET))

        def _parse_trial_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_start_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return trial_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        trial_start = _parse_trial_start(d.pop("trial_start", UNSET))

        subscription = cls(
            cancel_at_period_end=cancel_at_period_end,
            created=created,
            current_period_end=current_period_end,
            current_period_start=current_period_start,
            customer=customer,
            id=id,
            object_=object_,
            price=price,
            quantity=quantity,
            status=status,
            canceled_at=canceled_at,
            cancellation_details=cancellation_details,
            discount=discount,
            ended_at=ended_at,
            latest_invoice=latest_invoice,
            metadata=metadata,
            pause=pause,
            pending_update=pending_update,
            trial_end=trial_end,
            trial_start=trial_start,
        )

        subscription.additional_properties = d
        return subscription

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
