from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.locale import Locale

T = TypeVar("T", bound="UpdatePortalSessionRequest")


@_attrs_define
class UpdatePortalSessionRequest:
    """`POST /v1/portal/session`: what the signed-in customer changes about their own
    session — its language, from the portal's language switcher.

        Attributes:
            locale (Locale): A language the portal speaks.
    """

    locale: Locale

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "locale": locale,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        locale = Locale(d.pop("locale"))

        update_portal_session_request = cls(
            locale=locale,
        )

        return update_portal_session_request
