from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disabled_reason import DisabledReason
from ..models.webhook_endpoint_status import WebhookEndpointStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEndpoint")


@_attrs_define
class WebhookEndpoint:
    """A URL of the merchant's that receives the tenant's events.

    Attributes:
        created (datetime.datetime):
        enabled_events (list[str]): Event types delivered to this endpoint, or `["*"]` for all.
        id (str): `we_…`
        object_ (str): Always `"webhook_endpoint"`.
        status (WebhookEndpointStatus): Whether an endpoint receives deliveries.
        url (str):
        description (None | str | Unset):
        disabled_message (None | str | Unset): A sentence about the failure that disabled it, when `disabled_reason` is
            not `manual`.
        disabled_reason (DisabledReason | None | Unset):
        previous_secret_expires_at (datetime.datetime | None | Unset): While a rotated-out secret still signs
            (deliveries carry both signatures).
        secret (None | str | Unset): The signing secret (`whsec_…`): present only in the response that created it
            or rotated it, never again.
    """

    created: datetime.datetime
    enabled_events: list[str]
    id: str
    object_: str
    status: WebhookEndpointStatus
    url: str
    description: None | str | Unset = UNSET
    disabled_message: None | str | Unset = UNSET
    disabled_reason: DisabledReason | None | Unset = UNSET
    previous_secret_expires_at: datetime.datetime | None | Unset = UNSET
    secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        enabled_events = self.enabled_events

        id = self.id

        object_ = self.object_

        status = self.status.value

        url = self.url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        disabled_message: None | str | Unset
        if isinstance(self.disabled_message, Unset):
            disabled_message = UNSET
        else:
            disabled_message = self.disabled_message

        disabled_reason: None | str | Unset
        if isinstance(self.disabled_reason, Unset):
            disabled_reason = UNSET
        elif isinstance(self.disabled_reason, DisabledReason):
            disabled_reason = self.disabled_reason.value
        else:
            disabled_reason = self.disabled_reason

        previous_secret_expires_at: None | str | Unset
        if isinstance(self.previous_secret_expires_at, Unset):
            previous_secret_expires_at = UNSET
        elif isinstance(self.previous_secret_expires_at, datetime.datetime):
            previous_secret_expires_at = self.previous_secret_expires_at.isoformat()
        else:
            previous_secret_expires_at = self.previous_secret_expires_at

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "enabled_events": enabled_events,
                "id": id,
                "object": object_,
                "status": status,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if disabled_message is not UNSET:
            field_dict["disabled_message"] = disabled_message
        if disabled_reason is not UNSET:
            field_dict["disabled_reason"] = disabled_reason
        if previous_secret_expires_at is not UNSET:
            field_dict["previous_secret_expires_at"] = previous_secret_expires_at
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        enabled_events = cast(list[str], d.pop("enabled_events"))

        id = d.pop("id")

        object_ = d.pop("object")

        status = WebhookEndpointStatus(d.pop("status"))

        url = d.pop("url")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_disabled_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disabled_message = _parse_disabled_message(d.pop("disabled_message", UNSET))

        def _parse_disabled_reason(data: object) -> DisabledReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_reason_type_0 = DisabledReason(data)

                return disabled_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DisabledReason | None | Unset, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason", UNSET))

        def _parse_previous_secret_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_secret_expires_at_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00")
                )

                return previous_secret_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        previous_secret_expires_at = _parse_previous_secret_expires_at(
            d.pop("previous_secret_expires_at", UNSET)
        )

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        webhook_endpoint = cls(
            created=created,
            enabled_events=enabled_events,
            id=id,
            object_=object_,
            status=status,
            url=url,
            description=description,
            disabled_message=disabled_message,
            disabled_reason=disabled_reason,
            previous_secret_expires_at=previous_secret_expires_at,
            secret=secret,
        )

        webhook_endpoint.additional_properties = d
        return webhook_endpoint

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
