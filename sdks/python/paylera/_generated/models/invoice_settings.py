from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_method import PaymentMethod


T = TypeVar("T", bound="InvoiceSettings")


@_attrs_define
class InvoiceSettings:
    """How a customer's invoices are paid.

    Attributes:
        default_payment_method (None | PaymentMethod | str | Unset): An id; the whole object when named in `expand[]`.
    """

    default_payment_method: None | PaymentMethod | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415

        default_payment_method: dict[str, Any] | None | str | Unset
        if isinstance(self.default_payment_method, Unset):
            default_payment_method = UNSET
        elif isinstance(self.default_payment_method, PaymentMethod):
            default_payment_method = self.default_payment_method.to_dict()
        else:
            default_payment_method = self.default_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_payment_method is not UNSET:
            field_dict["default_payment_method"] = default_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_default_payment_method(data: object) -> None | PaymentMethod | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_payment_method_type_1 = PaymentMethod.from_dict(data)

                return default_payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod | str | Unset, data)

        default_payment_method = _parse_default_payment_method(
            d.pop("default_payment_method", UNSET)
        )

        invoice_settings = cls(
            default_payment_method=default_payment_method,
        )

        invoice_settings.additional_properties = d
        return invoice_settings

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
