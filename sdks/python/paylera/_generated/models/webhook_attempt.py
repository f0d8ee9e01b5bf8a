from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAttempt")


@_attrs_define
class WebhookAttempt:
    """One HTTP attempt of a delivery: the delivery log.

    Attributes:
        attempted_at (datetime.datetime):
        endpoint (str):
        event (str):
        id (str): `wha_…`
        latency_ms (int):
        object_ (str): Always `"webhook_attempt"`.
        success (bool): Whether this attempt delivered the event (2xx).
        error (None | str | Unset): Why there was no response, or `null`.
        response_body (None | str | Unset): The first 1 KiB of the response body.
        status_code (int | None | Unset): The HTTP status, or `null` when there was no response (timeout, connection
            error, refused target).
    """

    attempted_at: datetime.datetime
    endpoint: str
    event: str
    id: str
    latency_ms: int
    object_: str
    success: bool
    error: None | str | Unset = UNSET
    response_body: None | str | Unset = UNSET
    status_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempted_at = self.attempted_at.isoformat()

        endpoint = self.endpoint

        event = self.event

        id = self.id

        latency_ms = self.latency_ms

        object_ = self.object_

        success = self.success

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        response_body: None | str | Unset
        if isinstance(self.response_body, Unset):
            response_body = UNSET
        else:
            response_body = self.response_body

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempted_at": attempted_at,
                "endpoint": endpoint,
                "event": event,
                "id": id,
                "latency_ms": latency_ms,
                "object": object_,
                "success": success,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if response_body is not UNSET:
            field_dict["response_body"] = response_body
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempted_at = datetime.datetime.fromisoformat(d.pop("attempted_at").replace("Z", "+00:00"))

        endpoint = d.pop("endpoint")

        event = d.pop("event")

        id = d.pop("id")

        latency_ms = d.pop("latency_ms")

        object_ = d.pop("object")

        success = d.pop("success")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_response_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_body = _parse_response_body(d.pop("response_body", UNSET))

        def _parse_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_code = _parse_status_code(d.pop("status_code", UNSET))

        webhook_attempt = cls(
            attempted_at=attempted_at,
            endpoint=endpoint,
            event=event,
            id=id,
            latency_ms=latency_ms,
            object_=object_,
            success=success,
            error=error,
            response_body=response_body,
            status_code=status_code,
        )

        webhook_attempt.additional_properties = d
        return webhook_attempt

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
