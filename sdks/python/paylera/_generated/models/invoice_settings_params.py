from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceSettingsParams")


@_attrs_define
class InvoiceSettingsParams:
    """`invoice_settings` in an update.

    Attributes:
        default_payment_method (None | str | Unset): A payment method attached to this customer (`pm_…`), or `null` to
            clear.
    """

    default_payment_method: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        default_payment_method: None | str | Unset
        if isinstance(self.default_payment_method, Unset):
            default_payment_method = UNSET
        else:
            default_payment_method = self.default_payment_method

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if default_payment_method is not UNSET:
            field_dict["default_payment_method"] = default_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_default_payment_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_payment_method = _parse_default_payment_method(
            d.pop("default_payment_method", UNSET)
        )

        invoice_settings_params = cls(
            default_payment_method=default_payment_method,
        )

        return invoice_settings_params
