from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUsageRecordRequest")


@_attrs_define
class CreateUsageRecordRequest:
    """`POST /v1/subscriptions/{id}/usage_records`: usage of a metered price.
    Idempotent by `Idempotency-Key` and `timestamp`: the same pair records once.

        Attributes:
            quantity (int): ≥ 0.
            action (None | str | Unset): `increment` (default) adds to the period's usage; `set` replaces it.
            timestamp (datetime.datetime | None | Unset): When the usage happened; defaults to now (the customer's clock).
                Must fall in
                the current period.
    """

    quantity: int
    action: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        create_usage_record_request = cls(
            quantity=quantity,
            action=action,
            timestamp=timestamp,
        )

        return create_usage_record_request
