from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.portal_session_action import PortalSessionAction
    from ..models.portal_session_summary_counts import PortalSessionSummaryCounts


T = TypeVar("T", bound="PortalSessionSummary")


@_attrs_define
class PortalSessionSummary:
    """What a customer did in one portal session: each change in time order, and how
    many of each kind (keys in [`EventType`] order, so the same actions always give the
    same JSON).

        Attributes:
            actions (list[PortalSessionAction]):
            counts (PortalSessionSummaryCounts): How many actions of each kind, e.g. `{"subscription.canceled": 1}`.
    """

    actions: list[PortalSessionAction]
    counts: PortalSessionSummaryCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        counts = self.counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "counts": counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portal_session_action import PortalSessionAction  # noqa: PLC0415
        from ..models.portal_session_summary_counts import PortalSessionSummaryCounts  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = PortalSessionAction.from_dict(actions_item_data)

            actions.append(actions_item)

        counts = PortalSessionSummaryCounts.from_dict(d.pop("counts"))

        portal_session_summary = cls(
            actions=actions,
            counts=counts,
        )

        portal_session_summary.additional_properties = d
        return portal_session_summary

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
