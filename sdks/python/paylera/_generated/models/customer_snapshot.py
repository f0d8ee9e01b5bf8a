from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.snapshot_tax_id import SnapshotTaxId


T = TypeVar("T", bound="CustomerSnapshot")


@_attrs_define
class CustomerSnapshot:
    """The billed-to block, frozen when the invoice is finalised.

    Attributes:
        tax_ids (list[SnapshotTaxId]): `type` and `value` of each tax ID.
        address (Address | None | Unset):
        email (None | str | Unset):
        name (None | str | Unset):
    """

    tax_ids: list[SnapshotTaxId]
    address: Address | None | Unset = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415

        tax_ids = []
        for tax_ids_item_data in self.tax_ids:
            tax_ids_item = tax_ids_item_data.to_dict()
            tax_ids.append(tax_ids_item)

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tax_ids": tax_ids,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.snapshot_tax_id import SnapshotTaxId  # noqa: PLC0415

        d = dict(src_dict)
        tax_ids = []
        _tax_ids = d.pop("tax_ids")
        for tax_ids_item_data in _tax_ids:
            tax_ids_item = SnapshotTaxId.from_dict(tax_ids_item_data)

            tax_ids.append(tax_ids_item)

        def _parse_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = Address.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        customer_snapshot = cls(
            tax_ids=tax_ids,
            address=address,
            email=email,
            name=name,
        )

        customer_snapshot.additional_properties = d
        return customer_snapshot

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
