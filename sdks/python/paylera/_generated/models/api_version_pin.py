from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_version import ApiVersion

T = TypeVar("T", bound="ApiVersionPin")


@_attrs_define
class ApiVersionPin:
    """`GET`/`POST /v1/api_version`: the version an account is pinned to (the one its
    requests without `Paylera-Version` and its webhooks are answered in).

        Attributes:
            current (ApiVersion): A dated version of the API's request and response shapes.
            object_ (str): Always `"api_version"`.
            version (ApiVersion): A dated version of the API's request and response shapes.
            versions (list[ApiVersion]): Every version, oldest first.
    """

    current: ApiVersion
    object_: str
    version: ApiVersion
    versions: list[ApiVersion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current.value

        object_ = self.object_

        version = self.version.value

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.value
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "object": object_,
                "version": version,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current = ApiVersion(d.pop("current"))

        object_ = d.pop("object")

        version = ApiVersion(d.pop("version"))

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = ApiVersion(versions_item_data)

            versions.append(versions_item)

        api_version_pin = cls(
            current=current,
            object_=object_,
            version=version,
            versions=versions,
        )

        api_version_pin.additional_properties = d
        return api_version_pin

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
