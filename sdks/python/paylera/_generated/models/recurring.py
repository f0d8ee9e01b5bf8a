from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Recurring")


@_attrs_define
class Recurring:
    """The billing period of a price.

    Attributes:
        interval (str): `day`, `week`, `month` or `year`.
        interval_count (int): How many intervals per period (at most one year in total).
        usage_type (str | Unset): `licensed` (billed in advance: quantity × amount) or `metered` (billed in
            arrears: reported usage × amount).
    """

    interval: str
    interval_count: int
    usage_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        interval_count = self.interval_count

        usage_type = self.usage_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "interval": interval,
                "interval_count": interval_count,
            }
        )
        if usage_type is not UNSET:
            field_dict["usage_type"] = usage_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interval = d.pop("interval")

        interval_count = d.pop("interval_count")

        usage_type = d.pop("usage_type", UNSET)

        recurring = cls(
            interval=interval,
            interval_count=interval_count,
            usage_type=usage_type,
        )

        return recurring
