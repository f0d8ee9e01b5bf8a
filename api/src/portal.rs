//! The portal session service: creating sessions, the single-use link exchange,
//! token refresh, the customer's language, completion (at once on "Return to
//! merchant", a few seconds after the customer left, or when abandoned) and the sweeper. Routes in
//! [`crate::routes::portal`] are thin wrappers around it.

pub mod configurations;

use std::time::Duration;

use paylera_shared::{
    ErrorCode, ErrorType,
    event::EventType,
    ids::TenantId,
    locale::Locale,
    patch::Patch,
    portal::{
        CompletedPortalSession, CreatePortalSessionRequest, Flow, FlowKind, PortalConfigurationView, PortalSession,
        PortalToken, PresenceRequest, PresenceState,
    },
};

use crate::{
    AppState,
    db::Db,
    domain::{
        Invalid, from_unix, now,
        portal::{
            self, LEAVE_GRACE, SESSION_IDLE_TIMEOUT, SESSION_MAX_LIFETIME, SessionStatus,
            features::{self, ConfigurationChange, PortalConfiguration},
            link::{self, LINK_TTL, LinkSecret},
            locale,
            return_url::validate_return_url,
            summary,
            token::{self, PortalClaims},
        },
    },
    error::ApiError,
    store::{self, events::Origin, portal::SessionRow},
};

/// Creates a session for a customer (the merchant's call).
pub async fn create(
    db: &Db,
    portal_public_url: &str,
    tenant: &TenantId,
    origin: &Origin,
    test_mode: bool,
    params: CreatePortalSessionRequest,
) -> Result<PortalSession, ApiError> {
    let customer = store::customers::find(db, tenant, &params.customer_id)
        .await?
        .ok_or_else(|| ApiError::not_found("customer", &params.customer_id).with_param("customer_id"))?;
    let configuration = session_configuration(db, tenant, params.configuration.as_ref()).await?;
    let mut configuration = configuration;
    // The portal names the merchant everywhere ("Return to …"): the tenant's name
    // unless the configuration gives another.
    if configuration
        .business_name
        .as_deref()
        .is_none_or(|name| name.trim().is_empty())
    {
        configuration.business_name = Some(store::tenants::name(db, tenant).await?);
    }
    features::validate(&configuration, test_mode).map_err(|e| e.under("configuration"))?;
    let requested_return = params
        .return_url
        .clone()
        .or_else(|| configuration.default_return_url.clone())
        .ok_or_else(|| {
            Invalid::new(
                "return_url",
                ErrorCode::ParameterMissing,
                "Pass a return_url, or set a default_return_url in the portal configuration.",
            )
        })?;
    let return_url =
        validate_return_url(&requested_return, &configuration.allowed_return_origins, test_mode).map_err(|mut e| {
            e.code = ErrorCode::ReturnUrlInvalid;
            e
        })?;
    let explicit = params
        .locale
        .as_deref()
        .map(locale::parse_explicit)
        .transpose()?
        .flatten();
    // The customer's browser is not known yet (the merchant's server calls): an `auto`
    // session is resolved again when its link is opened (`exchange`).
    let locale = resolve_locale(explicit, &customer.preferred_locales, None, &configuration);
    let flow = params
        .flow
        .as_ref()
        .map(|flow| validate_flow(flow, &configuration.allowed_return_origins, test_mode))
        .transpose()?;
    let secret = LinkSecret::generate();
    let created = now();
    let row = SessionRow {
        id: format!("ps_{}", crate::domain::ids::random_base62(24)),
        tenant_id: tenant.to_string(),
        customer_id: customer.id.to_string(),
        status: SessionStatus::Created.as_str().to_owned(),
        return_url,
        locale: locale.tag().to_owned(),
        locale_requested: explicit.map(|locale| locale.tag().to_owned()),
        configuration: serde_json::to_string(&configuration)?,
        flow: flow.as_ref().map(serde_json::to_string).transpose()?,
        created: created.timestamp(),
        link_expires_at: (created + LINK_TTL).timestamp(),
        opened_at: None,
        last_activity_at: created.timestamp(),
        ended_at: None,
        metadata: serde_json::to_string(&crate::domain::metadata::validate(
            params.metadata.clone().unwrap_or_default(),
        )?)?,
    };
    let mut tx = db.begin().await?;
    store::portal::insert(&mut tx, &row, &secret.hash).await?;
    let mut session = wire(&row)?;
    session.url = Some(format!(
        "{}/p/{}",
        portal_public_url.trim_end_matches('/'),
        secret.secret
    ));
    origin.commit(tx, session).await
}

/// The locale of a session: the merchant's explicit one, else the customer's
/// preferred locales, else the browser's `Accept-Language`, else the configuration's
/// default, else English (`paylera_shared::locale::resolve`).
fn resolve_locale(
    explicit: Option<Locale>,
    preferred: &[String],
    accept_language: Option<&str>,
    configuration: &PortalConfiguration,
) -> Locale {
    let default = configuration.default_locale.map(Locale::tag);
    paylera_shared::locale::resolve(explicit, preferred, accept_language, default)
}

/// The tenant of a stored session.
fn tenant_of(session: &SessionRow) -> Result<TenantId, ApiError> {
    session
        .tenant_id
        .parse()
        .map_err(|_| ApiError::internal("a stored session's tenant id does not parse"))
}

/// The customer's choice of language for their own session (the portal's language
/// switcher): kept until the session ends, over every other source.
pub async fn set_locale(db: &Db, session_id: &str, locale: Locale) -> Result<(), ApiError> {
    let mut tx = db.begin().await?;
    store::portal::set_locale(&mut tx, session_id, locale.tag(), Some(locale.tag())).await?;
    tx.commit().await?;
    Ok(())
}

/// Checks a merchant's `flow` field by field (each error names its param) and types
/// it; its redirect's `return_url` comes back normalised.
fn validate_flow(
    flow: &serde_json::Value,
    allowed_return_origins: &[String],
    test_mode: bool,
) -> Result<Flow, Invalid> {
    let kind = flow.get("type").and_then(|t| t.as_str()).unwrap_or_default();
    if FlowKind::parse(kind).is_none() {
        let names: Vec<&str> = FlowKind::ALL.iter().map(|k| k.as_str()).collect();
        return Err(Invalid::new(
            "flow.type",
            ErrorCode::ParameterInvalid,
            format!("flow.type is one of {}.", names.join(", ")),
        ));
    }
    if kind.starts_with("subscription") && flow.get("subscription").and_then(|s| s.as_str()).is_none() {
        return Err(Invalid::new(
            "flow.subscription",
            ErrorCode::ParameterMissing,
            "Subscription flows name the subscription.",
        ));
    }
    if kind == "subscription_update_confirm"
        && flow
            .get("price")
            .and_then(|p| p.as_str())
            .is_none_or(|p| !p.starts_with("price_"))
    {
        return Err(Invalid::new(
            "flow.price",
            ErrorCode::ParameterMissing,
            "subscription_update_confirm names the price (price_…) the customer confirms.",
        ));
    }
    let after = flow
        .get("after_completion")
        .and_then(|a| a.get("type"))
        .and_then(|t| t.as_str())
        .unwrap_or("portal_homepage");
    if !matches!(after, "redirect" | "hosted_confirmation" | "portal_homepage") {
        return Err(Invalid::new(
            "flow.after_completion.type",
            ErrorCode::ParameterInvalid,
            "after_completion.type is redirect, hosted_confirmation or portal_homepage.",
        ));
    }
    let mut flow = flow.clone();
    if after == "redirect" {
        let requested = flow
            .pointer("/after_completion/redirect/return_url")
            .and_then(|u| u.as_str())
            .unwrap_or_default()
            .to_owned();
        let return_url = validate_return_url(&requested, allowed_return_origins, test_mode).map_err(|mut e| {
            e.code = if requested.trim().is_empty() {
                ErrorCode::ParameterMissing
            } else {
                ErrorCode::ReturnUrlInvalid
            };
            e.param = "flow.after_completion.redirect.return_url".to_owned();
            e
        })?;
        if let Some(redirect) = flow
            .pointer_mut("/after_completion/redirect")
            .and_then(|r| r.as_object_mut())
        {
            redirect.insert("return_url".to_owned(), return_url.into());
        }
    }
    // What the checks above leave to the type: `quantity` is an integer, the texts are
    // texts.
    serde_json::from_value(flow)
        .map_err(|err| Invalid::new("flow", ErrorCode::ParameterInvalid, format!("Invalid flow: {err}.")))
}

/// The session as the API shows it (never with its link).
pub fn wire(row: &SessionRow) -> Result<PortalSession, ApiError> {
    Ok(PortalSession {
        id: row.id.clone(),
        object: "portal.session".to_owned(),
        url: None,
        expires_at: from_unix(row.link_expires_at),
        status: row.status(),
        customer_id: row
            .customer_id
            .parse()
            .map_err(|_| ApiError::internal("stored customer id"))?,
        return_url: row.return_url.clone(),
        // Sessions created before the locale was typed may hold `auto` (an explicit
        // `Auto` in another case was stored as given): those speak the fallback, as the
        // portal did with a tag it did not know.
        locale: row.locale.parse().unwrap_or(Locale::FALLBACK),
        configuration: view(serde_json::from_str(&row.configuration)?),
        flow: row.flow.as_deref().map(serde_json::from_str).transpose()?,
        created: from_unix(row.created),
        session_expires_at: portal::deadline(row.status(), row.created, row.opened_at, row.last_activity_at)
            .map(from_unix),
        customer_name: None,
        customer_email: None,
        summary: None,
        metadata: serde_json::from_str(&row.metadata)?,
    })
}

/// The merchant's view of `rows` (`GET /v1/portal/sessions[/{id}]`): each session
/// with the summary of what its customer did so far, read in one query.
pub async fn with_summaries(db: &Db, tenant: &TenantId, rows: &[SessionRow]) -> Result<Vec<PortalSession>, ApiError> {
    let ids: Vec<&str> = rows.iter().map(|row| row.id.as_str()).collect();
    let mut actions = store::portal::actions_of(db, tenant, &ids).await?;
    rows.iter()
        .map(|row| {
            let own: Vec<summary::Action> = actions
                .extract_if(.., |(session, _)| *session == row.id)
                .map(|(_, action)| action)
                .collect();
            let mut session = wire(row)?;
            session.summary = Some(summary::summarize(&own));
            Ok(session)
        })
        .collect()
}

/// The configuration a session starts from: `configuration` is a configuration's id
/// (`"bpc_…"`), or a change on top of the default (`{…}`) or of the one its `id` names
/// (`{"id": "bpc_…", …}`); absent, the tenant's default. Errors name `configuration`
/// (`configuration.id`, …).
async fn session_configuration(
    db: &Db,
    tenant: &TenantId,
    configuration: Option<&serde_json::Value>,
) -> Result<PortalConfiguration, ApiError> {
    let named = |id: &str| {
        let id = id.to_owned();
        async move {
            store::portal_configurations::find(db, tenant, &id)
                .await?
                .map(|stored| stored.settings)
                .ok_or_else(|| ApiError::not_found("portal configuration", &id))
        }
    };
    let invalid = |message: String| Invalid::new("configuration", ErrorCode::ParameterInvalid, message);
    match configuration {
        None | Some(serde_json::Value::Null) => Ok(store::portal_configurations::default_settings(db, tenant).await?),
        Some(serde_json::Value::String(id)) => named(id).await.map_err(|e| e.with_param("configuration")),
        Some(value @ serde_json::Value::Object(_)) => {
            let change: ConfigurationChange = serde_json::from_value(value.clone())
                .map_err(|err| invalid(format!("Invalid configuration override: {err}.")))?;
            if !change.name.is_absent() || change.is_default.is_some() {
                return Err(invalid(
                    "A session's configuration cannot set `name` or `is_default`: those belong to the configuration."
                        .to_owned(),
                )
                .into());
            }
            if let Patch::Value(logo) = &change.logo {
                store::files::require_logo(db, tenant, logo, "configuration.logo").await?;
            }
            let base = match change.id.as_deref() {
                Some(id) => named(id).await.map_err(|e| e.with_param("configuration.id"))?,
                None => store::portal_configurations::default_settings(db, tenant).await?,
            };
            Ok(features::apply(&base, &change))
        }
        Some(_) => {
            Err(invalid("configuration is a configuration id (`bpc_…`) or an object of overrides.".to_owned()).into())
        }
    }
}

/// A configuration as sent: with `text_color`, the readable text colour on its accent
/// colour (what the portal draws its buttons with).
pub fn view(settings: PortalConfiguration) -> PortalConfigurationView {
    PortalConfigurationView {
        text_color: features::text_color_for(&settings.accent_color).to_owned(),
        settings,
        allow_detach_last_payment_method: None,
    }
}

fn link_error(status: u16, code: ErrorCode, message: &str) -> ApiError {
    ApiError::new(
        http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::NOT_FOUND),
        ErrorType::InvalidRequestError,
        code,
        message,
    )
}

/// Trades a link secret for a token, once. `client` identifies the caller for rate
/// limiting. Unknown, malformed, used, expired and revoked links get one and the same
/// answer (`404 portal_link_invalid`, no return URL): a prober learns nothing about
/// which links exist. Junk is refused in memory before any database write.
pub async fn exchange(
    state: &AppState,
    secret: &str,
    client: &str,
    accept_language: Option<&str>,
) -> Result<PortalToken, ApiError> {
    let at = now().timestamp();
    let rate_limited = |retry_after: u64| {
        link_error(429, ErrorCode::RateLimited, "Too many attempts; try again in a minute.")
            .with_header(http::header::RETRY_AFTER, http::HeaderValue::from(retry_after))
    };
    state.limits.link_exchanges.check(client, at).map_err(rate_limited)?;
    let invalid = || {
        link_error(
            404,
            ErrorCode::PortalLinkInvalid,
            "This portal link is not valid, was already used or has expired.",
        )
    };
    if !link::is_well_formed(secret) {
        return Err(invalid());
    }
    if store::portal::count_exchange_attempt(&state.db, client, at).await? > state.settings.link_exchanges_per_minute {
        return Err(rate_limited(60));
    }
    let mut tx = state.db.begin().await?;
    let session = store::portal::by_link_hash(&mut tx, &link::hash(secret))
        .await?
        .ok_or_else(invalid)?;
    if !store::portal::open(&mut tx, &session.id, at).await? {
        return Err(invalid());
    }
    // Where the customer is now known: an `auto` session speaks the customer's
    // preference, else their browser's, else the merchant's default.
    let locale = match &session.locale_requested {
        Some(_) => session.locale.clone(),
        None => {
            let preferred = store::customers::get(&mut tx, &tenant_of(&session)?, &session.customer_id)
                .await?
                .map(|customer| customer.preferred_locales)
                .unwrap_or_default();
            let configuration: PortalConfiguration = serde_json::from_str(&session.configuration)?;
            let locale = resolve_locale(None, &preferred, accept_language, &configuration)
                .tag()
                .to_owned();
            if locale != session.locale {
                store::portal::set_locale(&mut tx, &session.id, &locale, None).await?;
            }
            locale
        }
    };
    tx.commit().await?;
    let opened = SessionRow {
        status: "opened".to_owned(),
        opened_at: Some(at),
        last_activity_at: at,
        locale,
        ..session
    };
    let mut token = issue_token(state, &opened, at)?;
    // For the portal server, which shows the customer their session: never the
    // merchant's metadata.
    token.session = Some(PortalSession {
        metadata: Default::default(),
        ..wire(&opened)?
    });
    Ok(token)
}

/// A fresh token for an open session.
pub fn issue_token(state: &AppState, session: &SessionRow, at: i64) -> Result<PortalToken, ApiError> {
    let configuration: PortalConfiguration = serde_json::from_str(&session.configuration)?;
    let deadline = portal::deadline(
        session.status(),
        session.created,
        session.opened_at,
        session.last_activity_at,
    )
    .ok_or_else(|| ApiError::internal("issuing a token for an ended session"))?;
    let claims = PortalClaims::issue(
        &session.tenant_id,
        &session.customer_id,
        &session.id,
        &features::enabled_features(&configuration),
        at,
        deadline,
    );
    let jwt =
        token::sign(&claims, state.secrets.portal_jwt_key()).map_err(|err| ApiError::internal(err.to_string()))?;
    Ok(PortalToken {
        token: jwt,
        token_expires_at: from_unix(claims.exp),
        session_expires_at: Some(from_unix(deadline)),
        session: None,
    })
}

/// Ends a session (`completed`, `expired` or `revoked`) and, if it had been opened,
/// emits `portal.session.completed` with its summary — exactly once.
pub async fn end(db: &Db, tenant: &TenantId, session: &SessionRow, status: SessionStatus) -> Result<bool, ApiError> {
    let at = now().timestamp();
    let mut tx = db.begin().await?;
    if !store::portal::end(&mut tx, &session.id, status, at).await? {
        return Ok(false);
    }
    if portal::emits_completed_event(session.status(), status)
        && store::portal::claim_completion(&mut tx, &session.id).await?
    {
        let actions = store::portal::actions(&mut tx, &session.id).await?;
        let object = serde_json::to_value(CompletedPortalSession {
            id: store::parse_stored(&session.id)?,
            object: "portal.session".to_owned(),
            customer_id: store::parse_stored(&session.customer_id)?,
            status,
            summary: summary::summarize(&actions),
        })?;
        let origin = Origin {
            source: "portal",
            portal_session: Some(session.id.clone()),
            ..Origin::default()
        };
        // Not through `emit`: the completion itself is not an action of the summary.
        store::events::record_unlogged(
            &mut tx,
            tenant,
            EventType::PortalSessionCompleted,
            object,
            None,
            &origin,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// A signed-in page was shown or hidden (see [`PresenceRequest`]).
pub async fn presence(db: &Db, session_id: &str, request: &PresenceRequest) -> Result<(), ApiError> {
    let mut tx = db.begin().await?;
    match request.state {
        PresenceState::Present => store::portal::page_shown(&mut tx, session_id, request.page).await?,
        PresenceState::Leaving => {
            store::portal::page_hidden(&mut tx, session_id, request.page, now().timestamp()).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Completes, every `every`, the sessions the customer left ([`LEAVE_GRACE`] after
/// their last page was hidden with no later page shown). Every instance runs it; ending
/// a session is claimed once (`end`).
pub async fn leaver(db: Db, every: Duration) {
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        if let Err(err) = complete_left(&db).await {
            tracing::error!(error = %err, "completing left portal sessions failed");
        }
    }
}

/// One pass of [`leaver`]; returns how many sessions it completed.
pub async fn complete_left(db: &Db) -> Result<usize, ApiError> {
    let before = now().timestamp() - LEAVE_GRACE.num_seconds();
    let mut completed = 0;
    for session in store::portal::left(db, before).await? {
        if end(db, &tenant_of(&session)?, &session, SessionStatus::Completed).await? {
            completed += 1;
        }
    }
    Ok(completed)
}

/// Ends overdue sessions every `every`: unused links past 60 minutes, opened
/// sessions idle for 30 minutes or older than 2 hours. Each pass is counted
/// (`sweeper_*` metrics).
pub async fn sweeper(db: Db, every: Duration) {
    let mut interval = tokio::time::interval(every);
    loop {
        interval.tick().await;
        let result = sweep(&db).await;
        crate::middleware::metrics::background_run(crate::middleware::metrics::Background::Sweeper, result.is_ok());
        if let Err(err) = result {
            tracing::error!(error = %err, "portal session sweeper failed");
        }
    }
}

/// One pass of the sweeper; returns how many sessions it ended.
pub async fn sweep(db: &Db) -> Result<usize, ApiError> {
    let at = now().timestamp();
    let overdue = store::portal::overdue(
        db,
        at,
        SESSION_IDLE_TIMEOUT.num_seconds(),
        SESSION_MAX_LIFETIME.num_seconds(),
    )
    .await?;
    let mut ended = 0;
    for session in overdue {
        if end(db, &tenant_of(&session)?, &session, SessionStatus::Expired).await? {
            ended += 1;
        }
    }
    Ok(ended)
}
