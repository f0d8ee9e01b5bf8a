from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.file_purpose import FilePurpose

T = TypeVar("T", bound="CreateFileRequest")


@_attrs_define
class CreateFileRequest:
    """`POST /v1/files`: the file's bytes in base64 (standard alphabet, padded) inside the
    JSON body, like every other request body of the API.

        Attributes:
            file (str): The contents, base64-encoded.
            purpose (FilePurpose): What a file is for; it decides which formats and sizes are accepted.
    """

    file: str
    purpose: FilePurpose

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        purpose = self.purpose.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "purpose": purpose,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        purpose = FilePurpose(d.pop("purpose"))

        create_file_request = cls(
            file=file,
            purpose=purpose,
        )

        return create_file_request
