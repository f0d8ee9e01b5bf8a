from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.api_version import ApiVersion

T = TypeVar("T", bound="UpdateApiVersionRequest")


@_attrs_define
class UpdateApiVersionRequest:
    """`POST /v1/api_version` (team admins and owners): the version to pin the account to.

    Attributes:
        version (ApiVersion): A dated version of the API's request and response shapes.
    """

    version: ApiVersion

    def to_dict(self) -> dict[str, Any]:
        version = self.version.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = ApiVersion(d.pop("version"))

        update_api_version_request = cls(
            version=version,
        )

        return update_api_version_request
