from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AdvanceTestClockRequest")


@_attrs_define
class AdvanceTestClockRequest:
    """`POST /v1/test_clocks/{id}/advance`.

    Attributes:
        frozen_time (datetime.datetime): Later than the clock's current time.
    """

    frozen_time: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        frozen_time = self.frozen_time.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "frozen_time": frozen_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frozen_time = datetime.datetime.fromisoformat(d.pop("frozen_time").replace("Z", "+00:00"))

        advance_test_clock_request = cls(
            frozen_time=frozen_time,
        )

        return advance_test_clock_request
