from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.cancellation_reason import CancellationReason
from ..models.retention_offer_type import RetentionOfferType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetentionOffer")


@_attrs_define
class RetentionOffer:
    """What the merchant offers a customer who cancels for `reason`, instead of canceling
    (`subscription_cancel_retention_offers`): the portal shows it before the
    cancellation goes through, and the customer accepts or declines it.

        Attributes:
            periods (int): How many periods the discount or the pause lasts (1–12).
            reason (CancellationReason): Why a subscription was canceled (`cancellation_details.reason`).
            type_ (RetentionOfferType): What a retention offer gives a customer about to cancel.
            percent_off (int | None | Unset): `discount` only: the percentage off (1–100).
    """

    periods: int
    reason: CancellationReason
    type_: RetentionOfferType
    percent_off: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        periods = self.periods

        reason = self.reason.value

        type_ = self.type_.value

        percent_off: int | None | Unset
        if isinstance(self.percent_off, Unset):
            percent_off = UNSET
        else:
            percent_off = self.percent_off

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "periods": periods,
                "reason": reason,
                "type": type_,
            }
        )
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        periods = d.pop("periods")

        reason = CancellationReason(d.pop("reason"))

        type_ = RetentionOfferType(d.pop("type"))

        def _parse_percent_off(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        percent_off = _parse_percent_off(d.pop("percent_off", UNSET))

        retention_offer = cls(
            periods=periods,
            reason=reason,
            type_=type_,
            percent_off=percent_off,
        )

        return retention_offer
