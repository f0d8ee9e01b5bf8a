from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionPause")


@_attrs_define
class SubscriptionPause:
    """A pause of a subscription's billing: from the end of a paid period (nothing paid is
    lost) for whole periods, then billing resumes on the subscription's own cycle.

        Attributes:
            resumes_at (datetime.datetime): When billing resumes on its own, invoicing the next period.
            starts_at (datetime.datetime): When billing stops: the end of the period in which the pause was asked for.
    """

    resumes_at: datetime.datetime
    starts_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resumes_at = self.resumes_at.isoformat()

        starts_at = self.starts_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resumes_at": resumes_at,
                "starts_at": starts_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resumes_at = datetime.datetime.fromisoformat(d.pop("resumes_at").replace("Z", "+00:00"))

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at").replace("Z", "+00:00"))

        subscription_pause = cls(
            resumes_at=resumes_at,
            starts_at=starts_at,
        )

        subscription_pause.additional_properties = d
        return subscription_pause

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
