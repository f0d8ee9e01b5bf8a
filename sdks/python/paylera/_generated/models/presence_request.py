from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.presence_state import PresenceState

T = TypeVar("T", bound="PresenceRequest")


@_attrs_define
class PresenceRequest:
    """`POST /v1/portal/sessions/presence`: a signed-in page was shown or hidden. A hide
    that no later page follows completes the session a few seconds later
    (`portal.session.completed`), as "Return to merchant" does at once.

        Attributes:
            page (int): When the page was rendered, in milliseconds since the Unix epoch: it orders
                reports that reach the API out of order.
            state (PresenceState): What a portal page reports of itself (`POST /v1/portal/sessions/presence`).
    """

    page: int
    state: PresenceState

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        state = self.state.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "page": page,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page")

        state = PresenceState(d.pop("state"))

        presence_request = cls(
            page=page,
            state=state,
        )

        return presence_request
