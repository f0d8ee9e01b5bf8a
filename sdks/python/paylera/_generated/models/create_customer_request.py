from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_params import AddressParams
    from ..models.b_tree_map import BTreeMap


T = TypeVar("T", bound="CreateCustomerRequest")


@_attrs_define
class CreateCustomerRequest:
    """`POST /v1/customers`.

    Attributes:
        address (AddressParams | None | Unset):
        email (None | str | Unset):
        metadata (BTreeMap | None | Unset):
        name (None | str | Unset):
        phone (None | str | Unset):
        preferred_locales (list[str] | None | Unset):
        test_clock (None | str | Unset): Attach to a test clock (`clock_…`): the customer's subscriptions follow its
            time.
    """

    address: AddressParams | None | Unset = UNSET
    email: None | str | Unset = UNSET
    metadata: BTreeMap | None | Unset = UNSET
    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    preferred_locales: list[str] | None | Unset = UNSET
    test_clock: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.address_params import AddressParams  # noqa: PLC0415
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BTreeMap):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        preferred_locales: list[str] | None | Unset
        if isinstance(self.preferred_locales, Unset):
            preferred_locales = UNSET
        elif isinstance(self.preferred_locales, list):
            preferred_locales = self.preferred_locales

        else:
            preferred_locales = self.preferred_locales

        test_clock: None | str | Unset
        if isinstance(self.test_clock, Unset):
            test_clock = UNSET
        else:
            test_clock = self.test_clock

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if preferred_locales is not UNSET:
            field_dict["preferred_locales"] = preferred_locales
        if test_clock is not UNSET:
            field_dict["test_clock"] = test_clock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_params import AddressParams  # noqa: PLC0415
        from ..models.b_tree_map import BTreeMap  # noqa: PLC0415

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

        def _parse_metadata(data: object) -> BTreeMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BTreeMap.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BTreeMap | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

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

        def _parse_preferred_locales(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preferred_locales_type_0 = cast(list[str], data)

                return preferred_locales_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        preferred_locales = _parse_preferred_locales(d.pop("preferred_locales", UNSET))

        def _parse_test_clock(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_clock = _parse_test_clock(d.pop("test_clock", UNSET))

        create_customer_request = cls(
            address=address,
            email=email,
            metadata=metadata,
            name=name,
            phone=phone,
            preferred_locales=preferred_locales,
            test_clock=test_clock,
        )

        return create_customer_request
