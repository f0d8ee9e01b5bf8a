from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portal_session import PortalSession


T = TypeVar("T", bound="PortalToken")


@_attrs_define
class PortalToken:
    """A portal token and when it expires.

    Attributes:
        token (str): A JWT scoped to one customer of one tenant, for `Authorization: Bearer`.
        token_expires_at (datetime.datetime):
        session (None | PortalSession | Unset):
        session_expires_at (datetime.datetime | None | Unset): When the session itself ends at the latest (idle or
            absolute lifetime).
    """

    token: str
    token_expires_at: datetime.datetime
    session: None | PortalSession | Unset = UNSET
    session_expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.portal_session import PortalSession  # noqa: PLC0415

        token = self.token

        token_expires_at = self.token_expires_at.isoformat()

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, PortalSession):
            session = self.session.to_dict()
        else:
            session = self.session

        session_expires_at: None | str | Unset
        if isinstance(self.session_expires_at, Unset):
            session_expires_at = UNSET
        elif isinstance(self.session_expires_at, datetime.datetime):
            session_expires_at = self.session_expires_at.isoformat()
        else:
            session_expires_at = self.session_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "token_expires_at": token_expires_at,
            }
        )
        if session is not UNSET:
            field_dict["session"] = session
        if session_expires_at is not UNSET:
            field_dict["session_expires_at"] = session_expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portal_session import PortalSession  # noqa: PLC0415

        d = dict(src_dict)
        token = d.pop("token")

        token_expires_at = datetime.datetime.fromisoformat(
            d.pop("token_expires_at").replace("Z", "+00:00")
        )

        def _parse_session(data: object) -> None | PortalSession | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = PortalSession.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortalSession | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        def _parse_session_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_expires_at_type_0 = datetime.datetime.fromisoformat(
                    data.replace("Z", "+00:00")
                )

                return session_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        session_expires_at = _parse_session_expires_at(d.pop("session_expires_at", UNSET))

        portal_token = cls(
            token=token,
            token_expires_at=token_expires_at,
            session=session,
            session_expires_at=session_expires_at,
        )

        portal_token.additional_properties = d
        return portal_token

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
