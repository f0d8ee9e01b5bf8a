from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_invoice_request_metadata_type_0 import UpdateInvoiceRequestMetadataType0


T = TypeVar("T", bound="UpdateInvoiceRequest")


@_attrs_define
class UpdateInvoiceRequest:
    """`POST /v1/invoices/{id}`: what a merchant may change on an invoice (its amounts and
    lines are final once it is issued).

        Attributes:
            metadata (None | Unset | UpdateInvoiceRequestMetadataType0): Merged into the current metadata; a key set to
                `null` is removed.
    """

    metadata: None | Unset | UpdateInvoiceRequestMetadataType0 = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_invoice_request_metadata_type_0 import (
            UpdateInvoiceRequestMetadataType0,  # noqa: PLC0415
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateInvoiceRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_invoice_request_metadata_type_0 import (
            UpdateInvoiceRequestMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_metadata(data: object) -> None | Unset | UpdateInvoiceRequestMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateInvoiceRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateInvoiceRequestMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        update_invoice_request = cls(
            metadata=metadata,
        )

        return update_invoice_request
