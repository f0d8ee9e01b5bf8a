from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member import TeamMember


T = TypeVar("T", bound="DashboardSession")


@_attrs_define
class DashboardSession:
    """A signed-in team member's session: `token` is its credential
    (`Authorization: Bearer dsh_…`), shown once.

        Attributes:
            absolute_expires_at (datetime.datetime):
            expires_at (datetime.datetime): When the session ends if it is not used (each use moves it on, up to
                `absolute_expires_at`).
            id (str): `dss_…`
            member (TeamMember): A member of a tenant's team.
            object_ (str): Always `"dashboard.session"`.
            tenant (str): A tenant (a merchant account).
            tenant_name (str): The tenant's name.
            token (None | str | Unset): Only in the answer that created the session.
    """

    absolute_expires_at: datetime.datetime
    expires_at: datetime.datetime
    id: str
    member: TeamMember
    object_: str
    tenant: str
    tenant_name: str
    token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        absolute_expires_at = self.absolute_expires_at.isoformat()

        expires_at = self.expires_at.isoformat()

        id = self.id

        member = self.member.to_dict()

        object_ = self.object_

        tenant = self.tenant

        tenant_name = self.tenant_name

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "absolute_expires_at": absolute_expires_at,
                "expires_at": expires_at,
                "id": id,
                "member": member,
                "object": object_,
                "tenant": tenant,
                "tenant_name": tenant_name,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_member import TeamMember  # noqa: PLC0415

        d = dict(src_dict)
        absolute_expires_at = datetime.datetime.fromisoformat(
            d.pop("absolute_expires_at").replace("Z", "+00:00")
        )

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at").replace("Z", "+00:00"))

        id = d.pop("id")

        member = TeamMember.from_dict(d.pop("member"))

        object_ = d.pop("object")

        tenant = d.pop("tenant")

        tenant_name = d.pop("tenant_name")

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        dashboard_session = cls(
            absolute_expires_at=absolute_expires_at,
            expires_at=expires_at,
            id=id,
            member=member,
            object_=object_,
            tenant=tenant,
            tenant_name=tenant_name,
            token=token,
        )

        dashboard_session.additional_properties = d
        return dashboard_session

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
