from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.tax_id_verification import TaxIdVerification


T = TypeVar("T", bound="TaxId")


@_attrs_define
class TaxId:
    """A tax registration number of a customer.

    Attributes:
        country (str): ISO 3166-1 alpha-2 of the issuing country.
        created (datetime.datetime):
        customer (Customer | str): An id; the whole object when named in `expand[]`.
        id (str): A customer's tax ID.
        object_ (str): Always `"tax_id"`.
        type_ (str): The scheme, e.g. `eu_vat`, `gb_vat`, `au_abn` (see `GET /v1/tax_id_types`).
        value (str): The number in its canonical form (`DE123456789`).
        verification (TaxIdVerification): Whether the number was confirmed with the issuing authority.
    """

    country: str
    created: datetime.datetime
    customer: Customer | str
    id: str
    object_: str
    type_: str
    value: str
    verification: TaxIdVerification
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer import Customer  # noqa: PLC0415

        country = self.country

        created = self.created.isoformat()

        customer: dict[str, Any] | str
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        id = self.id

        object_ = self.object_

        type_ = self.type_

        value = self.value

        verification = self.verification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "created": created,
                "customer": customer,
                "id": id,
                "object": object_,
                "type": type_,
                "value": value,
                "verification": verification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.tax_id_verification import TaxIdVerification  # noqa: PLC0415

        d = dict(src_dict)
        country = d.pop("country")

        created = datetime.datetime.fromisoformat(d.pop("created").replace("Z", "+00:00"))

        def _parse_customer(data: object) -> Customer | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = Customer.from_dict(data)

                return customer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Customer | str, data)

        customer = _parse_customer(d.pop("customer"))

        id = d.pop("id")

        object_ = d.pop("object")

        type_ = d.pop("type")

        value = d.pop("value")

        verification = TaxIdVerification.from_dict(d.pop("verification"))

        tax_id = cls(
            country=country,
            created=created,
            customer=customer,
            id=id,
            object_=object_,
            type_=type_,
            value=value,
            verification=verification,
        )

        tax_id.additional_properties = d
        return tax_id

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
