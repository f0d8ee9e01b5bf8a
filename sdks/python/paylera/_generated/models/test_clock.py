from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestClock")


@_attrs_define
class TestClock:
    """A frozen point in time that moves only when advanced.

    Attributes:
        created (datetime.datetime):
        frozen_time (datetime.datetime):
        id (str): A test clock.
        object_ (str): Always `"test_clock"`.
        name (None | str | Unset):
    """

    created: datetime.datetime
    frozen_time: datetime.datetime
    id: str
    object_: str
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        frozen_time = self.frozen_time.isoformat()

        id = self.id

        object_ = self.object_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "frozen_time": frozen_time,
                "id": id,
                "object": object_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        frozen_time = datetime.datetime.fromisoformat(d.pop("frozen_time").replace("Z", "+00:00"))

        id = d.pop("id")

        object_ = d.pop("object")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        test_clock = cls(
            created=created,
            frozen_time=frozen_time,
            id=id,
            object_=object_,
            name=name,
        )

        test_clock.additional_properties = d
        return test_clock

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
