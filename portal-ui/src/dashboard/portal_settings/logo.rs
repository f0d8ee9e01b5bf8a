//! `POST /settings/portal/logo`: the logo upload of the branding section, a form of its
//! own (`multipart/form-data`; its file input sits in the settings form's branding
//! fieldset through the `form` attribute: forms cannot nest).
//!
//! The image goes to `POST /v1/files` (`business_logo`: the API checks it is a PNG or
//! JPEG of at most 128 KiB and 2,048 pixels a side by its contents), then the
//! configuration's `logo` is set to it as one audited change; "Remove logo" clears it.
//! A refusal comes back as the settings page with the API's message at the logo.

use axum::{
    extract::{Extension, State},
    response::{IntoResponse as _, Redirect, Response},
};
use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
use http::StatusCode;
use paylera_shared::{
    file::{CreateFileRequest, FilePurpose},
    patch::Patch,
    portal::configuration::ConfigurationChange,
};

use super::{PortalForm, Problems, load, render};
use crate::dashboard::{DashboardState, guard::MultipartForm, layout, member::Member, texts::DashboardText as D};
use crate::i18n::t;

/// `POST /settings/portal/logo`: `configuration`, and `file` (an image) or `remove`.
pub async fn upload_logo(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    form: Option<Extension<MultipartForm>>,
) -> Response {
    // Read by `guard::csrf_guard`; a post that is not multipart has no parts.
    let Extension(fields) = form.unwrap_or_default();
    let (configurations, current) = match load(&state, &member, fields.text("configuration").as_deref()).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let refuse = |message: String, status: StatusCode| {
        let form = PortalForm {
            name: current.name.clone(),
            settings: current.settings.settings.clone(),
        };
        let problems = Problems {
            not_numbers: Vec::new(),
            refused: Some((Some("logo".to_owned()), message)),
        };
        render(&state, &member, &configurations, &current, form, problems, None, status)
    };
    let api = member.api(&state);
    let logo = if fields.text("remove").is_some() {
        Patch::Null
    } else {
        let image = fields
            .bytes("file")
            .filter(|contents| !contents.is_empty())
            .map(|contents| BASE64.encode(contents));
        let Some(image) = image else {
            return refuse(t(member.locale, D::LogoMissing).to_owned(), StatusCode::BAD_REQUEST).await;
        };
        let upload = CreateFileRequest {
            purpose: FilePurpose::BusinessLogo,
            file: image,
        };
        match api.create_file(&upload).await {
            Ok(file) => Patch::Value(file.id),
            Err(error) => match error.envelope().filter(|_| error.status() == Some(400)) {
                Some(envelope) => {
                    return refuse(envelope.error.message.clone(), StatusCode::BAD_REQUEST).await;
                }
                None => return layout::api_failure(member.locale, &error),
            },
        }
    };
    let change = ConfigurationChange {
        logo,
        ..ConfigurationChange::default()
    };
    match api.update_portal_configuration(&current.id, &change).await {
        Ok(saved) => Redirect::to(&format!("/settings/portal?configuration={}&saved=1", saved.id)).into_response(),
        Err(error) => layout::api_failure(member.locale, &error),
    }
}
