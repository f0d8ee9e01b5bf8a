from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.cancellation_reason import CancellationReason

T = TypeVar("T", bound="AcceptRetentionOfferRequest")


@_attrs_define
class AcceptRetentionOfferRequest:
    """`POST /v1/subscriptions/{id}/accept_retention_offer`: take the offer made for
    `reason` instead of canceling.

        Attributes:
            reason (CancellationReason): Why a subscription was canceled (`cancellation_details.reason`).
    """

    reason: CancellationReason

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = CancellationReason(d.pop("reason"))

        accept_retention_offer_request = cls(
            reason=reason,
        )

        return accept_retention_offer_request
