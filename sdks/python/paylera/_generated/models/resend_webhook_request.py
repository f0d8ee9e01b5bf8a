from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResendWebhookRequest")


@_attrs_define
class ResendWebhookRequest:
    """`POST /v1/webhook_endpoints/{id}/resend`.

    Attributes:
        event (str): The event to deliver again (`evt_…`).
    """

    event: str

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event")

        resend_webhook_request = cls(
            event=event,
        )

        return resend_webhook_request
