from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portal_session_action_changes_type_0 import PortalSessionActionChangesType0


T = TypeVar("T", bound="PortalSessionAction")


@_attrs_define
class PortalSessionAction:
    """One change a customer made in the portal, as the webhook event that reported it.

    Attributes:
        at (int): When, in Unix seconds.
        kind (EventType): The kind of an [`Event`], spelled on the wire as a dotted snake_case name
            (`subscription.updated`). Webhook endpoints subscribe to these names.
        object_id (str): The object changed (`sub_…`, `pm_…`, `cus_…`).
        changes (None | PortalSessionActionChangesType0 | Unset): What changed, as the event reported it (its
            `previous_attributes`; `null` for
            an object created or deleted). Never card numbers or secrets.
    """

    at: int
    kind: EventType
    object_id: str
    changes: None | PortalSessionActionChangesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.portal_session_action_changes_type_0 import PortalSessionActionChangesType0  # noqa: PLC0415

        at = self.at

        kind = self.kind.value

        object_id = self.object_id

        changes: dict[str, Any] | None | Unset
        if isinstance(self.changes, Unset):
            changes = UNSET
        elif isinstance(self.changes, PortalSessionActionChangesType0):
            changes = self.changes.to_dict()
        else:
            changes = self.changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "kind": kind,
                "object_id": object_id,
            }
        )
        if changes is not UNSET:
            field_dict["changes"] = changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portal_session_action_changes_type_0 import PortalSessionActionChangesType0  # noqa: PLC0415

        d = dict(src_dict)
        at = d.pop("at")

        kind = EventType(d.pop("kind"))

        object_id = d.pop("object_id")

        def _parse_changes(data: object) -> None | PortalSessionActionChangesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                changes_type_0 = PortalSessionActionChangesType0.from_dict(data)

                return changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortalSessionActionChangesType0 | Unset, data)

        changes = _parse_changes(d.pop("changes", UNSET))

        portal_session_action = cls(
            at=at,
            kind=kind,
            object_id=object_id,
            changes=changes,
        )

        portal_session_action.additional_properties = d
        return portal_session_action

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
