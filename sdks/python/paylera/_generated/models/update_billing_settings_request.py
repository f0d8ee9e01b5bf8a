from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_profile_params import BusinessProfileParams


T = TypeVar("T", bound="UpdateBillingSettingsRequest")


@_attrs_define
class UpdateBillingSettingsRequest:
    """`POST /v1/billing_settings`: only the fields present change.

    Attributes:
        allow_detach_last_payment_method (bool | None | Unset):
        business_profile (BusinessProfileParams | None | Unset):
        downgrade_behavior (None | str | Unset):
        dunning_final_action (None | str | Unset):
        invoice_prefix (None | str | Unset):
        retry_on_new_default_payment_method (bool | None | Unset):
    """

    allow_detach_last_payment_method: bool | None | Unset = UNSET
    business_profile: BusinessProfileParams | None | Unset = UNSET
    downgrade_behavior: None | str | Unset = UNSET
    dunning_final_action: None | str | Unset = UNSET
    invoice_prefix: None | str | Unset = UNSET
    retry_on_new_default_payment_method: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_profile_params import BusinessProfileParams  # noqa: PLC0415

        allow_detach_last_payment_method: bool | None | Unset
        if isinstance(self.allow_detach_last_payment_method, Unset):
            allow_detach_last_payment_method = UNSET
        else:
            allow_detach_last_payment_method = self.allow_detach_last_payment_method

        business_profile: dict[str, Any] | None | Unset
        if isinstance(self.business_profile, Unset):
            business_profile = UNSET
        elif isinstance(self.business_profile, BusinessProfileParams):
            business_profile = self.business_profile.to_dict()
        else:
            business_profile = self.business_profile

        downgrade_behavior: None | str | Unset
        if isinstance(self.downgrade_behavior, Unset):
            downgrade_behavior = UNSET
        else:
            downgrade_behavior = self.downgrade_behavior

        dunning_final_action: None | str | Unset
        if isinstance(self.dunning_final_action, Unset):
            dunning_final_action = UNSET
        else:
            dunning_final_action = self.dunning_final_action

        invoice_prefix: None | str | Unset
        if isinstance(self.invoice_prefix, Unset):
            invoice_prefix = UNSET
        else:
            invoice_prefix = self.invoice_prefix

        retry_on_new_default_payment_method: bool | None | Unset
        if isinstance(self.retry_on_new_default_payment_method, Unset):
            retry_on_new_default_payment_method = UNSET
        else:
            retry_on_new_default_payment_method = self.retry_on_new_default_payment_method

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if allow_detach_last_payment_method is not UNSET:
            field_dict["allow_detach_last_payment_method"] = allow_detach_last_payment_method
        if business_profile is not UNSET:
            field_dict["business_profile"] = business_profile
        if downgrade_behavior is not UNSET:
            field_dict["downgrade_behavior"] = downgrade_behavior
        if dunning_final_action is not UNSET:
            field_dict["dunning_final_action"] = dunning_final_action
        if invoice_prefix is not UNSET:
            field_dict["invoice_prefix"] = invoice_prefix
        if retry_on_new_default_payment_method is not UNSET:
            field_dict["retry_on_new_default_payment_method"] = retry_on_new_default_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_profile_params import BusinessProfileParams  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_allow_detach_last_payment_method(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_detach_last_payment_method = _parse_allow_detach_last_payment_method(
            d.pop("allow_detach_last_payment_method", UNSET)
        )

        def _parse_business_profile(data: object) -> BusinessProfileParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_profile_type_0 = BusinessProfileParams.from_dict(data)

                return business_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessProfileParams | None | Unset, data)

        business_profile = _parse_business_profile(d.pop("business_profile", UNSET))

        def _parse_downgrade_behavior(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        downgrade_behavior = _parse_downgrade_behavior(d.pop("downgrade_behavior", UNSET))

        def _parse_dunning_final_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dunning_final_action = _parse_dunning_final_action(d.pop("dunning_final_action", UNSET))

        def _parse_invoice_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_prefix = _parse_invoice_prefix(d.pop("invoice_prefix", UNSET))

        def _parse_retry_on_new_default_payment_method(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retry_on_new_default_payment_method = _parse_retry_on_new_default_payment_method(
            d.pop("retry_on_new_default_payment_method", UNSET)
        )

        update_billing_settings_request = cls(
            allow_detach_last_payment_method=allow_detach_last_payment_method,
            business_profile=business_profile,
            downgrade_behavior=downgrade_behavior,
            dunning_final_action=dunning_final_action,
            invoice_prefix=invoice_prefix,
            retry_on_new_default_payment_method=retry_on_new_default_payment_method,
        )

        return update_billing_settings_request
