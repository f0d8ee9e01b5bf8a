from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portal_session_status import PortalSessionStatus

if TYPE_CHECKING:
    from ..models.portal_session_summary import PortalSessionSummary


T = TypeVar("T", bound="CompletedPortalSession")


@_attrs_define
class CompletedPortalSession:
    """The object of a `portal.session.completed` event: the session as it ended, with
    what the customer did in it.

        Attributes:
            customer_id (str): An end customer of a tenant.
            id (str): A portal session.
            object_ (str): Always `"portal.session"`.
            status (PortalSessionStatus): Where a portal session is in its life (the API's `domain::portal` moves it:
                `completed`, `expired` and `revoked` are final).
            summary (PortalSessionSummary): What a customer did in one portal session: each change in time order, and how
                many of each kind (keys in [`EventType`] order, so the same actions always give the
                same JSON).
    """

    customer_id: str
    id: str
    object_: str
    status: PortalSessionStatus
    summary: PortalSessionSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        id = self.id

        object_ = self.object_

        status = self.status.value

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "id": id,
                "object": object_,
                "status": status,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portal_session_summary import PortalSessionSummary  # noqa: PLC0415

        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        id = d.pop("id")

        object_ = d.pop("object")

        status = PortalSessionStatus(d.pop("status"))

        summary = PortalSessionSummary.from_dict(d.pop("summary"))

        completed_portal_session = cls(
            customer_id=customer_id,
            id=id,
            object_=object_,
            status=status,
            summary=summary,
        )

        completed_portal_session.additional_properties = d
        return completed_portal_session

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
