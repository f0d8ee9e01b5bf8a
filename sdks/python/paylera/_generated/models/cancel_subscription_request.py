from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelSubscriptionRequest")


@_attrs_define
class CancelSubscriptionRequest:
    """`POST /v1/subscriptions/{id}/cancel`.

    Attributes:
        comment (None | str | Unset):
        immediately (bool | Unset): `false` (default): cancel at the period end; `true`: end now.
        prorate (bool | Unset): With `immediately`: credit the unused time to the customer's balance.
        reason (None | str | Unset):
    """

    comment: None | str | Unset = UNSET
    immediately: bool | Unset = UNSET
    prorate: bool | Unset = UNSET
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        immediately = self.immediately

        prorate = self.prorate

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if immediately is not UNSET:
            field_dict["immediately"] = immediately
        if prorate is not UNSET:
            field_dict["prorate"] = prorate
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        immediately = d.pop("immediately", UNSET)

        prorate = d.pop("prorate", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        cancel_subscription_request = cls(
            comment=comment,
            immediately=immediately,
            prorate=prorate,
            reason=reason,
        )

        return cancel_subscription_request
