from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_purpose import FilePurpose
from ..models.file_type import FileType

T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """An uploaded file. Its contents are at `GET /v1/files/{id}/contents`.

    Attributes:
        created (datetime.datetime):
        height (int): In pixels.
        id (str): A file a tenant uploaded (a business logo).
        object_ (str): Always `"file"`.
        purpose (FilePurpose): What a file is for; it decides which formats and sizes are accepted.
        size (int): In bytes.
        type_ (FileType): The format of a file, as read from its contents (never from a name or a header
            the sender chose).
        width (int): In pixels.
    """

    created: datetime.datetime
    height: int
    id: str
    object_: str
    purpose: FilePurpose
    size: int
    type_: FileType
    width: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        height = self.height

        id = self.id

        object_ = self.object_

        purpose = self.purpose.value

        size = self.size

        type_ = self.type_.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "height": height,
                "id": id,
                "object": object_,
                "purpose": purpose,
                "size": size,
                "type": type_,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        height = d.pop("height")

        id = d.pop("id")

        object_ = d.pop("object")

        purpose = FilePurpose(d.pop("purpose"))

        size = d.pop("size")

        type_ = FileType(d.pop("type"))

        width = d.pop("width")

        file = cls(
            created=created,
            height=height,
            id=id,
            object_=object_,
            purpose=purpose,
            size=size,
            type_=type_,
            width=width,
        )

        file.additional_properties = d
        return file

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
