from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.business_profile import BusinessProfile


T = TypeVar("T", bound="BillingSettings")


@_attrs_define
class BillingSettings:
    """A tenant's billing behaviour (`GET`/`POST /v1/billing_settings`).

    Attributes:
        allow_detach_last_payment_method (bool): Allow detaching the last card of a customer with a live subscription
            (default `false`).
        downgrade_behavior (str): `at_period_end` (default: the customer keeps the current plan until renewal) or
            `immediately` (switch now and credit the unused time).
        dunning_final_action (str): When every dunning retry failed: `cancel` (default) or `mark_unpaid`.
        invoice_prefix (str): The prefix of invoice numbers (`DEMO` in `DEMO-0042`).
        object_ (str): Always `"billing_settings"`.
        retry_on_new_default_payment_method (bool): Retry open invoices as soon as a customer gets a new default card
            (default `true`).
        business_profile (BusinessProfile | None | Unset):
    """

    allow_detach_last_payment_method: bool
    downgrade_behavior: str
    dunning_final_action: str
    invoice_prefix: str
    object_: str
    retry_on_new_default_payment_method: bool
    business_profile: BusinessProfile | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.business_profile import BusinessProfile  # noqa: PLC0415

        allow_detach_last_payment_method = self.allow_detach_last_payment_method

        downgrade_behavior = self.downgrade_behavior

        dunning_final_action = self.dunning_final_action

        invoice_prefix = self.invoice_prefix

        object_ = self.object_

        retry_on_new_default_payment_method = self.retry_on_new_default_payment_method

        business_profile: dict[str, Any] | None | Unset
        if isinstance(self.business_profile, Unset):
            business_profile = UNSET
        elif isinstance(self.business_profile, BusinessProfile):
            business_profile = self.business_profile.to_dict()
        else:
            business_profile = self.business_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_detach_last_payment_method": allow_detach_last_payment_method,
                "downgrade_behavior": downgrade_behavior,
                "dunning_final_action": dunning_final_action,
                "invoice_prefix": invoice_prefix,
                "object": object_,
                "retry_on_new_default_payment_method": retry_on_new_default_payment_method,
            }
        )
        if business_profile is not UNSET:
            field_dict["business_profile"] = business_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_profile import BusinessProfile  # noqa: PLC0415

        d = dict(src_dict)
        allow_detach_last_payment_method = d.pop("allow_detach_last_payment_method")

        downgrade_behavior = d.pop("downgrade_behavior")

        dunning_final_action = d.pop("dunning_final_action")

        invoice_prefix = d.pop("invoice_prefix")

        object_ = d.pop("object")

        retry_on_new_default_payment_method = d.pop("retry_on_new_default_payment_method")

        def _parse_business_profile(data: object) -> BusinessProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_profile_type_0 = BusinessProfile.from_dict(data)

                return business_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessProfile | None | Unset, data)

        business_profile = _parse_business_profile(d.pop("business_profile", UNSET))

        billing_settings = cls(
            allow_detach_last_payment_method=allow_detach_last_payment_method,
            downgrade_behavior=downgrade_behavior,
            dunning_final_action=dunning_final_action,
            invoice_prefix=invoice_prefix,
            object_=object_,
            retry_on_new_default_payment_method=retry_on_new_default_payment_method,
            business_profile=business_profile,
        )

        billing_settings.additional_properties = d
        return billing_settings

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
