from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.configuration_audit_entry_changes import ConfigurationAuditEntryChanges


T = TypeVar("T", bound="ConfigurationAuditEntry")


@_attrs_define
class ConfigurationAuditEntry:
    """One audited change of a configuration: who, when, and each field it changed.

    Attributes:
        action (str): `created` or `updated`.
        actor (str): Who made it: an API key (`key_…`).
        changes (ConfigurationAuditEntryChanges): Each changed field with its value before and after (`null` before on
            creation).
        configuration (str): A named portal configuration of a tenant.
        created (datetime.datetime):
        object_ (str): Always `"portal_configuration.change"`.
    """

    action: str
    actor: str
    changes: ConfigurationAuditEntryChanges
    configuration: str
    created: datetime.datetime
    object_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor = self.actor

        changes = self.changes.to_dict()

        configuration = self.configuration

        created = self.created.isoformat()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "changes": changes,
                "configuration": configuration,
                "created": created,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_audit_entry_changes import ConfigurationAuditEntryChanges  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        actor = d.pop("actor")

        changes = ConfigurationAuditEntryChanges.from_dict(d.pop("changes"))

        configuration = d.pop("configuration")

        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        object_ = d.pop("object")

        configuration_audit_entry = cls(
            action=action,
            actor=actor,
            changes=changes,
            configuration=configuration,
            created=created,
            object_=object_,
        )

        configuration_audit_entry.additional_properties = d
        return configuration_audit_entry

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
