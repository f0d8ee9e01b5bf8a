from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_params import AddressParams
    from ..models.business_tax_id_params import BusinessTaxIdParams


T = TypeVar("T", bound="BusinessProfileParams")


@_attrs_define
class BusinessProfileParams:
    """The `business_profile` of `POST /v1/billing_settings`: replaces the whole profile.

    Attributes:
        address (AddressParams | None | Unset):
        email (None | str | Unset):
        legal_name (None | str | Unset): Up to 200 characters.
        logo (None | str | Unset): A `file_…` uploaded with `purpose: business_logo`.
        tax_ids (list[BusinessTaxIdParams] | Unset): Each validated like a customer's tax ID (`tax_ids[0].value`, … in
            errors); at most 5.
    """

    address: AddressParams | None | Unset = UNSET
    email: None | str | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    tax_ids: list[BusinessTaxIdParams] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.address_params import AddressParams  # noqa: PLC0415

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, AddressParams):
            address = self.address.to_dict()
        else:
            address = self.address

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        tax_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_ids, Unset):
            tax_ids = []
            for tax_ids_item_data in self.tax_ids:
                tax_ids_item = tax_ids_item_data.to_dict()
                tax_ids.append(tax_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if logo is not UNSET:
            field_dict["logo"] = logo
        if tax_ids is not UNSET:
            field_dict["tax_ids"] = tax_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_params import AddressParams  # noqa: PLC0415
        from ..models.business_tax_id_params import BusinessTaxIdParams  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_address(data: object) -> AddressParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = AddressParams.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressParams | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_legal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_name = _parse_legal_name(d.pop("legal_name", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        _tax_ids = d.pop("tax_ids", UNSET)
        tax_ids: list[BusinessTaxIdParams] | Unset = UNSET
        if _tax_ids is not UNSET:
            tax_ids = []
            for tax_ids_item_data in _tax_ids:
                tax_ids_item = BusinessTaxIdParams.from_dict(tax_ids_item_data)

                tax_ids.append(tax_ids_item)

        business_profile_params = cls(
            address=address,
            email=email,
            legal_name=legal_name,
            logo=logo,
            tax_ids=tax_ids,
        )

        return business_profile_params
