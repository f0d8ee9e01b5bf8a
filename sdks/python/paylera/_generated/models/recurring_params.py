from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurringParams")


@_attrs_define
class RecurringParams:
    """`recurring` in a create request.

    Attributes:
        interval (str): `day`, `week`, `month` or `year`.
        interval_count (int | None | Unset): Defaults to 1.
        usage_type (None | str | Unset): `licensed` (default) or `metered`.
    """

    interval: str
    interval_count: int | None | Unset = UNSET
    usage_type: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        interval_count: int | None | Unset
        if isinstance(self.interval_count, Unset):
            interval_count = UNSET
        else:
            interval_count = self.interval_count

        usage_type: None | str | Unset
        if isinstance(self.usage_type, Unset):
            usage_type = UNSET
        else:
            usage_type = self.usage_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "interval": interval,
            }
        )
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if usage_type is not UNSET:
            field_dict["usage_type"] = usage_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interval = d.pop("interval")

        def _parse_interval_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_count = _parse_interval_count(d.pop("interval_count", UNSET))

        def _parse_usage_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_type = _parse_usage_type(d.pop("usage_type", UNSET))

        recurring_params = cls(
            interval=interval,
            interval_count=interval_count,
            usage_type=usage_type,
        )

        return recurring_params
