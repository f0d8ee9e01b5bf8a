from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data import EventData
    from ..models.event_request import EventRequest


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """Something that happened in a tenant's account.

    Attributes:
        created (datetime.datetime):
        data (EventData): The object as it is after the change, and what changed.
        id (str): An event in a tenant's outbox.
        object_ (str): Always `"event"`.
        request (EventRequest): The API request that caused the event.
        source (str): `api` (a merchant's key), `portal` (an end customer) or `system`.
        type_ (EventType): The kind of an [`Event`], spelled on the wire as a dotted snake_case name
            (`subscription.updated`). Webhook endpoints subscribe to these names.
        portal_session (None | str | Unset): The portal session that caused the event, when `source` is `portal`.
    """

    created: datetime.datetime
    data: EventData
    id: str
    object_: str
    request: EventRequest
    source: str
    type_: EventType
    portal_session: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        data = self.data.to_dict()

        id = self.id

        object_ = self.object_

        request = self.request.to_dict()

        source = self.source

        type_ = self.type_.value

        portal_session: None | str | Unset
        if isinstance(self.portal_session, Unset):
            portal_session = UNSET
        else:
            portal_session = self.portal_session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "data": data,
                "id": id,
                "object": object_,
                "request": request,
                "source": source,
                "type": type_,
            }
        )
        if portal_session is not UNSET:
            field_dict["portal_session"] = portal_session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_data import EventData  # noqa: PLC0415
        from ..models.event_request import EventRequest  # noqa: PLC0415

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        data = EventData.from_dict(d.pop("data"))

        id = d.pop("id")

        object_ = d.pop("object")

        request = EventRequest.from_dict(d.pop("request"))

        source = d.pop("source")

        type_ = EventType(d.pop("type"))

        def _parse_portal_session(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        portal_session = _parse_portal_session(d.pop("portal_session", UNSET))

        event = cls(
            created=created,
            data=data,
            id=id,
            object_=object_,
            request=request,
            source=source,
            type_=type_,
            portal_session=portal_session,
        )

        event.additional_properties = d
        return event

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
