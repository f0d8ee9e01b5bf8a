from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.role import Role

T = TypeVar("T", bound="UpdateTeamMemberRequest")


@_attrs_define
class UpdateTeamMemberRequest:
    """`POST /v1/dashboard/members/{id}` (owners): a member's new role. A team keeps at
    least one owner.

        Attributes:
            role (Role): What a team member may do, each role including the one after it.
    """

    role: Role

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = Role(d.pop("role"))

        update_team_member_request = cls(
            role=role,
        )

        return update_team_member_request
