from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookEndpointRequest")


@_attrs_define
class CreateWebhookEndpointRequest:
    """`POST /v1/webhook_endpoints`.

    Attributes:
        enabled_events (list[str]): Event types, or `["*"]` for all.
        url (str): `https://…` (plain `http` is accepted too). Private, loopback and link-local
            targets are refused unless the operator allows them for test mode.
        description (None | str | Unset):
    """

    enabled_events: list[str]
    url: str
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled_events = self.enabled_events

        url = self.url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled_events": enabled_events,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled_events = cast(list[str], d.pop("enabled_events"))

        url = d.pop("url")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        create_webhook_endpoint_request = cls(
            enabled_events=enabled_events,
            url=url,
            description=description,
        )

        return create_webhook_endpoint_request
