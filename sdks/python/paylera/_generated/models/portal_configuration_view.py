from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cancel_mode import CancelMode
from ..models.cancellation_reason import CancellationReason
from ..models.locale import Locale
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retention_offer import RetentionOffer


T = TypeVar("T", bound="PortalConfigurationView")


@_attrs_define
class PortalConfigurationView:
    """A configuration as the API sends it: the settings, flat, with the values the API
    derives from them and the tenant's other rules (read-only: ignored when posted back).

        Attributes:
            text_color (str): The readable text colour on `accent_color` (`#RRGGBB`): white or near-black,
                whichever has the higher WCAG 2 contrast.
            accent_color (str | Unset): Buttons and links, `#RRGGBB`. Default: '#4F46E5'.
            address_update_enabled (bool | Unset): The customer may update the billing address. Default: True.
            allowed_return_origins (list[str] | Unset): When non-empty, a `return_url` must have one of these origins
                exactly.
            business_headline (None | str | Unset): A short line shown under the business name.
            business_name (None | str | Unset): The name shown in the portal (defaults to the tenant's name when `null`).
            cancellation_reasons (list[CancellationReason] | Unset): The reasons offered, from [`CANCELLATION_REASONS`], in
                display order.
            default_locale (Locale | None | Unset):
            default_return_url (None | str | Unset): Where "Return to {merchant}" goes when a session gives no `return_url`.
            invoice_history_enabled (bool | Unset): The customer may list invoices, download PDFs and retry failed payments.
                Default: True.
            logo (None | str | Unset): An uploaded logo (`file_…` of `POST /v1/files` with `purpose: business_logo`),
                shown in the portal's header from the portal's own origin ([`BRAND_LOGOS_PATH`]);
                it wins over `logo_url`.
            logo_url (None | str | Unset): The logo shown in the portal's header (`https`), unless `logo` is set.
            payment_method_update_enabled (bool | Unset): The customer may add, remove and choose the default payment
                method. Default: True.
            privacy_policy_url (None | str | Unset): Linked in the portal's footer (`https`).
            subscription_cancel_enabled (bool | Unset): The customer may cancel (and reactivate before the period ends).
                Default: True.
            subscription_cancel_mode (CancelMode | Unset): When a cancellation made in the portal takes effect.
            subscription_cancel_reasons_enabled (bool | Unset): Ask the customer why they cancel. Default: True.
            subscription_cancel_retention_offers (list[RetentionOffer] | Unset): What the customer is offered instead of
                canceling, per reason (at most one offer
                per reason; a reason not offered has none).
            subscription_pause_enabled (bool | Unset): The customer may pause billing from the end of the current period,
                and resume. Default: False.
            subscription_pause_max_periods (int | Unset): The longest pause the customer may choose, in periods of the price
                (1–12). Default: 3.
            subscription_update_allowed_prices (list[str] | None | Unset): The prices a customer may switch to (`price_…`);
                `null` means every active
                price of the subscription's product catalog.
            subscription_update_downgrades_enabled (bool | Unset): Plan changes may go to a cheaper price; `false` hides
                downgrades. Default: True.
            subscription_update_enabled (bool | Unset): The customer may change plan or quantity. Default: True.
            tax_id_update_enabled (bool | Unset): The customer may add and remove tax IDs. Default: True.
            terms_of_service_url (None | str | Unset): Linked in the portal's footer (`https`).
            allow_detach_last_payment_method (bool | None | Unset): The tenant's billing rule: the last usable card may be
                removed even while a
                subscription needs it. Only in the portal's own view of its session.
    """

    text_color: str
    accent_color: str | Unset = "#4F46E5"
    address_update_enabled: bool | Unset = True
    allowed_return_origins: list[str] | Unset = UNSET
    business_headline: None | str | Unset = UNSET
    business_name: None | str | Unset = UNSET
    cancellation_reasons: list[CancellationReason] | Unset = UNSET
    default_locale: Locale | None | Unset = UNSET
    default_return_url: None | str | Unset = UNSET
    invoice_history_enabled: bool | Unset = True
    logo: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    payment_method_update_enabled: bool | Unset = True
    privacy_policy_url: None | str | Unset = UNSET
    subscription_cancel_enabled: bool | Unset = True
    subscription_cancel_mode: CancelMode | Unset = UNSET
    subscription_cancel_reasons_enabled: bool | Unset = True
    subscription_cancel_retention_offers: list[RetentionOffer] | Unset = UNSET
    subscription_pause_enabled: bool | Unset = False
    subscription_pause_max_periods: int | Unset = 3
    subscription_update_allowed_prices: list[str] | None | Unset = UNSET
    subscription_update_downgrades_enabled: bool | Unset = True
    subscription_update_enabled: bool | Unset = True
    tax_id_update_enabled: bool | Unset = True
    terms_of_service_url: None | str | Unset = UNSET
    allow_detach_last_payment_method: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_color = self.text_color

        accent_color = self.accent_color

        address_update_enabled = self.address_update_enabled

        allowed_return_origins: list[str] | Unset = UNSET
        if not isinstance(self.allowed_return_origins, Unset):
            allowed_return_origins = self.allowed_return_origins

        business_headline: None | str | Unset
        if isinstance(self.business_headline, Unset):
            business_headline = UNSET
        else:
            business_headline = self.business_headline

        business_name: None | str | Unset
        if isinstance(self.business_name, Unset):
            business_name = UNSET
        else:
            business_name = self.business_name

        cancellation_reasons: list[str] | Unset = UNSET
        if not isinstance(self.cancellation_reasons, Unset):
            cancellation_reasons = []
            for cancellation_reasons_item_data in self.cancellation_reasons:
                cancellation_reasons_item = cancellation_reasons_item_data.value
                cancellation_reasons.append(cancellation_reasons_item)

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        elif isinstance(self.default_locale, Locale):
            default_locale = self.default_locale.value
        else:
            default_locale = self.default_locale

        default_return_url: None | str | Unset
        if isinstance(self.default_return_url, Unset):
            default_return_url = UNSET
        else:
            default_return_url = self.default_return_url

        invoice_history_enabled = self.invoice_history_enabled

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        payment_method_update_enabled = self.payment_method_update_enabled

        privacy_policy_url: None | str | Unset
        if isinstance(self.privacy_policy_url, Unset):
            privacy_policy_url = UNSET
        else:
            privacy_policy_url = self.privacy_policy_url

        subscription_cancel_enabled = self.subscription_cancel_enabled

        subscription_cancel_mode: str | Unset = UNSET
        if not isinstance(self.subscription_cancel_mode, Unset):
            subscription_cancel_mode = self.subscription_cancel_mode.value

        subscription_cancel_reasons_enabled = self.subscription_cancel_reasons_enabled

        subscription_cancel_retention_offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscription_cancel_retention_offers, Unset):
            subscription_cancel_retention_offers = []
            for (
                subscription_cancel_retention_offers_item_data
            ) in self.subscription_cancel_retention_offers:
                subscription_cancel_retention_offers_item = (
                    subscription_cancel_retention_offers_item_data.to_dict()
                )
                subscription_cancel_retention_offers.append(
                    subscription_cancel_retention_offers_item
                )

        subscription_pause_enabled = self.subscription_pause_enabled

        subscription_pause_max_periods = self.subscription_pause_max_periods

        subscription_update_allowed_prices: list[str] | None | Unset
        if isinstance(self.subscription_update_allowed_prices, Unset):
            subscription_update_allowed_prices = UNSET
        elif isinstance(self.subscription_update_allowed_prices, list):
            subscription_update_allowed_prices = self.subscription_update_allowed_prices

        else:
            subscription_update_allowed_prices = self.subscription_update_allowed_prices

        subscription_update_downgrades_enabled = self.subscription_update_downgrades_enabled

        subscription_update_enabled = self.subscription_update_enabled

        tax_id_update_enabled = self.tax_id_update_enabled

        terms_of_service_url: None | str | Unset
        if isinstance(self.terms_of_service_url, Unset):
            terms_of_service_url = UNSET
        else:
            terms_of_service_url = self.terms_of_service_url

        allow_detach_last_payment_method: bool | None | Unset
        if isinstance(self.allow_detach_last_payment_method, Unset):
            allow_detach_last_payment_method = UNSET
        else:
            allow_detach_last_payment_method = self.allow_detach_last_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text_color": text_color,
            }
        )
        if accent_color is not UNSET:
            field_dict["accent_color"] = accent_color
        if address_update_enabled is not UNSET:
            field_dict["address_update_enabled"] = address_update_enabled
        if allowed_return_origins is not UNSET:
            field_dict["allowed_return_origins"] = allowed_return_origins
        if business_headline is not UNSET:
            field_dict["business_headline"] = business_headline
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if cancellation_reasons is not UNSET:
            field_dict["cancellation_reasons"] = cancellation_reasons
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale
        if default_return_url is not UNSET:
            field_dict["default_return_url"] = default_return_url
        if invoice_history_enabled is not UNSET:
            field_dict["invoice_history_enabled"] = invoice_history_enabled
        if logo is not UNSET:
            field_dict["logo"] = logo
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if payment_method_update_enabled is not UNSET:
            field_dict["payment_method_update_enabled"] = payment_method_update_enabled
        if privacy_policy_url is not UNSET:
            field_dict["privacy_policy_url"] = privacy_policy_url
        if subscription_cancel_enabled is not UNSET:
            field_dict["subscription_cancel_enabled"] = subscription_cancel_enabled
        if subscription_cancel_mode is not UNSET:
            field_dict["subscription_cancel_mode"] = subscription_cancel_mode
        if subscription_cancel_reasons_enabled is not UNSET:
            field_dict["subscription_cancel_reasons_enabled"] = subscription_cancel_reasons_enabled
        if subscription_cancel_retention_offers is not UNSET:
            field_dict["subscription_cancel_retention_offers"] = (
                subscription_cancel_retention_offers
            )
        if subscription_pause_enabled is not UNSET:
            field_dict["subscription_pause_enabled"] = subscription_pause_enabled
        if subscription_pause_max_periods is not UNSET:
            field_dict["subscription_pause_max_periods"] = subscription_pause_max_periods
        if subscription_update_allowed_prices is not UNSET:
            field_dict["subscription_update_allowed_prices"] = subscription_update_allowed_prices
        if subscription_update_downgrades_enabled is not UNSET:
            field_dict["subscription_update_downgrades_enabled"] = (
                subscription_update_downgrades_enabled
            )
        if subscription_update_enabled is not UNSET:
            field_dict["subscription_update_enabled"] = subscription_update_enabled
        if tax_id_update_enabled is not UNSET:
            field_dict["tax_id_update_enabled"] = tax_id_update_enabled
        if terms_of_service_url is not UNSET:
            field_dict["terms_of_service_url"] = terms_of_service_url
        if allow_detach_last_payment_method is not UNSET:
            field_dict["allow_detach_last_payment_method"] = allow_detach_last_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retention_offer import RetentionOffer  # noqa: PLC0415

        d = dict(src_dict)
        text_color = d.pop("text_color")

        accent_color = d.pop("accent_color", UNSET)

        address_update_enabled = d.pop("address_update_enabled", UNSET)

        allowed_return_origins = cast(list[str], d.pop("allowed_return_origins", UNSET))

        def _parse_business_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_headline = _parse_business_headline(d.pop("business_headline", UNSET))

        def _parse_business_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_name = _parse_business_name(d.pop("business_name", UNSET))

        _cancellation_reasons = d.pop("cancellation_reasons", UNSET)
        cancellation_reasons: list[CancellationReason] | Unset = UNSET
        if _cancellation_reasons is not UNSET:
            cancellation_reasons = []
            for cancellation_reasons_item_data in _cancellation_reasons:
                cancellation_reasons_item = CancellationReason(cancellation_reasons_item_data)

                cancellation_reasons.append(cancellation_reasons_item)

        def _parse_default_locale(data: object) -> Locale | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_locale_type_0 = Locale(data)

                return default_locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Locale | None | Unset, data)

        default_locale = _parse_default_locale(d.pop("default_locale", UNSET))

        def _parse_default_return_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_return_url = _parse_default_return_url(d.pop("default_return_url", UNSET))

        invoice_history_enabled = d.pop("invoice_history_enabled", UNSET)

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        payment_method_update_enabled = d.pop("payment_method_update_enabled", UNSET)

        def _parse_privacy_policy_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_policy_url = _parse_privacy_policy_url(d.pop("privacy_policy_url", UNSET))

        subscription_cancel_enabled = d.pop("subscription_cancel_enabled", UNSET)

        _subscription_cancel_mode = d.pop("subscription_cancel_mode", UNSET)
        subscription_cancel_mode: CancelMode | Unset
        if isinstance(_subscription_cancel_mode, Unset):
            subscription_cancel_mode = UNSET
        else:
            subscription_cancel_mode = CancelMode(_subscription_cancel_mode)

        subscription_cancel_reasons_enabled = d.pop("subscription_cancel_reasons_enabled", UNSET)

        _subscription_cancel_retention_offers = d.pop("subscription_cancel_retention_offers", UNSET)
        subscription_cancel_retention_offers: list[RetentionOffer] | Unset = UNSET
        if _subscription_cancel_retention_offers is not UNSET:
            subscription_cancel_retention_offers = []
            for (
                subscription_cancel_retention_offers_item_data
            ) in _subscription_cancel_retention_offers:
                subscription_cancel_retention_offers_item = RetentionOffer.from_dict(
                    subscription_cancel_retention_offers_item_data
                )

                subscription_cancel_retention_offers.append(
                    subscription_cancel_retention_offers_item
                )

        subscription_pause_enabled = d.pop("subscription_pause_enabled", UNSET)

        subscription_pause_max_periods = d.pop("subscription_pause_max_periods", UNSET)

        def _parse_subscription_update_allowed_prices(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subscription_update_allowed_prices_type_0 = cast(list[str], data)

                return subscription_update_allowed_prices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        subscription_update_allowed_prices = _parse_subscription_update_allowed_prices(
            d.pop("subscription_update_allowed_prices", UNSET)
        )

        subscription_update_downgrades_enabled = d.pop(
            "subscription_update_downgrades_enabled", UNSET
        )

        subscription_update_enabled = d.pop("subscription_update_enabled", UNSET)

        tax_id_update_enabled = d.pop("tax_id_update_enabled", UNSET)

        def _parse_terms_of_service_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_of_service_url = _parse_terms_of_service_url(d.pop("terms_of_service_url", UNSET))

        def _parse_allow_detach_last_payment_method(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_detach_last_payment_method = _parse_allow_detach_last_payment_method(
            d.pop("allow_detach_last_payment_method", UNSET)
        )

        portal_configuration_view = cls(
            text_color=text_color,
            accent_color=accent_color,
            address_update_enabled=address_update_enabled,
            allowed_return_origins=allowed_return_origins,
            business_headline=business_headline,
            business_name=business_name,
            cancellation_reasons=cancellation_reasons,
            default_locale=default_locale,
            default_return_url=default_return_url,
            invoice_history_enabled=invoice_history_enabled,
            logo=logo,
            logo_url=logo_url,
            payment_method_update_enabled=payment_method_update_enabled,
            privacy_policy_url=privacy_policy_url,
            subscription_cancel_enabled=subscription_cancel_enabled,
            subscription_cancel_mode=subscription_cancel_mode,
            subscription_cancel_reasons_enabled=subscription_cancel_reasons_enabled,
            subscription_cancel_retention_offers=subscription_cancel_retention_offers,
            subscription_pause_enabled=subscription_pause_enabled,
            subscription_pause_max_periods=subscription_pause_max_periods,
            subscription_update_allowed_prices=subscription_update_allowed_prices,
            subscription_update_downgrades_enabled=subscription_update_downgrades_enabled,
            subscription_update_enabled=subscription_update_enabled,
            tax_id_update_enabled=tax_id_update_enabled,
            terms_of_service_url=terms_of_service_url,
            allow_detach_last_payment_method=allow_detach_last_payment_method,
        )

        portal_configuration_view.additional_properties = d
        return portal_configuration_view

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
