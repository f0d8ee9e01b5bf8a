from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.cancel_mode import CancelMode
from ..models.cancellation_reason import CancellationReason
from ..models.locale import Locale
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retention_offer import RetentionOffer


T = TypeVar("T", bound="ConfigurationChange")


@_attrs_define
class ConfigurationChange:
    """A change to a portal configuration, field by field: an absent field keeps its value,
    `null` puts the field back to its default, a value sets it; an unknown field is
    refused. The body of `POST /v1/portal/configurations[/{id}]`, and — with `id`, without
    `name` and `is_default` — the `configuration` object of a portal session.

        Attributes:
            accent_color (None | str | Unset):
            address_update_enabled (bool | None | Unset):
            allowed_return_origins (list[str] | None | Unset):
            business_headline (None | str | Unset):
            business_name (None | str | Unset):
            cancellation_reasons (list[CancellationReason] | None | Unset):
            default_locale (Locale | None | Unset):
            default_return_url (None | str | Unset):
            id (None | str | Unset): Sessions only: the configuration the other fields override (`bpc_…`; absent: the
                tenant's default).
            invoice_history_enabled (bool | None | Unset):
            is_default (bool | None | Unset): Configurations only: `true` makes it the tenant's default (the previous
                default
                stops being one). `false` is refused: make another configuration the default.
            logo (None | str | Unset):
            logo_url (None | str | Unset):
            name (None | str | Unset): Configurations only: its name for the team (≤ 100 characters).
            payment_method_update_enabled (bool | None | Unset):
            privacy_policy_url (None | str | Unset):
            subscription_cancel_enabled (bool | None | Unset):
            subscription_cancel_mode (CancelMode | None | Unset):
            subscription_cancel_reasons_enabled (bool | None | Unset):
            subscription_cancel_retention_offers (list[RetentionOffer] | None | Unset):
            subscription_pause_enabled (bool | None | Unset):
            subscription_pause_max_periods (int | None | Unset):
            subscription_update_allowed_prices (list[str] | None | Unset):
            subscription_update_downgrades_enabled (bool | None | Unset):
            subscription_update_enabled (bool | None | Unset):
            tax_id_update_enabled (bool | None | Unset):
            terms_of_service_url (None | str | Unset):
    """

    accent_color: None | str | Unset = UNSET
    address_update_enabled: bool | None | Unset = UNSET
    allowed_return_origins: list[str] | None | Unset = UNSET
    business_headline: None | str | Unset = UNSET
    business_name: None | str | Unset = UNSET
    cancellation_reasons: list[CancellationReason] | None | Unset = UNSET
    default_locale: Locale | None | Unset = UNSET
    default_return_url: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    invoice_history_enabled: bool | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    logo: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    payment_method_update_enabled: bool | None | Unset = UNSET
    privacy_policy_url: None | str | Unset = UNSET
    subscription_cancel_enabled: bool | None | Unset = UNSET
    subscription_cancel_mode: CancelMode | None | Unset = UNSET
    subscription_cancel_reasons_enabled: bool | None | Unset = UNSET
    subscription_cancel_retention_offers: list[RetentionOffer] | None | Unset = UNSET
    subscription_pause_enabled: bool | None | Unset = UNSET
    subscription_pause_max_periods: int | None | Unset = UNSET
    subscription_update_allowed_prices: list[str] | None | Unset = UNSET
    subscription_update_downgrades_enabled: bool | None | Unset = UNSET
    subscription_update_enabled: bool | None | Unset = UNSET
    tax_id_update_enabled: bool | None | Unset = UNSET
    terms_of_service_url: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        accent_color: None | str | Unset
        if isinstance(self.accent_color, Unset):
            accent_color = UNSET
        else:
            accent_color = self.accent_color

        address_update_enabled: bool | None | Unset
        if isinstance(self.address_update_enabled, Unset):
            address_update_enabled = UNSET
        else:
            address_update_enabled = self.address_update_enabled

        allowed_return_origins: list[str] | None | Unset
        if isinstance(self.allowed_return_origins, Unset):
            allowed_return_origins = UNSET
        elif isinstance(self.allowed_return_origins, list):
            allowed_return_origins = self.allowed_return_origins

        else:
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

        cancellation_reasons: list[str] | None | Unset
        if isinstance(self.cancellation_reasons, Unset):
            cancellation_reasons = UNSET
        elif isinstance(self.cancellation_reasons, list):
            cancellation_reasons = []
            for cancellation_reasons_type_0_item_data in self.cancellation_reasons:
                cancellation_reasons_type_0_item = cancellation_reasons_type_0_item_data.value
                cancellation_reasons.append(cancellation_reasons_type_0_item)

        else:
            cancellation_reasons = self.cancellation_reasons

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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        invoice_history_enabled: bool | None | Unset
        if isinstance(self.invoice_history_enabled, Unset):
            invoice_history_enabled = UNSET
        else:
            invoice_history_enabled = self.invoice_history_enabled

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        payment_method_update_enabled: bool | None | Unset
        if isinstance(self.payment_method_update_enabled, Unset):
            payment_method_update_enabled = UNSET
        else:
            payment_method_update_enabled = self.payment_method_update_enabled

        privacy_policy_url: None | str | Unset
        if isinstance(self.privacy_policy_url, Unset):
            privacy_policy_url = UNSET
        else:
            privacy_policy_url = self.privacy_policy_url

        subscription_cancel_enabled: bool | None | Unset
        if isinstance(self.subscription_cancel_enabled, Unset):
            subscription_cancel_enabled = UNSET
        else:
            subscription_cancel_enabled = self.subscription_cancel_enabled

        subscription_cancel_mode: None | str | Unset
        if isinstance(self.subscription_cancel_mode, Unset):
            subscription_cancel_mode = UNSET
        elif isinstance(self.subscription_cancel_mode, CancelMode):
            subscription_cancel_mode = self.subscription_cancel_mode.value
        else:
            subscription_cancel_mode = self.subscription_cancel_mode

        subscription_cancel_reasons_enabled: bool | None | Unset
        if isinstance(self.subscription_cancel_reasons_enabled, Unset):
            subscription_cancel_reasons_enabled = UNSET
        else:
            subscription_cancel_reasons_enabled = self.subscription_cancel_reasons_enabled

        subscription_cancel_retention_offers: list[dict[str, Any]] | None | Unset
        if isinstance(self.subscription_cancel_retention_offers, Unset):
            subscription_cancel_retention_offers = UNSET
        elif isinstance(self.subscription_cancel_retention_offers, list):
            subscription_cancel_retention_offers = []
            for (
                subscription_cancel_retention_offers_type_0_item_data
            ) in self.subscription_cancel_retention_offers:
                subscription_cancel_retention_offers_type_0_item = (
                    subscription_cancel_retention_offers_type_0_item_data.to_dict()
                )
                subscription_cancel_retention_offers.append(
                    subscription_cancel_retention_offers_type_0_item
                )

        else:
            subscription_cancel_retention_offers = self.subscription_cancel_retention_offers

        subscription_pause_enabled: bool | None | Unset
        if isinstance(self.subscription_pause_enabled, Unset):
            subscription_pause_enabled = UNSET
        else:
            subscription_pause_enabled = self.subscription_pause_enabled

        subscription_pause_max_periods: int | None | Unset
        if isinstance(self.subscription_pause_max_periods, Unset):
            subscription_pause_max_periods = UNSET
        else:
            subscription_pause_max_periods = self.subscription_pause_max_periods

        subscription_update_allowed_prices: list[str] | None | Unset
        if isinstance(self.subscription_update_allowed_prices, Unset):
            subscription_update_allowed_prices = UNSET
        elif isinstance(self.subscription_update_allowed_prices, list):
            subscription_update_allowed_prices = self.subscription_update_allowed_prices

        else:
            subscription_update_allowed_prices = self.subscription_update_allowed_prices

        subscription_update_downgrades_enabled: bool | None | Unset
        if isinstance(self.subscription_update_downgrades_enabled, Unset):
            subscription_update_downgrades_enabled = UNSET
        else:
            subscription_update_downgrades_enabled = self.subscription_update_downgrades_enabled

        subscription_update_enabled: bool | None | Unset
        if isinstance(self.subscription_update_enabled, Unset):
            subscription_update_enabled = UNSET
        else:
            subscription_update_enabled = self.subscription_update_enabled

        tax_id_update_enabled: bool | None | Unset
        if isinstance(self.tax_id_update_enabled, Unset):
            tax_id_update_enabled = UNSET
        else:
            tax_id_update_enabled = self.tax_id_update_enabled

        terms_of_service_url: None | str | Unset
        if isinstance(self.terms_of_service_url, Unset):
            terms_of_service_url = UNSET
        else:
            terms_of_service_url = self.terms_of_service_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_history_enabled is not UNSET:
            field_dict["invoice_history_enabled"] = invoice_history_enabled
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if logo is not UNSET:
            field_dict["logo"] = logo
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if name is not UNSET:
            field_dict["name"] = name
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retention_offer import RetentionOffer  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_accent_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accent_color = _parse_accent_color(d.pop("accent_color", UNSET))

        def _parse_address_update_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        address_update_enabled = _parse_address_update_enabled(
            d.pop("address_update_enabled", UNSET)
        )

        def _parse_allowed_return_origins(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_return_origins_type_0 = cast(list[str], data)

                return allowed_return_origins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_return_origins = _parse_allowed_return_origins(
            d.pop("allowed_return_origins", UNSET)
        )

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

        def _parse_cancellation_reasons(data: object) -> list[CancellationReason] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cancellation_reasons_type_0 = []
                _cancellation_reasons_type_0 = data
                for cancellation_reasons_type_0_item_data in _cancellation_reasons_type_0:
                    cancellation_reasons_type_0_item = CancellationReason(
                        cancellation_reasons_type_0_item_data
                    )

                    cancellation_reasons_type_0.append(cancellation_reasons_type_0_item)

                return cancellation_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CancellationReason] | None | Unset, data)

        cancellation_reasons = _parse_cancellation_reasons(d.pop("cancellation_reasons", UNSET))

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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_invoice_history_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        invoice_history_enabled = _parse_invoice_history_enabled(
            d.pop("invoice_history_enabled", UNSET)
        )

        def _parse_is_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_default = _parse_is_default(d.pop("is_default", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_payment_method_update_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        payment_method_update_enabled = _parse_payment_method_update_enabled(
            d.pop("payment_method_update_enabled", UNSET)
        )

        def _parse_privacy_policy_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privacy_policy_url = _parse_privacy_policy_url(d.pop("privacy_policy_url", UNSET))

        def _parse_subscription_cancel_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subscription_cancel_enabled = _parse_subscription_cancel_enabled(
            d.pop("subscription_cancel_enabled", UNSET)
        )

        def _parse_subscription_cancel_mode(data: object) -> CancelMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subscription_cancel_mode_type_0 = CancelMode(data)

                return subscription_cancel_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancelMode | None | Unset, data)

        subscription_cancel_mode = _parse_subscription_cancel_mode(
            d.pop("subscription_cancel_mode", UNSET)
        )

        def _parse_subscription_cancel_reasons_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subscription_cancel_reasons_enabled = _parse_subscription_cancel_reasons_enabled(
            d.pop("subscription_cancel_reasons_enabled", UNSET)
        )

        def _parse_subscription_cancel_retention_offers(
            data: object,
        ) -> list[RetentionOffer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subscription_cancel_retention_offers_type_0 = []
                _subscription_cancel_retention_offers_type_0 = data
                for (
                    subscription_cancel_retention_offers_type_0_item_data
                ) in _subscription_cancel_retention_offers_type_0:
                    subscription_cancel_retention_offers_type_0_item = RetentionOffer.from_dict(
                        subscription_cancel_retention_offers_type_0_item_data
                    )

                    subscription_cancel_retention_offers_type_0.append(
                        subscription_cancel_retention_offers_type_0_item
                    )

                return subscription_cancel_retention_offers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RetentionOffer] | None | Unset, data)

        subscription_cancel_retention_offers = _parse_subscription_cancel_retention_offers(
            d.pop("subscription_cancel_retention_offers", UNSET)
        )

        def _parse_subscription_pause_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subscription_pause_enabled = _parse_subscription_pause_enabled(
            d.pop("subscription_pause_enabled", UNSET)
        )

        def _parse_subscription_pause_max_periods(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subscription_pause_max_periods = _parse_subscription_pause_max_periods(
            d.pop("subscription_pause_max_periods", UNSET)
        )

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

        def _parse_subscription_update_downgrades_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subscription_update_downgrades_enabled = _parse_subscription_update_downgrades_enabled(
            d.pop("subscription_update_downgrades_enabled", UNSET)
        )

        def _parse_subscription_update_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subscription_update_enabled = _parse_subscription_update_enabled(
            d.pop("subscription_update_enabled", UNSET)
        )

        def _parse_tax_id_update_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tax_id_update_enabled = _parse_tax_id_update_enabled(d.pop("tax_id_update_enabled", UNSET))

        def _parse_terms_of_service_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_of_service_url = _parse_terms_of_service_url(d.pop("terms_of_service_url", UNSET))

        configuration_change = cls(
            accent_color=accent_color,
            address_update_enabled=address_update_enabled,
            allowed_return_origins=allowed_return_origins,
            business_headline=business_headline,
            business_name=business_name,
            cancellation_reasons=cancellation_reasons,
            default_locale=default_locale,
            default_return_url=default_return_url,
            id=id,
            invoice_history_enabled=invoice_history_enabled,
            is_default=is_default,
            logo=logo,
            logo_url=logo_url,
            name=name,
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
        )

        return configuration_change
