//! The dashboard's texts (`dashboard-…` messages of `locales/<tag>/dashboard.ftl`) and
//! its languages: English, French, German, Spanish and Japanese ([`LOCALES`]). A team
//! member's language is the one they chose (a cookie, see `cookies::LANGUAGE`), else the
//! first of their browser's `Accept-Language` the dashboard speaks, else English.
//!
//! The portal speaks 31 languages to customers; the dashboard speaks to merchants'
//! teams, in fewer. Its messages are never sent to the portal's pages
//! (`i18n::catalog::page_texts` leaves out [`paylera_texts::DASHBOARD_PREFIX`]).

use http::{HeaderMap, header};

use crate::catalog;
use crate::i18n::Locale;

/// The languages of the dashboard, in the order the language switch lists them.
pub const LOCALES: [Locale; 5] = paylera_texts::DASHBOARD_LOCALES;

/// `tag` if the dashboard speaks it.
pub fn supported(tag: &str) -> Option<Locale> {
    tag.parse::<Locale>().ok().filter(|locale| LOCALES.contains(locale))
}

/// The language of a request (see the module docs).
pub fn locale_of(headers: &HeaderMap) -> Locale {
    if let Some(chosen) = super::cookies::language(headers).and_then(supported) {
        return chosen;
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    paylera_shared::locale::parse_accept_language(accept)
        .into_iter()
        .filter_map(|tag| Locale::negotiate(&[tag]))
        .find(|locale| LOCALES.contains(locale))
        .unwrap_or(Locale::En)
}

catalog! {
    /// The dashboard's texts (`dashboard-…` messages).
    pub enum DashboardText {
        Product,
        SkipLink,
        NavLabel,
        NavHome,
        NavPortalSettings,
        TestMode,
        TestModeHint,
        SignOut,
        LanguageLabel,
        LanguageApply,
        RoleOwner,
        RoleAdmin,
        RoleViewer,
        BackHome,
        NotFoundHeading,
        NotFoundText,
        ForbiddenHeading,
        ForbiddenText,
        UnavailableHeading,
        UnavailableText,
        FormRefusedHeading,
        FormRefusedText,
        FormTooLarge,
        SignInHeading,
        SignInHelp,
        EmailLabel,
        PasswordLabel,
        TotpLabel,
        TotpHint,
        SignInButton,
        SignInFailed,
        AccountLocked,
        TotpRequired,
        TotpInvalid,
        SessionEnded,
        SignedOut,
        InvitationHeading,
        InvitationLead,
        YourNameLabel,
        NewPasswordLabel,
        NewPasswordHint,
        AcceptInvitation,
        PasswordTooWeak,
        InvitationInvalid,
        /// `{ $name }`: the member's name or email.
        HomeGreeting,
        /// `{ $business }`, `{ $role }`.
        HomeLead,
        HomePortalSettings,
        PortalSettingsLead,
        ConfigurationsHeading,
        DefaultBadge,
        /// `{ $id }`: the configuration's id.
        ConfigurationIdHint,
        NewConfigurationName,
        NewConfiguration,
        ViewerNote,
        Saved,
        FormHasProblems,
        NumberExpected,
        NameLabel,
        GroupSubscriptions,
        SwitchUpdate,
        SwitchUpdateHint,
        SwitchDowngrades,
        SwitchDowngradesHint,
        AllowedPricesLabel,
        AllowedPricesHint,
        SwitchPause,
        SwitchPauseHint,
        PauseMaxLabel,
        GroupCancellation,
        SwitchCancel,
        SwitchCancelHint,
        CancelModeLabel,
        CancelAtPeriodEnd,
        CancelImmediately,
        SwitchReasons,
        SwitchReasonsHint,
        ReasonsCaption,
        ReasonColumn,
        OfferColumn,
        PercentColumn,
        PeriodsColumn,
        OfferNone,
        OfferDiscount,
        OfferPause,
        /// `{ $reason }`.
        OfferFor,
        /// `{ $reason }`.
        PercentFor,
        /// `{ $reason }`.
        PeriodsFor,
        GroupBilling,
        SwitchCards,
        SwitchCardsHint,
        SwitchInvoices,
        SwitchInvoicesHint,
        SwitchTaxIds,
        SwitchTaxIdsHint,
        SwitchAddress,
        SwitchAddressHint,
        GroupBranding,
        BusinessNameLabel,
        HeadlineLabel,
        LogoUrlLabel,
        AccentLabel,
        /// `{ $ratio }`: "4.5".
        ContrastOk,
        /// `{ $ratio }`.
        ContrastLow,
        PrivacyLabel,
        TermsLabel,
        GroupReturn,
        ReturnUrlLabel,
        OriginsLabel,
        OriginsHint,
        DefaultLocaleLabel,
        DefaultLocaleAuto,
        Save,
        PreviewButton,
        PreviewHeading,
        PreviewHint,
        HistoryHeading,
        HistoryEmpty,
        HistoryWhen,
        HistoryWho,
        HistoryWhat,
        NavWebhooks,
        NavApiKeys,
        SecretOnceHint,
        WebhooksLead,
        AddEndpointHeading,
        EndpointUrlLabel,
        EndpointDescriptionLabel,
        EndpointAllEvents,
        AddEndpoint,
        StatusColumn,
        EventsColumn,
        EndpointEnabled,
        EndpointDisabled,
        EndpointIdLabel,
        BackToWebhooks,
        SigningSecretNew,
        SigningSecretRotated,
        TestEventSent,
        EventResent,
        PreviousSecretUntil,
        SendTestEvent,
        OverlapLabel,
        OverlapNone,
        OverlapHour,
        OverlapDay,
        OverlapWeek,
        RotateSecret,
        DeliveryLog,
        EventColumn,
        ResultColumn,
        LatencyColumn,
        ActionsColumn,
        AttemptSucceeded,
        AttemptFailed,
        ResendEvent,
        ApiKeysLead,
        KeyCreated,
        KeyRolled,
        KeyRevoked,
        KeyRevokedAt,
        KeyExpiresAt,
        ModeTest,
        ModeLive,
        RollKey,
        RevokeKey,
        NewKeyHeading,
        KeyNameLabel,
        KeyModeLabel,
        CreateKey,
        KeyHintColumn,
        KeyCreatedColumn,
        KeyEndsColumn,
        NavCustomers,
        NavPortalSessions,
        NavEvents,
        CustomersLead,
        CustomerSearchLabel,
        CustomerSearch,
        CustomersNone,
        NameColumn,
        EmailColumn,
        CreatedColumn,
        CustomerIdLabel,
        BillingAddressLabel,
        CreditBalanceLabel,
        AllCustomers,
        OpenPortalHeading,
        OpenPortalLead,
        OpenPortal,
        /// `{ $name }` is the customer's name or email.
        PortalLinkReady,
        OpenPortalLink,
        PortalLinkHint,
        NoneYet,
        SubscriptionsHeading,
        PlanColumn,
        PeriodEndColumn,
        InvoicesHeading,
        NumberColumn,
        TotalColumn,
        PaymentMethodsHeading,
        CardColumn,
        ExpiresColumn,
        TaxIdsHeading,
        TypeColumn,
        ValueColumn,
        NextPage,
        SessionsLead,
        AllStatuses,
        Filter,
        CustomerColumn,
        SessionActionsColumn,
        SessionIdColumn,
        NoActions,
        SessionActionsDetails,
        SessionCreated,
        SessionOpened,
        SessionCompleted,
        SessionExpired,
        SessionRevoked,
        EventsLead,
        EventTypeLabel,
        AllTypes,
        SourceColumn,
        AllEvents,
        EventIdLabel,
        EventPayloadHeading,
        SourcePortal,
        SourceSystem,
        SourceApi,
        NavTeam,
        TeamLead,
        RoleColumn,
        TwoStepColumn,
        LastSignInColumn,
        Never,
        On,
        Off,
        InviteHeading,
        InviteLead,
        RoleHint,
        Invite,
        /// `{ $email }` is the invited person's email.
        InvitationLinkLabel,
        TotpHeading,
        TotpOffLead,
        TotpOnLead,
        TotpBegin,
        TotpScanLead,
        TotpSecretLabel,
        TotpUriLink,
        TotpConfirm,
        TotpEnabled,
        LogoFileLabel,
        LogoHint,
        UploadLogo,
        RemoveLogo,
        LogoMissing,
        CurrentLogo,
        /// `{ $email }` is the member's email.
        RoleOf,
        ChangeRole,
        RemoveMember,
        /// `{ $email }` is the member's email.
        RemoveConfirm,
        /// `{ $email }` is the member's email, `{ $role }` their new role's name.
        MemberRoleChanged,
        /// `{ $email }` is the removed member's email.
        MemberRemoved,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| {
                (
                    http::HeaderName::from_static(name),
                    http::HeaderValue::from_static(value),
                )
            })
            .collect()
    }

    #[test]
    fn the_dashboard_is_translated_into_each_of_its_languages() {
        assert_eq!(
            crate::i18n::catalog::problems_in::<DashboardText>(&LOCALES, &[DashboardText::Product]),
            Vec::<String>::new()
        );
    }

    #[test]
    fn no_portal_page_carries_the_dashboards_texts() {
        use crate::i18n::catalog::{Catalog as _, Text as _, page_texts};
        use paylera_texts::DASHBOARD_PREFIX;
        for key in DashboardText::all() {
            assert!(key.message_id().starts_with(DASHBOARD_PREFIX), "{key:?}");
        }
        assert!(!page_texts::json(Locale::En).contains(DASHBOARD_PREFIX));
    }

    #[test]
    fn the_language_is_the_chosen_one_then_the_first_spoken_of_the_browser() {
        assert_eq!(locale_of(&headers(&[])), Locale::En);
        // Portuguese is a portal language, not a dashboard one: French comes next.
        assert_eq!(
            locale_of(&headers(&[("accept-language", "pt-BR, fr;q=0.8")])),
            Locale::Fr
        );
        assert_eq!(locale_of(&headers(&[("accept-language", "ja-JP")])), Locale::Ja);
        assert_eq!(
            locale_of(&headers(&[
                ("accept-language", "ja"),
                ("cookie", "__Host-paylera_dashboard_lang=de")
            ])),
            Locale::De
        );
        assert_eq!(
            locale_of(&headers(&[("cookie", "__Host-paylera_dashboard_lang=ar")])),
            Locale::En,
            "a language the dashboard does not speak is ignored"
        );
    }
}
