//! The team: who may sign in and with which role, invitations (owners), and the
//! signed-in member's own two-step sign-in (TOTP).
//!
//! | route | what it does |
//! |-------|--------------|
//! | `GET /team` | the members; the invitation form (owners); the member's two-step sign-in |
//! | `POST /team/invitations` | `POST /v1/dashboard/invitations`; the invitation link, shown once |
//! | `POST /team/totp` | `POST /v1/dashboard/session/totp`; the new key, shown once, and the code form |
//! | `POST /team/totp/confirm` | `POST …/totp/confirm` with the code: two-step sign-in on |
//! | `POST /team/members/{id}` | `POST /v1/dashboard/members/{id}` with the chosen role (owners) |
//! | `POST /team/members/{id}/remove` | `DELETE /v1/dashboard/members/{id}` (owners); removing oneself signs out |
//!
//! Removing a member asks twice without script: the button that does it is inside a
//! closed `<details>`. The API keeps the team's last owner (`last_owner`): its message
//! is shown above the members.
//! Paylera sends no email: the owner passes the invitation link on. Like every secret
//! the dashboard shows (`layout::secret_once`), the link and the TOTP key are only in
//! the page that answers the post that made them.

use axum::{
    body::Bytes,
    extract::{Extension, State},
    response::{IntoResponse as _, Response},
};
use http::StatusCode;
use leptos::prelude::*;
use paylera_shared::{
    dashboard::{
        ConfirmTotpRequest, CreateInvitationRequest, Role, TeamMember, TotpEnrolment, UpdateTeamMemberRequest,
    },
    ids::TeamMemberId,
};

use super::{
    DashboardState,
    guard::{PathId, form_field},
    layout::{self, Frame, Nav, role_text, secret_once, table, when},
    member::Member,
    texts::DashboardText as D,
};
use crate::i18n::{Locale, t, t_with};
use crate::server::csrf::mask;

/// What the team page shows above the members.
enum Shown {
    Nothing,
    /// A new invitation's link.
    Invited {
        email: String,
        link: String,
    },
    /// The API refused something; its message, at the form that sent it.
    Refused {
        form: Form,
        message: String,
    },
    /// TOTP enrolment started: the key and the code form.
    Enrolling(TotpEnrolment),
    /// Two-step sign-in just turned on.
    TotpOn,
    /// A member's role changed, or a member left: what happened, in words.
    Done(String),
}

/// Which form a refusal belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Invite,
    Totp,
    Members,
}

/// `GET /team`.
pub async fn show(State(state): State<DashboardState>, Extension(member): Extension<Member>) -> Response {
    page(&state, &member, Shown::Nothing, StatusCode::OK).await
}

/// `POST /team/invitations`: `email`, `role`.
pub async fn invite(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    body: Bytes,
) -> Response {
    let role = form_field(&body, "role")
        .and_then(|role| role.parse::<Role>().ok())
        .unwrap_or(Role::Viewer);
    let request = CreateInvitationRequest {
        email: form_field(&body, "email").unwrap_or_default().trim().to_owned(),
        role,
    };
    match member.api(&state).create_invitation(&request).await {
        Ok(invitation) => {
            let link = format!(
                "{}/invitations/{}",
                state.public_url,
                invitation.token.unwrap_or_default()
            );
            let shown = Shown::Invited {
                email: invitation.email,
                link,
            };
            page(&state, &member, shown, StatusCode::OK).await
        }
        Err(error) => refused(&state, &member, Form::Invite, &error).await,
    }
}

/// `POST /team/totp`.
pub async fn begin_totp(State(state): State<DashboardState>, Extension(member): Extension<Member>) -> Response {
    match member.api(&state).begin_totp().await {
        Ok(enrolment) => page(&state, &member, Shown::Enrolling(enrolment), StatusCode::OK).await,
        Err(error) => layout::api_failure(member.locale, &error),
    }
}

/// `POST /team/totp/confirm`: `code`.
pub async fn confirm_totp(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    body: Bytes,
) -> Response {
    let request = ConfirmTotpRequest {
        code: form_field(&body, "code").unwrap_or_default(),
    };
    match member.api(&state).confirm_totp(&request).await {
        Ok(_) => page(&state, &member, Shown::TotpOn, StatusCode::OK).await,
        Err(error) => refused(&state, &member, Form::Totp, &error).await,
    }
}

/// `POST /team/members/{id}`: `role`.
pub async fn change_role(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<TeamMemberId>,
    body: Bytes,
) -> Response {
    let Some(role) = form_field(&body, "role").and_then(|role| role.parse::<Role>().ok()) else {
        return layout::problem(
            member.locale,
            StatusCode::BAD_REQUEST,
            D::NotFoundHeading,
            D::NotFoundText,
        );
    };
    match member
        .api(&state)
        .update_team_member(&id, &UpdateTeamMemberRequest { role })
        .await
    {
        Ok(changed) => {
            let locale = member.locale;
            let role = role_text(locale, changed.role);
            let done = t_with(
                locale,
                D::MemberRoleChanged,
                &[("email", &changed.email), ("role", role)],
            );
            page(&state, &member, Shown::Done(done), StatusCode::OK).await
        }
        Err(error) => refused(&state, &member, Form::Members, &error).await,
    }
}

/// `POST /team/members/{id}/remove`. A member who removes themselves is signed out
/// with it (the API ended their session): they go to the sign-in page.
pub async fn remove(
    State(state): State<DashboardState>,
    Extension(member): Extension<Member>,
    PathId(id): PathId<TeamMemberId>,
) -> Response {
    match member.api(&state).remove_team_member(&id).await {
        Ok(_) if id == member.session.member.id => axum::response::Redirect::to("/sign-in").into_response(),
        Ok(removed) => {
            let done = t_with(member.locale, D::MemberRemoved, &[("email", &removed.email)]);
            page(&state, &member, Shown::Done(done), StatusCode::OK).await
        }
        Err(error) => refused(&state, &member, Form::Members, &error).await,
    }
}

/// The page again with the API's `400` message at `form`; any other failure is the
/// failure page.
async fn refused(
    state: &DashboardState,
    member: &Member,
    form: Form,
    error: &paylera_shared::client::ClientError,
) -> Response {
    match error.envelope().filter(|_| error.status() == Some(400)) {
        Some(envelope) => {
            let shown = Shown::Refused {
                form,
                message: envelope.error.message.clone(),
            };
            page(state, member, shown, StatusCode::BAD_REQUEST).await
        }
        None => layout::api_failure(member.locale, error),
    }
}

async fn page(state: &DashboardState, member: &Member, shown: Shown, status: StatusCode) -> Response {
    let locale = member.locale;
    let members = match member.api(state).list_team_members().await {
        Ok(list) => list.data,
        Err(error) => return layout::api_failure(locale, &error),
    };
    let csrf = mask(&member.csrf);
    let owner = member.session.member.role >= Role::Owner;
    // The member's own row, read just now: the session's copy may predate a change
    // this very request made.
    let totp_on = members
        .iter()
        .any(|listed| listed.id == member.session.member.id && listed.totp_enabled);
    let html = layout::page(
        Frame {
            locale,
            title: t(locale, D::NavTeam).to_owned(),
            nav: Nav::Team,
            member: Some(member),
            csrf: Some(&member.csrf),
            path: "/team",
        },
        move || {
            let message_for = |form: Form| match &shown {
                Shown::Refused { form: refused, message } if *refused == form => Some(message.clone()),
                _ => None,
            };
            let invite_refused = message_for(Form::Invite);
            let totp_refused = message_for(Form::Totp);
            let members_refused = refusal(message_for(Form::Members));
            // Owners get a last column (actions, its heading for screen readers only).
            let mut columns = vec![
                Some(D::NameColumn),
                Some(D::EmailColumn),
                Some(D::RoleColumn),
                Some(D::TwoStepColumn),
                Some(D::LastSignInColumn),
            ];
            if owner {
                columns.push(None);
            }
            let done = match &shown {
                Shown::Done(text) => Some(view! { <p class="message" role="status">{text.clone()}</p> }),
                _ => None,
            };
            let invited = match &shown {
                Shown::Invited { email, link } => Some(secret_once(
                    locale,
                    t_with(locale, D::InvitationLinkLabel, &[("email", email)]),
                    link.clone(),
                )),
                _ => None,
            };
            let invite = owner.then(|| invite_form(locale, &csrf, invite_refused));
            let two_step = two_step(locale, &csrf, &shown, totp_on, totp_refused);
            view! {
                <h1>{t(locale, D::NavTeam)}</h1>
                <p class="lead">{t(locale, D::TeamLead)}</p>
                {invited}
                {done}
                {members_refused}
                {table(locale, "card team", &columns, member_rows(locale, members, owner.then_some(csrf.as_str())))}
                {invite}
                {two_step}
            }
            .into_any()
        },
    );
    (status, html).into_response()
}

/// The members' rows; with `manage` (an owner's CSRF token), each row's role and
/// removal forms.
fn member_rows(locale: Locale, members: Vec<TeamMember>, manage: Option<&str>) -> AnyView {
    members
        .into_iter()
        .map(|member| {
            let last = member
                .last_sign_in
                .map_or_else(|| t(locale, D::Never).to_owned(), |at| when(locale, at));
            let two_step = t(locale, if member.totp_enabled { D::On } else { D::Off });
            let manage =
                manage.map(|csrf| view! { <td class="member-actions">{manage_forms(locale, csrf, &member)}</td> });
            view! {
                <tr data-team-member=member.email.clone()>
                    <td>{member.name.clone().unwrap_or_default()}</td>
                    <td>{member.email.clone()}</td>
                    <td>{role_text(locale, member.role)}</td>
                    <td>{two_step}</td>
                    <td>{last}</td>
                    {manage}
                </tr>
            }
        })
        .collect_view()
        .into_any()
}

/// An owner's forms on a member's row: another role, and removal behind a `<details>`.
fn manage_forms(locale: Locale, csrf: &str, member: &TeamMember) -> AnyView {
    let select_id = format!("role-{}", member.id);
    let roles = [Role::Viewer, Role::Admin, Role::Owner]
        .into_iter()
        .map(|role| {
            view! { <option value=role.as_str() selected=role == member.role>{role_text(locale, role)}</option> }
        })
        .collect_view();
    view! {
        <form method="post" action=format!("/team/members/{}", member.id) class="inline-form">
            <input type="hidden" name="csrf" value=csrf.to_owned()/>
            <label class="visually-hidden" for=select_id.clone()>
                {t_with(locale, D::RoleOf, &[("email", &member.email)])}
            </label>
            <select id=select_id name="role">{roles}</select>
            <button type="submit" class="button button--secondary">{t(locale, D::ChangeRole)}</button>
        </form>
        <details>
            <summary>{t(locale, D::RemoveMember)}</summary>
            <form method="post" action=format!("/team/members/{}/remove", member.id)>
                <input type="hidden" name="csrf" value=csrf.to_owned()/>
                <button type="submit" class="button button--danger">
                    {t_with(locale, D::RemoveConfirm, &[("email", &member.email)])}
                </button>
            </form>
        </details>
    }
    .into_any()
}

/// The API's refusal of a form, under its fields.
fn refusal(message: Option<String>) -> Option<AnyView> {
    message.map(|message| view! { <p class="field__error" role="alert">{message}</p> }.into_any())
}

fn invite_form(locale: Locale, csrf: &str, refused: Option<String>) -> AnyView {
    let roles = [Role::Viewer, Role::Admin, Role::Owner]
        .into_iter()
        .map(|role| view! { <option value=role.as_str()>{role_text(locale, role)}</option> })
        .collect_view();
    view! {
        <form method="post" action="/team/invitations" class="card stack" aria-labelledby="invite-heading">
            <h2 id="invite-heading">{t(locale, D::InviteHeading)}</h2>
            <p>{t(locale, D::InviteLead)}</p>
            <input type="hidden" name="csrf" value=csrf.to_owned()/>
            <div class="field">
                <label for="invite-email">{t(locale, D::EmailColumn)}</label>
                <input id="invite-email" name="email" type="email" required maxlength="254" autocomplete="off"/>
            </div>
            <div class="field">
                <label for="invite-role">{t(locale, D::RoleColumn)}</label>
                <select id="invite-role" name="role" aria-describedby="invite-role-hint">{roles}</select>
                <p class="field__hint" id="invite-role-hint">{t(locale, D::RoleHint)}</p>
            </div>
            {refusal(refused)}
            <button type="submit" class="button">{t(locale, D::Invite)}</button>
        </form>
    }
    .into_any()
}

/// The member's own two-step sign-in: on, being set up (the key and the code form), or
/// off (the button that starts it).
fn two_step(locale: Locale, csrf: &str, shown: &Shown, on: bool, refused: Option<String>) -> AnyView {
    let csrf = csrf.to_owned();
    let code_csrf = csrf.clone();
    let code_form = move |refused: Option<String>| {
        view! {
            <form method="post" action="/team/totp/confirm" class="stack">
                <input type="hidden" name="csrf" value=code_csrf.clone()/>
                <div class="field">
                    <label for="totp-code">{t(locale, D::TotpLabel)}</label>
                    <input
                        id="totp-code"
                        name="code"
                        inputmode="numeric"
                        autocomplete="one-time-code"
                        pattern="[0-9 ]{6,7}"
                        maxlength="7"
                        required
                    />
                </div>
                {refusal(refused)}
                <button type="submit" class="button">{t(locale, D::TotpConfirm)}</button>
            </form>
        }
    };
    let body = match shown {
        Shown::TotpOn => view! { <p role="status" data-totp="on">{t(locale, D::TotpEnabled)}</p> }.into_any(),
        _ if on => view! { <p data-totp="on">{t(locale, D::TotpOnLead)}</p> }.into_any(),
        Shown::Enrolling(enrolment) => view! {
            <p>{t(locale, D::TotpScanLead)}</p>
            {secret_once(locale, t(locale, D::TotpSecretLabel).to_owned(), enrolment.secret.clone())}
            <p>
                <a href=enrolment.otpauth_uri.clone()>{t(locale, D::TotpUriLink)}</a>
            </p>
            {code_form(refused)}
        }
        .into_any(),
        Shown::Refused { form: Form::Totp, .. } => code_form(refused).into_any(),
        _ => view! {
            <p>{t(locale, D::TotpOffLead)}</p>
            <form method="post" action="/team/totp">
                <input type="hidden" name="csrf" value=csrf.clone()/>
                <button type="submit" class="button button--secondary">{t(locale, D::TotpBegin)}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <section class="card stack" aria-labelledby="two-step-heading">
            <h2 id="two-step-heading">{t(locale, D::TotpHeading)}</h2>
            {body}
        </section>
    }
    .into_any()
}
