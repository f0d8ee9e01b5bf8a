from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.usage_action import UsageAction

T = TypeVar("T", bound="UsageRecord")


@_attrs_define
class UsageRecord:
    """A recorded usage report.

    Attributes:
        action (UsageAction): How a usage report counts in its period.
        id (str):
        object_ (str): Always `"usage_record"`.
        quantity (int):
        subscription (str): A subscription.
        timestamp (datetime.datetime):
    """

    action: UsageAction
    id: str
    object_: str
    quantity: int
    subscription: str
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        id = self.id

        object_ = self.object_

        quantity = self.quantity

        subscription = self.subscription

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "id": id,
                "object": object_,
                "quantity": quantity,
                "subscription": subscription,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = UsageAction(d.pop("action"))

        id = d.pop("id")

        object_ = d.pop("object")

        quantity = d.pop("quantity")

        subscription = d.pop("subscription")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp").replace("Z", "+00:00"))

        usage_record = cls(
            action=action,
            id=id,
            object_=object_,
            quantity=quantity,
            subscription=subscription,
            timestamp=timestamp,
        )

        usage_record.additional_properties = d
        return usage_record

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
