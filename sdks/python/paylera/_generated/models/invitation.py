from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invitation")


@_attrs_define
class Invitation:
    """An invitation to join a tenant's team; `token` (shown once) goes in the link the
    invitee opens.

        Attributes:
            created (datetime.datetime):
            email (str):
            expires_at (datetime.datetime):
            id (str): `inv_…`
            object_ (str): Always `"dashboard.invitation"`.
            role (Role): What a team member may do, each role including the one after it.
            token (None | str | Unset): Only in the answer that created the invitation.
    """

    created: datetime.datetime
    email: str
    expires_at: datetime.datetime
    id: str
    object_: str
    role: Role
    token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        email = self.email

        expires_at = self.expires_at.isoformat()

        id = self.id

        object_ = self.object_

        role = self.role.value

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "email": email,
                "expires_at": expires_at,
                "id": id,
                "object": object_,
                "role": role,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        email = d.pop("email")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at").replace("Z", "+00:00"))

        id = d.pop("id")

        object_ = d.pop("object")

        role = Role(d.pop("role"))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        invitation = cls(
            created=created,
            email=email,
            expires_at=expires_at,
            id=id,
            object_=object_,
            role=role,
            token=token,
        )

        invitation.additional_properties = d
        return invitation

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
