from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMember")


@_attrs_define
class TeamMember:
    """A member of a tenant's team.

    Attributes:
        created (datetime.datetime):
        email (str):
        id (str): A member of a tenant's dashboard team.
        object_ (str): Always `"team_member"`.
        role (Role): What a team member may do, each role including the one after it.
        totp_enabled (bool): Whether signing in asks for a TOTP code.
        last_sign_in (datetime.datetime | None | Unset):
        name (None | str | Unset):
    """

    created: datetime.datetime
    email: str
    id: str
    object_: str
    role: Role
    totp_enabled: bool
    last_sign_in: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        email = self.email

        id = self.id

        object_ = self.object_

        role = self.role.value

        totp_enabled = self.totp_enabled

        last_sign_in: None | str | Unset
        if isinstance(self.last_sign_in, Unset):
            last_sign_in = UNSET
        elif isinstance(self.last_sign_in, datetime.datetime):
            last_sign_in = self.last_sign_in.isoformat()
        else:
            last_sign_in = self.last_sign_in

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "email": email,
                "id": id,
                "object": object_,
                "role": role,
                "totp_enabled": totp_enabled,
            }
        )
        if last_sign_in is not UNSET:
            field_dict["last_sign_in"] = last_sign_in
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        email = d.pop("email")

        id = d.pop("id")

        object_ = d.pop("object")

        role = Role(d.pop("role"))

        totp_enabled = d.pop("totp_enabled")

        def _parse_last_sign_in(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_sign_in_type_0 = datetime.datetime.fromisoformat(data.replace("Z", "+00:00"))

                return last_sign_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_sign_in = _parse_last_sign_in(d.pop("last_sign_in", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        team_member = cls(
            created=created,
            email=email,
            id=id,
            object_=object_,
            role=role,
            totp_enabled=totp_enabled,
            last_sign_in=last_sign_in,
            name=name,
        )

        team_member.additional_properties = d
        return team_member

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
