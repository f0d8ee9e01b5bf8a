//! Portal configurations as objects (ADR 0014): created and changed field by field
//! ([`ConfigurationChange`]: absent keeps, `null` resets to the default, unknown fields
//! refused), one of them the tenant's default, every change audited in its transaction
//! with who made it and each field before and after.

use paylera_shared::{
    ErrorCode,
    patch::Patch,
    portal::configuration::{ConfigurationChange, PortalConfigurationObject},
};
use serde_json::{Map, Value, json};

use crate::{
    db::{Db, Tx},
    domain::{
        Invalid, from_unix,
        portal::features::{self, PortalConfiguration},
    },
    error::ApiError,
    middleware::auth::Caller,
    store::{self, portal_configurations::StoredConfiguration},
};

/// Most configurations a tenant may have.
pub const MAX_CONFIGURATIONS: i64 = 50;

/// A stored configuration as the API sends it.
pub fn to_object(stored: StoredConfiguration) -> PortalConfigurationObject {
    PortalConfigurationObject {
        id: stored.id,
        object: "portal_configuration".to_owned(),
        name: stored.name,
        is_default: stored.is_default,
        created: from_unix(stored.created),
        updated: from_unix(stored.updated),
        settings: super::view(stored.settings),
    }
}

/// `base` with the settings of `change`, normalised and checked. Errors name the field.
fn settings_after(
    base: &PortalConfiguration,
    change: &ConfigurationChange,
    test_mode: bool,
) -> Result<PortalConfiguration, Invalid> {
    if change.id.is_some() {
        return Err(Invalid::new(
            "id",
            ErrorCode::ParameterInvalid,
            "id names a configuration only in a portal session's `configuration`.",
        ));
    }
    let mut settings = features::apply(base, change);
    settings.accent_color = features::parse_color(&settings.accent_color).map_err(|e| e.under("accent_color"))?;
    features::validate(&settings, test_mode)?;
    Ok(settings)
}

/// The name after `patch` ([`crate::domain::display_name`]'s rules).
fn name_after(current: Option<String>, patch: &Patch<String>) -> Result<Option<String>, Invalid> {
    crate::domain::display_name(patch.clone().apply(current))
}

/// Each top-level field whose value differs: `{"field": {"before": …, "after": …}}`.
fn diff(before: &Value, after: &Value) -> Map<String, Value> {
    let empty = Map::new();
    let before = before.as_object().unwrap_or(&empty);
    let after = after.as_object().unwrap_or(&empty);
    after
        .iter()
        .filter(|(key, value)| before.get(*key) != Some(*value))
        .map(|(key, value)| {
            (
                key.clone(),
                json!({"before": before.get(key).cloned().unwrap_or(Value::Null), "after": value}),
            )
        })
        .collect()
}

/// What the audit log compares: the name, whether it is the default, and the settings.
fn audited(name: &Option<String>, is_default: bool, settings: &PortalConfiguration) -> Result<Value, ApiError> {
    let mut value = serde_json::to_value(settings)?;
    if let Some(object) = value.as_object_mut() {
        object.insert("name".to_owned(), json!(name));
        object.insert("is_default".to_owned(), json!(is_default));
    }
    Ok(value)
}

/// `POST /v1/portal/configurations`: a new configuration, the defaults with `change` on top.
/// Answers the open transaction: the caller commits it with its response.
pub async fn create(
    db: &Db,
    caller: &Caller,
    change: ConfigurationChange,
) -> Result<(Tx, PortalConfigurationObject), ApiError> {
    let defaults = PortalConfiguration::default();
    let settings = settings_after(&defaults, &change, !caller.is_live())?;
    if let Patch::Value(logo) = &change.logo {
        store::files::require_logo(db, &caller.tenant_id, logo, "logo").await?;
    }
    let name = name_after(None, &change.name)?;
    let make_default = change.is_default == Some(true);
    let mut tx = db.begin().await?;
    if store::portal_configurations::count(&mut tx, &caller.tenant_id).await? >= MAX_CONFIGURATIONS {
        return Err(Invalid::new(
            "",
            ErrorCode::ParameterInvalid,
            format!("A tenant has at most {MAX_CONFIGURATIONS} portal configurations: change one instead."),
        )
        .into());
    }
    let mut stored =
        store::portal_configurations::create(&mut tx, &caller.tenant_id, name.as_deref(), &settings).await?;
    if make_default {
        store::portal_configurations::make_default(&mut tx, &caller.tenant_id, &stored.id).await?;
        stored.is_default = true;
    }
    let changes = diff(
        &audited(&None, false, &defaults)?,
        &audited(&stored.name, stored.is_default, &stored.settings)?,
    );
    store::portal_configurations::record_change(
        &mut tx,
        &caller.tenant_id,
        &stored.id,
        &caller.actor(),
        "created",
        &changes,
    )
    .await?;
    Ok((tx, to_object(stored)))
}

/// `POST /v1/portal/configurations/{id}` (and the default's alias, `id` `None`): `change`
/// applied field by field. Answers the open transaction: the caller commits it with its
/// response.
pub async fn update(
    db: &Db,
    caller: &Caller,
    id: Option<&str>,
    change: ConfigurationChange,
) -> Result<(Tx, PortalConfigurationObject), ApiError> {
    if let Patch::Value(logo) = &change.logo {
        store::files::require_logo(db, &caller.tenant_id, logo, "logo").await?;
    }
    let mut tx = db.begin().await?;
    let mut stored = store::portal_configurations::lock(&mut tx, &caller.tenant_id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("portal configuration", id.unwrap_or_default()))?;
    if change.is_default == Some(false) && stored.is_default {
        return Err(Invalid::new(
            "is_default",
            ErrorCode::ParameterInvalid,
            "A tenant always has a default configuration: make another one the default instead.",
        )
        .into());
    }
    let before = audited(&stored.name, stored.is_default, &stored.settings)?;
    stored.settings = settings_after(&stored.settings, &change, !caller.is_live())?;
    stored.name = name_after(stored.name.take(), &change.name)?;
    if change.is_default == Some(true) && !stored.is_default {
        store::portal_configurations::make_default(&mut tx, &caller.tenant_id, &stored.id).await?;
        stored.is_default = true;
    }
    let changes = diff(&before, &audited(&stored.name, stored.is_default, &stored.settings)?);
    if !changes.is_empty() {
        store::portal_configurations::update(&mut tx, &caller.tenant_id, &mut stored).await?;
        store::portal_configurations::record_change(
            &mut tx,
            &caller.tenant_id,
            &stored.id,
            &caller.actor(),
            "updated",
            &changes,
        )
        .await?;
    }
    Ok((tx, to_object(stored)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_diff_names_each_changed_field_with_before_and_after() {
        let before = json!({"a": 1, "b": "x", "c": null});
        let after = json!({"a": 1, "b": "y", "c": [1]});
        assert_eq!(
            Value::Object(diff(&before, &after)),
            json!({"b": {"before": "x", "after": "y"}, "c": {"before": null, "after": [1]}})
        );
    }

    #[test]
    fn a_name_is_trimmed_blank_is_none_and_long_is_refused() {
        assert_eq!(
            name_after(None, &Patch::Value("  Emails ".into())),
            Ok(Some("Emails".into()))
        );
        assert_eq!(name_after(Some("Old".into()), &Patch::Value("   ".into())), Ok(None));
        assert_eq!(name_after(Some("Old".into()), &Patch::Absent), Ok(Some("Old".into())));
        assert_eq!(name_after(Some("Old".into()), &Patch::Null), Ok(None));
        assert!(name_after(None, &Patch::Value("x".repeat(crate::domain::MAX_NAME_CHARS + 1))).is_err());
    }

    #[test]
    fn a_change_cannot_name_an_id_outside_a_session() {
        let change = ConfigurationChange {
            id: Some("bpc_1".into()),
            ..ConfigurationChange::default()
        };
        assert_eq!(
            settings_after(&PortalConfiguration::default(), &change, true).map_err(|e| e.param),
            Err("id".to_owned())
        );
    }
}
