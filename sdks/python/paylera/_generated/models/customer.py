from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.b_tree_map import BTreeMap
    from ..models.invoice_settings import InvoiceSettings
    from ..models.tax_id import TaxId


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A tenant's end customer.

    Attributes:
        created (datetime.datetime):
        credit_balance (int): Credit (minor units, ≥ 0) applied to the customer's next invoices, e.g. from a
            downgrade's unused time.
        id (str): An end customer of a tenant.
        invoice_settings (InvoiceSettings): How a customer's invoices are paid.
        metadata (BTreeMap):
        object_ (str): Always `"customer"`.
        preferred_locales (list[str]): BCP 47 language tags, most preferred first (`["fr-CA", "en"]`).
        tax_ids (list[TaxId]): The customer's tax IDs, oldest first.
        address (Address | None | Unset):
        email (None | str | Unset):
        name (None | str | Unset):
        phone (None | str | Unset): A phone number as given (digits, spaces, `+ - ( )`).
        test_clock (None | str | Unset):
    """

    created: datetime.datetime
    credit_balance: int
    id: str
    invoice_settings: InvoiceSettings
    metadata: BTreeMap
    object_: str
    preferred_locales: list[str]
    tax_ids: list[TaxId]
    address: Address | None | Unset = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    test_clock: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415

        created = self.created.isoformat()

        credit_balance = self.credit_balance

        id = self.id

        invoice_settings = self.invoice_settings.to_dict()

        metadata = self.metadata.to_dict()

        object_ = self.object_

        preferred_locales = self.preferred_locales

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

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        test_clock: None | str | Unset
        if isinstance(self.test_clock, Unset):
            test_clock = UNSET
        else:
            test_clock = self.test_clock

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "credit_balance": credit_balance,
                "id": id,
                "invoice_settings": invoice_settings,
                "metadata": metadata,
                "object": object_,
                "preferred_locales": preferred_locales,
                "tax_ids": tax_ids,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if test_clock is not UNSET:
            field_dict["test_clock"] = test_clock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415
        from ..models.invoice_settings import InvoiceSettings  # noqa: PLC0415
        from ..models.tax_id import TaxId  # noqa: PLC0415

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        credit_balance = d.pop("credit_balance")

        id = d.pop("id")

        invoice_settings = InvoiceSettings.from_dict(d.pop("invoice_settings"))

        metadata = BTreeMap.from_dict(d.pop("metadata"))

        object_ = d.pop("object")

        preferred_locales = cast(list[str], d.pop("preferred_locales"))

        tax_ids = []
        _tax_ids = d.pop("tax_ids")
        for tax_ids_item_data in _tax_ids:
            tax_ids_item = TaxId.from_dict(tax_ids_item_data)

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

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_test_clock(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_clock = _parse_test_clock(d.pop("test_clock", UNSET))

        customer = cls(
            created=created,
            credit_balance=credit_balance,
            id=id,
            invoice_settings=invoice_settings,
            metadata=metadata,
            object_=object_,
            preferred_locales=preferred_locales,
            tax_ids=tax_ids,
            address=address,
            email=email,
            name=name,
            phone=phone,
            test_clock=test_clock,
        )

        customer.additional_properties = d
        return customer

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
