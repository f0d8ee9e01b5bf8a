//! The OpenAPI 3.1 document (generated from the handlers' annotations) and a
//! human-readable reference page rendered from it at `/docs`.

use std::fmt::Write as _;

use paylera_shared::{event::EventType, html::escape};
use utoipa::{
    Modify, OpenApi,
    openapi::{
        self, Content, Ref, RefOr, ResponseBuilder,
        path::Operation,
        security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme},
    },
};

/// The document's fixed parts; paths are added by `utoipa_axum` from the routes.
#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "Paylera API",
        description = "Billing and the hosted customer portal. Authenticate with `Authorization: Bearer sk_test_…`. Every error is `{\"error\":{\"type\",\"code\",\"message\",\"param\",\"doc_url\"}}`. POST requests accept an `Idempotency-Key`. This document describes API version `2026-12-07`: send `Paylera-Version: 2026-12-07` to get these shapes whatever your account is pinned to; every answer names its version in the same header.",
        version = "2026-12-07",
    ),
    modifiers(&BearerAuth),
    components(schemas(paylera_shared::portal::CompletedPortalSession)),
    tags(
        (name = "customers", description = "The end customers a tenant bills"),
        (name = "tax_ids", description = "A customer's tax registration numbers"),
        (name = "payment_methods", description = "Cards, through the simulated test-mode processor"),
        (name = "catalog", description = "Products and their recurring prices"),
        (name = "subscriptions", description = "Recurring billing: create, change with proration, cancel, reactivate"),
        (name = "invoices", description = "Bills with gapless numbers, payment attempts and dunning"),
        (name = "files", description = "Files a tenant uploads: its business logo for invoices and receipts"),
        (name = "test_clocks", description = "Simulated time for renewals, trials and dunning"),
        (name = "portal", description = "The hosted customer portal: configuration, sessions, the link hand-off"),
        (name = "events", description = "The outbox of every change, newest first"),
        (name = "dashboard", description = "The merchant dashboard's team members: signing in, sessions, TOTP, invitations"),
        (name = "webhooks", description = "Endpoints that receive events, signed per Standard Webhooks, with a delivery log"),
        (name = "webhook_events", description = "What Paylera sends your webhook endpoints: one signed `POST` per event, its payload an `Event` whose `data.object` is the object named"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, doc: &mut openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "portal_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some("A portal session's token, scoped to one customer"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "dashboard_session",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A team member's dashboard session, `dsh_…` (`POST /v1/dashboard/sessions`); a `viewer` reads only",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A secret key, `sk_test_…`"))
                    .build(),
            ),
        );
    }
}

/// Completes the generated document with what every operation shares, so no
/// handler can forget it: the answers of the layers in front of every handler
/// (authentication, the strict body parse, the rate limits, the scope check) and
/// which credential each operation takes (`paylera_shared::portal::PORTAL_ROUTES`
/// also take a portal token).
pub fn complete(doc: &mut openapi::OpenApi) {
    for (path, item) in doc.paths.paths.iter_mut() {
        let operations = [
            ("GET", &mut item.get),
            ("POST", &mut item.post),
            ("DELETE", &mut item.delete),
        ];
        for (method, operation) in operations {
            let Some(operation) = operation.as_mut() else { continue };
            let authenticated = operation.security.as_ref().is_some_and(|s| !s.is_empty());
            let portal = paylera_shared::portal::PORTAL_ROUTES.contains(&(method, path.as_str()));
            let merchant = operation
                .security
                .as_ref()
                .is_some_and(|s| serde_json::to_value(s).is_ok_and(|v| v.to_string().contains("\"api_key\"")));
            // What a merchant key may call, a team member may call too (their role permitting).
            let mut schemes = Vec::new();
            if merchant || (portal && path != "/v1/portal/session") {
                schemes.push("api_key");
                schemes.push("dashboard_session");
            }
            if portal && path != "/v1/portal/session" {
                schemes.push("portal_token");
            }
            if !schemes.is_empty() {
                operation.security = Some(
                    schemes
                        .into_iter()
                        .map(|scheme| SecurityRequirement::new(scheme, Vec::<String>::new()))
                        .collect(),
                );
            }
            if path.starts_with("/v1/") {
                add_error(
                    operation,
                    "400",
                    "Invalid request: malformed body or parameters (`invalid_json`, `parameter_invalid`, `parameter_missing`, `invalid_query`)",
                );
            }
            if authenticated {
                add_error(
                    operation,
                    "401",
                    "No valid credential (`api_key_missing`, `api_key_invalid`, `portal_token_invalid`, `dashboard_session_invalid`)",
                );
                add_error(
                    operation,
                    "429",
                    "Too many requests (`rate_limited`), with `Retry-After`",
                );
            }
            if authenticated && path.starts_with("/v1/") {
                add_error(
                    operation,
                    "403",
                    "Not for this credential (`merchant_only`, `portal_feature_disabled`, `dashboard_only`, `role_forbidden`)",
                );
                add_error(operation, "404", "No such object for this caller");
            }
            if method == "POST" {
                add_error(
                    operation,
                    "409",
                    "The `Idempotency-Key` is in use by a request still running (`idempotency_key_in_use`)",
                );
                add_error(operation, "413", "The body is larger than 256 KiB (`body_too_large`)");
            }
        }
    }
}

/// Adds `status` with the error envelope, unless the operation documents it already.
fn add_error(operation: &mut Operation, status: &str, description: &str) {
    operation
        .responses
        .responses
        .entry(status.to_owned())
        .or_insert_with(|| {
            RefOr::T(
                ResponseBuilder::new()
                    .description(description)
                    .content(
                        "application/json",
                        Content::new(Some(Ref::from_schema_name("ErrorEnvelope"))),
                    )
                    .build(),
            )
        });
}

/// The schema of `data.object` in events of `kind`. Exhaustive: a new event type does
/// not build until its payload is documented.
pub fn event_object_schema(kind: EventType) -> &'static str {
    use EventType::*;
    match kind {
        CustomerCreated | CustomerUpdated | CustomerDeleted => "Customer",
        CustomerTaxIdCreated | CustomerTaxIdDeleted => "TaxId",
        CustomerPaymentMethodAttached | CustomerPaymentMethodDetached | PaymentMethodCreated | PaymentMethodUpdated => {
            "PaymentMethod"
        }
        ProductCreated | ProductUpdated => "Product",
        PriceCreated | PriceUpdated => "Price",
        SubscriptionCreated
        | SubscriptionUpdated
        | SubscriptionCanceled
        | SubscriptionReactivated
        | SubscriptionPaused
        | SubscriptionResumed => "Subscription",
        InvoiceCreated
        | InvoiceFinalized
        | InvoicePaid
        | InvoicePaymentActionRequired
        | InvoicePaymentFailed
        | InvoiceVoided
        | InvoiceUpdated => "Invoice",
        PortalSessionCompleted => "CompletedPortalSession",
        WebhookEndpointTest => "WebhookEndpoint",
    }
}

/// The document's `webhooks` (OpenAPI 3.1): for each event type, the request a
/// merchant's endpoint receives — an `Event` of that `type` whose `data.object` is its
/// object — with the Standard Webhooks headers and what the answer means.
pub fn webhooks() -> serde_json::Value {
    let header = |name: &str, description: &str| serde_json::json!({"name": name, "in": "header", "required": true, "description": description, "schema": {"type": "string"}});
    let headers = [
        header(
            "webhook-id",
            "The event's id (`evt_…`): the same on every retry, to deduplicate on.",
        ),
        header(
            "webhook-timestamp",
            "Unix seconds of this attempt: refuse one far from your clock (replays).",
        ),
        header(
            "webhook-signature",
            "`v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret; two, space-separated, while a rotated secret overlaps.",
        ),
    ];
    let hooks = EventType::ALL
        .iter()
        .map(|kind| {
            let schema = event_object_schema(*kind);
            let operation = serde_json::json!({
                "post": {
                    "operationId": format!("webhook_{}", kind.as_str().replace('.', "_")),
                    "tags": ["webhook_events"],
                    "summary": format!("Event `{}`", kind.as_str()),
                    "description": format!(
                        "Sent to each enabled endpoint subscribed to `{}` (or `*`), at least once, in the account's pinned API version; `data.object` is a `{schema}`.",
                        kind.as_str()
                    ),
                    "parameters": headers,
                    "requestBody": {
                        "required": true,
                        "content": {"application/json": {"schema": {"allOf": [
                            {"$ref": "#/components/schemas/Event"},
                            {"type": "object", "properties": {
                                "type": {"const": kind.as_str()},
                                "data": {"type": "object", "properties": {
                                    "object": {"$ref": format!("#/components/schemas/{schema}")}
                                }}
                            }}
                        ]}}}
                    },
                    "responses": {"2XX": {"description": "Received. Any other answer, or none within 10 seconds, is retried with exponential backoff for about three days; `410 Gone` disables the endpoint."}}
                }
            });
            (kind.as_str().to_owned(), operation)
        })
        .collect();
    serde_json::Value::Object(hooks)
}

/// The document as served: the generated one with its `webhooks`.
pub fn document_json(doc: &openapi::OpenApi) -> String {
    let mut json = serde_json::to_value(doc).unwrap_or_default();
    json["webhooks"] = webhooks();
    lists_by_reference(&mut json);
    expansions(&mut json);
    serde_json::to_string_pretty(&json).unwrap_or_else(|_| "{}".to_owned())
}

/// utoipa writes each `List<T>`'s items as a copy of `T`'s schema: each `List_T` names
/// `T` instead (where the copy is `T`), so clients generate one type per object and
/// what is said of `T` (its expandable properties) holds in lists too.
fn lists_by_reference(json: &mut serde_json::Value) {
    let Some(schemas) = json["components"]["schemas"].as_object_mut() else {
        return;
    };
    let lists: Vec<String> = schemas
        .keys()
        .filter(|name| name.starts_with("List_"))
        .cloned()
        .collect();
    for list in lists {
        let item = &list["List_".len()..];
        let Some(schema) = schemas.get(item).cloned() else {
            continue;
        };
        let items = &mut schemas[&list]["properties"]["data"]["items"];
        if *items == schema {
            *items = serde_json::json!({"$ref": format!("#/components/schemas/{item}")});
        }
    }
}

/// The schema of each kind of object `expand[]` knows (`object.property` for a block).
const KINDS: &[(&str, &str)] = &[
    ("customer", "Customer"),
    ("customer.invoice_settings", "InvoiceSettings"),
    ("invoice", "Invoice"),
    ("payment_attempt", "PaymentAttempt"),
    ("payment_method", "PaymentMethod"),
    ("price", "Price"),
    ("product", "Product"),
    ("subscription", "Subscription"),
    ("subscription.pending_update", "PendingUpdate"),
    ("tax_id", "TaxId"),
];

fn schema_of(kind: &str) -> Option<&'static str> {
    KINDS.iter().find(|(k, _)| *k == kind).map(|(_, schema)| *schema)
}

fn kind_of_schema(schema: &str) -> Option<&'static str> {
    KINDS.iter().find(|(_, s)| *s == schema).map(|(kind, _)| *kind)
}

/// `expand[]` in the document (`domain::expand` is the one list of what expands):
/// each expandable property is its id *or* its object (an invoice's `payment_attempts`
/// is there only when expanded), and each `GET` answering such objects, or a list of
/// them, takes `expand[]`.
fn expansions(json: &mut serde_json::Value) {
    use crate::domain::expand::{EXPANDABLE, MAX_DEPTH, MAX_PATHS, Target};
    let schema_ref = |name: &str| serde_json::json!({"$ref": format!("#/components/schemas/{name}")});
    let attempts = json["paths"]["/v1/invoices/{id}/payment_attempts"]["get"]["responses"]["200"]["content"]
        ["application/json"]["schema"]
        .clone();
    for (holder, property, target) in EXPANDABLE {
        let Some(holder) = schema_of(holder) else { continue };
        let object = match target {
            Target::PaymentAttempts => attempts.clone(),
            Target::Customer => schema_ref("Customer"),
            Target::Invoice => schema_ref("Invoice"),
            Target::PaymentMethod => schema_ref("PaymentMethod"),
            Target::Price => schema_ref("Price"),
            Target::Product => schema_ref("Product"),
            Target::Subscription => schema_ref("Subscription"),
        };
        let Some(properties) = json["components"]["schemas"][holder]["properties"].as_object_mut() else {
            continue;
        };
        let described = match properties.remove(*property) {
            Some(id) => serde_json::json!({"anyOf": [id, object],
                "description": "An id; the whole object when named in `expand[]`."}),
            None => serde_json::json!({"allOf": [object],
                "description": "Only when named in `expand[]`."}),
        };
        properties.insert((*property).to_owned(), described);
    }
    let Some(paths) = json["paths"].as_object_mut() else {
        return;
    };
    for item in paths.values_mut() {
        let Some(get) = item.get_mut("get") else { continue };
        let answered = get["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .map(str::to_owned);
        let Some(answered) = answered else { continue };
        let (kind, prefix) = match kind_of_schema(&answered) {
            Some(kind) => (kind, ""),
            None => match answered.strip_prefix("List_").and_then(kind_of_schema) {
                Some(kind) => (kind, "data."),
                None => continue,
            },
        };
        let mut names: Vec<String> = EXPANDABLE
            .iter()
            .filter(|(holder, _, _)| *holder == kind || holder.strip_prefix(kind).is_some_and(|r| r.starts_with('.')))
            .map(|(holder, property, _)| match holder.split_once('.') {
                Some((_, block)) => format!("`{prefix}{block}.{property}`"),
                None => format!("`{prefix}{property}`"),
            })
            .collect();
        if names.is_empty() {
            continue;
        }
        names.sort();
        let parameter = serde_json::json!({
            "name": "expand[]",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "description": format!(
                "Properties to answer as whole objects instead of ids: {}; then theirs, dotted \
                 (`price.product`), up to {MAX_DEPTH} levels. Each expanded object is what retrieving \
                 it answers this caller (a portal token expands only what it may retrieve).",
                names.join(", ")
            ),
            "schema": {"type": "array", "maxItems": MAX_PATHS,
                "items": {"type": "string", "maxLength": 200, "pattern": "^[a-z_]+(\\.[a-z_]+)*$"}},
        });
        match get.get_mut("parameters").and_then(serde_json::Value::as_array_mut) {
            Some(parameters) => parameters.push(parameter),
            None => get["parameters"] = serde_json::json!([parameter]),
        }
    }
}

/// The pages' shared head and style.
fn page_head(title: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">\
         <title>{}</title><style>body{{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a2e}}\
         code{{background:#f2f2f7;padding:.1rem .3rem;border-radius:4px}}.op{{border-top:1px solid #ddd;padding:1rem 0}}\
         .m{{display:inline-block;min-width:4rem;font-weight:700;text-transform:uppercase}}:target{{background:#fff8d6}}\
         body.rendered{{max-width:none;margin:0;padding:0}}</style></head><body><main>",
        escape(title)
    )
}

/// Renders the error reference (`/docs/errors`): the envelope, then every code with
/// its documentation, each at `#<code>` (what `doc_url` points to).
pub fn render_error_reference() -> String {
    let mut html = page_head("Paylera API errors");
    html.push_str(
        "<h1>Errors</h1><p>Every failure answers <code>{\"error\":{\"type\",\"code\",\"message\",\"param\",\"doc_url\"}}</code>. \
         Branch on <code>type</code> for the broad class and on <code>code</code> for the precise reason: codes are stable. \
         <code>message</code> is for people and may change; <code>param</code> names the field at fault; \
         <code>doc_url</code> links here. Unknown codes may appear in new versions: treat them by their <code>type</code>.</p>\
         <p><a href=\"/docs\">API reference</a></p>",
    );
    for code in paylera_shared::ErrorCode::ALL {
        let _ = write!(
            html,
            "<section class=\"op\" id=\"{code}\"><h2><code>{code}</code></h2><p>{}</p></section>",
            escape(code.description()),
        );
    }
    html.push_str("</main></body></html>");
    html
}

/// Renders the reference page: every operation with its method, path, summary
/// and description, grouped as in the document.
pub fn render_docs(doc: &openapi::OpenApi) -> String {
    let mut html = page_head("Paylera API reference");
    // Redoc renders the document in place of this list; without JavaScript, the list stays.
    let _ = write!(
        html,
        "<div id=\"reference\"><h1>{}</h1><p>{}</p><p>Machine-readable: <a href=\"/v1/openapi.json\"><code>/v1/openapi.json</code></a> (OpenAPI 3.1). Every error code: <a href=\"/docs/errors\">errors</a>.</p>",
        escape(&doc.info.title),
        escape(doc.info.description.as_deref().unwrap_or_default())
    );
    for (path, item) in &doc.paths.paths {
        let operations = [
            ("get", &item.get),
            ("post", &item.post),
            ("put", &item.put),
            ("patch", &item.patch),
            ("delete", &item.delete),
        ];
        for (method, operation) in operations {
            let Some(op) = operation else { continue };
            let _ = write!(
                html,
                "<section class=\"op\"><h2><span class=\"m\">{method}</span> <code>{}</code></h2><p><strong>{}</strong></p><p>{}</p></section>",
                escape(path),
                escape(op.summary.as_deref().unwrap_or_default()),
                escape(op.description.as_deref().unwrap_or_default()),
            );
        }
    }
    html.push_str("<h1 id=\"webhooks\">Webhook events</h1><p>Each is a signed <code>POST</code> of an event to your endpoint (Standard Webhooks); <code>data.object</code> is the object named.</p>");
    for kind in EventType::ALL {
        let _ = write!(
            html,
            "<section class=\"op\" id=\"event-{kind}\"><h2><span class=\"m\">event</span> <code>{kind}</code></h2><p><code>data.object</code>: <code>{}</code></p></section>",
            event_object_schema(*kind)
        );
    }
    let _ = write!(
        html,
        "</div><script src=\"{}\" defer></script><script src=\"/docs/assets/reference.js\" defer></script></main></body></html>",
        crate::routes::reference::redoc_path()
    );
    html
}
