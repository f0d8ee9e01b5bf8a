//! What every module page shares: the guard that decides whether the page exists for
//! this visitor ([`ModulePage`]), the page that says the session has ended
//! ([`SessionEndedCard`]), and the two live messages — a failure ([`ProblemMessage`],
//! `role="alert"`) and an outcome ([`StatusMessage`], `role="status"`).
//!
//! Rules every module page follows (see `docs/portal-ui.md`):
//! - A hidden module has no page: [`ModulePage`] renders the not-found page (`404`).
//! - Every form is a plain HTML form posting to a server function (works without
//!   JavaScript), rendered with `ActionForm` (no reload with JavaScript), with a hidden
//!   `csrf` field ([`CsrfField`]).
//! - Field errors are tied to their field (`aria-invalid`, `aria-describedby`); the
//!   form's problem is announced ([`ProblemMessage`]).
//! - Without JavaScript a successful form post lands on the page with `?done=<what>`,
//!   which the page turns into a [`StatusMessage`]; with JavaScript the action's value
//!   does the same.

use leptos::prelude::*;
use leptos_router::{
    components::Redirect,
    hooks::{use_location, use_query_map},
};

use crate::catalog;
use crate::i18n::{Key, t, t_with, use_locale};
use crate::pages::{flow, link::ReturnLink, not_found::NotFound};
use crate::problem::Problem;
use crate::session::{CSRF_FIELD, Module, SignedIn, Visitor, use_visitor};

/// The page of `module` for a signed-in customer whose configuration enables it; for
/// anyone else the not-found page (a hidden module has no page), or the page saying
/// the session has ended.
///
/// During a deep-link flow it sends the customer to the flow's task instead (see
/// [`flow::guard_target`]).
///
/// `children` renders the page for the [`SignedIn`] customer. It runs more than once
/// during the server render: create the page's resources outside it, in the page
/// component (see `docs/portal-ui.md`, "A module page").
#[component]
pub fn ModulePage<F, V>(module: Module, children: F) -> impl IntoView
where
    F: Fn(SignedIn) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let visitor = use_visitor();
    let path = use_location().pathname;
    let children = std::sync::Arc::new(children);
    view! {
        <Suspense fallback=|| ()>
            {
                let children = children.clone();
                move || {
                    let children = children.clone();
                    visitor
                        .get()
                        .map(move |visitor| match visitor {
                            Ok(Visitor::SignedIn(signed_in)) => {
                                match flow::guard_target(&signed_in, &path.get_untracked()) {
                                    Some(target) => view! { <Redirect path=target/> }.into_any(),
                                    None if signed_in.overview.as_ref().is_some_and(|o| o.has(module)) => {
                                        children(*signed_in).into_any()
                                    }
                                    None => view! { <NotFound/> }.into_any(),
                                }
                            }
                            Ok(Visitor::SignedOut) => view! { <NotFound/> }.into_any(),
                            Ok(Visitor::Ended { return_to }) => view! { <SessionEndedCard return_to/> }.into_any(),
                            Err(problem) => view! { <ProblemCard problem/> }.into_any(),
                        })
                }
            }
        </Suspense>
    }
}

/// "Your session has ended", with "Return to {merchant}" when the URL is known.
#[component]
pub fn SessionEndedCard(return_to: Option<ReturnLink>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="card" aria-labelledby="ended-heading" data-session-ended="true">
            <h1 id="ended-heading">{t(locale, LayoutText::SessionEndedHeading)}</h1>
            <p>{t(locale, LayoutText::SessionEndedAdvice)}</p>
            {return_to
                .map(|ReturnLink { url, merchant }| {
                    view! {
                        <p>
                            <a class="button" href=url rel="external">
                                {t_with(locale, Key::ReturnTo, &[("merchant", &merchant)])}
                            </a>
                        </p>
                    }
                })}
        </section>
    }
}

/// A page-level failure (the page's data could not be loaded).
#[component]
pub fn ProblemCard(problem: Problem) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="card" aria-labelledby="problem-heading">
            <h1 id="problem-heading">{t(locale, LayoutText::ProblemHeading)}</h1>
            <p role="alert">{problem.message(locale)}</p>
            <p>
                <a href="/">{t(locale, Key::NotFoundHomeLink)}</a>
            </p>
        </section>
    }
}

/// The hidden field that carries the CSRF token in every form.
#[component]
pub fn CsrfField(token: String) -> impl IntoView {
    view! { <input type="hidden" name=CSRF_FIELD value=token/> }
}

/// The failure of a form, announced as it appears (`role="alert"`); nothing when
/// `problem` is `None`. `id` lets fields point at it with `aria-describedby`.
#[component]
pub fn ProblemMessage(
    #[prop(into)] problem: Signal<Option<Problem>>,
    #[prop(optional)] id: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let id = (!id.is_empty()).then_some(id);
    view! {
        <div class="message message--error" role="alert" id=id hidden=move || problem.get().is_none()>
            {move || problem.get().map(|problem| problem.message(locale))}
        </div>
    }
}

/// The outcome of an action, announced politely (`role="status"`); always in the page
/// so screen readers pick up the change.
#[component]
pub fn StatusMessage(#[prop(into)] text: Signal<Option<String>>) -> impl IntoView {
    view! {
        <div class="message message--success" role="status" aria-live="polite">
            {move || text.get()}
        </div>
    }
}

/// The `?done=<what>` of a form posted without JavaScript (see the module docs).
pub fn done_param() -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("done"))
}

/// How long before the session ends the warning appears.
pub const WARN_BEFORE_SECONDS: i64 = 5 * 60;

/// A warning shown (hydrated pages only) [`WARN_BEFORE_SECONDS`] before the session
/// would end for inactivity or age, with "Stay signed in", which makes a request and so
/// moves the idle deadline. Typing into a form does not talk to the server; this keeps
/// a customer who is still filling one in from losing it. Without JavaScript nothing
/// shows: a form posted after the end says so, with the values given back.
#[component]
pub fn SessionWarning() -> impl IntoView {
    let locale = use_locale();
    let visitor = use_visitor();
    let (expires_at, set_expires_at) = signal(None::<i64>);
    let (now, set_now) = signal(0_i64);
    let keep_alive = ServerAction::<KeepAlive>::new();

    // The deadline from the visitor, then from each "Stay signed in".
    Effect::new(move |_| {
        if let Some(Ok(Visitor::SignedIn(signed_in))) = visitor.get() {
            set_expires_at.set(signed_in.overview.as_ref().and_then(|o| o.expires_at));
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(Some(at))) = keep_alive.value().get() {
            set_expires_at.set(Some(at));
        }
    });
    // A clock that ticks every 15 s in the browser (effects never run on the server).
    Effect::new(move |_| {
        set_now.set(unix_now());
        let handle = set_interval_with_handle(move || set_now.set(unix_now()), std::time::Duration::from_secs(15));
        on_cleanup(move || {
            if let Ok(handle) = handle {
                handle.clear();
            }
        });
    });

    let remaining = move || expires_at.get().map(|at| at - now.get()).filter(|_| now.get() > 0);
    let csrf = move || {
        visitor
            .get()
            .and_then(|v| v.ok())
            .and_then(|v| v.signed_in().map(|s| s.csrf_token.clone()))
            .unwrap_or_default()
    };
    view! {
        <Show when=move || remaining().is_some_and(|left| left > 0 && left <= WARN_BEFORE_SECONDS)>
            <div class="message message--warning session-warning" role="alert" data-session-warning="true">
                <span>
                    {move || {
                        let minutes = remaining().map_or(1, |left| (left + 59) / 60).max(1);
                        t_with(locale, LayoutText::SessionEndingSoon, &[("minutes", &minutes.to_string())])
                    }}
                </span>
                <ActionForm action=keep_alive>
                    <input type="hidden" name=CSRF_FIELD value=csrf/>
                    <button type="submit" class="button button--secondary">{t(locale, LayoutText::StaySignedIn)}</button>
                </ActionForm>
            </div>
        </Show>
    }
}

/// "Stay signed in": any request moves the session's idle deadline; this one answers
/// the new deadline (unix seconds).
#[server(endpoint = "keep_alive", prefix = "/api")]
pub async fn keep_alive(csrf: String) -> Result<Option<i64>, Problem> {
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let session = customer
        .api
        .current_portal_session()
        .await
        .map_err(crate::server::actions::problem)?;
    Ok(session.session_expires_at.map(|at| at.timestamp()))
}

/// Seconds since the Unix epoch, from the browser's clock (`0` on the server, where the
/// warning never renders).
fn unix_now() -> i64 {
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    {
        (js_sys::Date::now() / 1000.0) as i64
    }
    #[cfg(not(any(feature = "hydrate", feature = "csr")))]
    {
        0
    }
}

catalog! {
    /// Texts shared by every module page.
    pub enum LayoutText {
        SessionEndedHeading => {
            En: "Your session has ended", Fr: "Votre session a pris fin", De: "Ihre Sitzung ist beendet",
            Es: "Tu sesión ha finalizado", It: "La tua sessione è terminata", Nl: "Je sessie is beëindigd",
            Pt: "A sua sessão terminou", PtBr: "Sua sessão terminou", Sv: "Din session har avslutats",
            Da: "Din session er afsluttet", Nb: "Økten din er avsluttet", Fi: "Istuntosi on päättynyt",
            Pl: "Twoja sesja się zakończyła", Cs: "Vaše relace skončila", Ja: "セッションが終了しました",
            ZhHans: "您的会话已结束", Ko: "세션이 종료되었습니다", Tr: "Oturumunuz sona erdi",
            Ar: "انتهت جلستك", He: "הסשן הסתיים", Uk: "Ваш сеанс завершився",
            El: "Η περίοδος σύνδεσής σας έληξε",
        },
        SessionEndedAdvice => {
            En: "For your security, billing sessions end after a while or when you return to the merchant. To continue, go back to the merchant and open the billing portal again.",
            Fr: "Pour votre sécurité, les sessions de facturation prennent fin au bout d'un certain temps ou lorsque vous retournez sur le site du marchand. Pour continuer, retournez sur le site du marchand et ouvrez à nouveau le portail de facturation.",
            De: "Zu Ihrer Sicherheit enden Abrechnungssitzungen nach einiger Zeit oder wenn Sie zum Händler zurückkehren. Um fortzufahren, kehren Sie zum Händler zurück und öffnen Sie das Abrechnungsportal erneut.",
            Es: "Por tu seguridad, las sesiones de facturación finalizan al cabo de un tiempo o cuando vuelves al comercio. Para continuar, vuelve al comercio y abre de nuevo el portal de facturación.",
            It: "Per la tua sicurezza, le sessioni di fatturazione terminano dopo un po' di tempo o quando torni all'esercente. Per continuare, torna all'esercente e apri di nuovo il portale di fatturazione.",
            Nl: "Voor je veiligheid eindigen factureringssessies na een tijdje of wanneer je teruggaat naar de verkoper. Ga terug naar de verkoper en open het factuurportaal opnieuw om verder te gaan.",
            Pt: "Para sua segurança, as sessões de faturação terminam ao fim de algum tempo ou quando volta ao comerciante. Para continuar, volte ao comerciante e abra novamente o portal de faturação.",
            PtBr: "Para sua segurança, as sessões de cobrança terminam depois de algum tempo ou quando você volta ao lojista. Para continuar, volte ao lojista e abra o portal de cobrança de novo.",
            Sv: "För din säkerhet avslutas faktureringssessioner efter en stund eller när du går tillbaka till handlaren. Gå tillbaka till handlaren och öppna faktureringsportalen igen för att fortsätta.",
            Da: "Af hensyn til din sikkerhed afsluttes faktureringssessioner efter et stykke tid, eller når du går tilbage til forhandleren. Gå tilbage til forhandleren, og åbn faktureringsportalen igen for at fortsætte.",
            Nb: "Av sikkerhetshensyn avsluttes faktureringsøkter etter en stund eller når du går tilbake til forhandleren. For å fortsette går du tilbake til forhandleren og åpner faktureringsportalen igjen.",
            Fi: "Turvallisuutesi vuoksi laskutusistunnot päättyvät tietyn ajan kuluttua tai kun palaat kauppiaalle. Jatkaaksesi palaa kauppiaalle ja avaa laskutusportaali uudelleen.",
            Pl: "Dla Twojego bezpieczeństwa sesje rozliczeniowe kończą się po pewnym czasie lub po powrocie do sprzedawcy. Aby kontynuować, wróć do sprzedawcy i ponownie otwórz portal rozliczeń.",
            Cs: "Z bezpečnostních důvodů fakturační relace po určité době nebo po návratu k obchodníkovi skončí. Chcete-li pokračovat, vraťte se k obchodníkovi a znovu otevřete fakturační portál.",
            Ja: "安全のため、請求セッションは一定時間が経過するか、事業者のサイトに戻ると終了します。続けるには、事業者のサイトに戻り、請求ポータルをもう一度開いてください。",
            ZhHans: "为了您的安全，账单会话会在一段时间后或您返回商家时结束。如需继续，请返回商家并重新打开账单门户。",
            Ko: "보안을 위해 청구 세션은 일정 시간이 지나거나 업체로 돌아가면 종료됩니다. 계속하려면 업체로 돌아가 청구 포털을 다시 열어 주세요.",
            Tr: "Güvenliğiniz için fatura oturumları bir süre sonra veya işletmeye döndüğünüzde sona erer. Devam etmek için işletmeye dönün ve fatura portalını yeniden açın.",
            Ar: "حفاظًا على أمانك، تنتهي جلسات الفوترة بعد فترة أو عند عودتك إلى التاجر. للمتابعة، عُد إلى التاجر وافتح بوابة الفوترة مرة أخرى.",
            He: "למען אבטחתך, סשנים בפורטל החיובים מסתיימים אחרי זמן מה או כשחוזרים לבית העסק. כדי להמשיך, יש לחזור לבית העסק ולפתוח שוב את פורטל החיובים.",
            Uk: "З міркувань безпеки сеанси на порталі оплати завершуються через деякий час або коли ви повертаєтеся до продавця. Щоб продовжити, поверніться до продавця й знову відкрийте портал оплати.",
            El: "Για την ασφάλειά σας, οι περίοδοι σύνδεσης στην πύλη χρεώσεων λήγουν μετά από λίγη ώρα ή όταν επιστρέφετε στον έμπορο. Για να συνεχίσετε, επιστρέψτε στον έμπορο και ανοίξτε ξανά την πύλη χρεώσεων.",
        },
        ProblemHeading => {
            En: "Something went wrong", Fr: "Un problème est survenu", De: "Etwas ist schiefgelaufen",
            Es: "Se ha producido un error", It: "Si è verificato un problema", Nl: "Er is iets misgegaan",
            Pt: "Ocorreu um erro", PtBr: "Algo deu errado", Sv: "Något gick fel",
            Da: "Noget gik galt", Nb: "Noe gikk galt", Fi: "Jokin meni vikaan",
            Pl: "Coś poszło nie tak", Cs: "Něco se pokazilo", Ja: "問題が発生しました",
            ZhHans: "出现问题", Ko: "문제가 발생했습니다", Tr: "Bir sorun oluştu",
            Ar: "حدث خطأ", He: "משהו השתבש", Uk: "Щось пішло не так",
            El: "Κάτι πήγε στραβά",
        },
        NavLabel => {
            En: "Billing", Fr: "Facturation", De: "Abrechnung", Es: "Facturación", It: "Fatturazione", Nl: "Facturering",
            Pt: "Faturação", PtBr: "Cobrança", Sv: "Fakturering", Da: "Fakturering", Nb: "Fakturering", Fi: "Laskutus",
            Pl: "Rozliczenia", Cs: "Fakturace", Ja: "請求", ZhHans: "账单", Ko: "청구", Tr: "Faturalama",
            Ar: "الفوترة", He: "חיובים", Uk: "Оплата", El: "Χρεώσεις",
        },
        Overview => {
            En: "Overview", Fr: "Vue d'ensemble", De: "Übersicht", Es: "Resumen", It: "Panoramica", Nl: "Overzicht",
            Pt: "Vista geral", PtBr: "Visão geral", Sv: "Översikt", Da: "Oversigt", Nb: "Oversikt", Fi: "Yleiskatsaus",
            Pl: "Przegląd", Cs: "Přehled", Ja: "概要", ZhHans: "概览", Ko: "개요", Tr: "Genel bakış",
            Ar: "نظرة عامة", He: "סקירה כללית", Uk: "Огляд", El: "Επισκόπηση",
        },
        SessionEndingSoon => {
            En: "Your session ends in about {minutes} minutes. Stay to keep what you typed.",
            Fr: "Votre session prend fin dans environ {minutes} minutes. Restez connecté pour conserver votre saisie.",
            De: "Ihre Sitzung endet in etwa {minutes} Minuten. Bleiben Sie angemeldet, damit Ihre Eingaben erhalten bleiben.",
            Es: "Tu sesión finaliza en unos {minutes} minutos. Mantén la sesión iniciada para conservar lo que has escrito.",
            It: "La tua sessione termina tra circa {minutes} minuti. Resta connesso per non perdere ciò che hai inserito.",
            Nl: "Je sessie eindigt over ongeveer {minutes} minuten. Blijf ingelogd om te bewaren wat je hebt ingevuld.",
            Pt: "A sua sessão termina dentro de cerca de {minutes} minutos. Mantenha a sessão iniciada para não perder o que escreveu.",
            PtBr: "Sua sessão termina em cerca de {minutes} minutos. Continue conectado para não perder o que você digitou.",
            Sv: "Din session avslutas om cirka {minutes} minuter. Förbli inloggad för att behålla det du har skrivit.",
            Da: "Din session udløber om cirka {minutes} minutter. Forbliv logget ind for at beholde det, du har skrevet.",
            Nb: "Økten din avsluttes om omtrent {minutes} minutter. Forbli pålogget for å beholde det du har skrevet.",
            Fi: "Istuntosi päättyy noin {minutes} minuutin kuluttua. Pysy kirjautuneena, niin kirjoittamasi tiedot säilyvät.",
            Pl: "Twoja sesja zakończy się za około {minutes} min. Przedłuż ją, aby nie stracić wpisanych danych.",
            Cs: "Vaše relace skončí přibližně za {minutes} min. Prodlužte ji, abyste nepřišli o vyplněné údaje.",
            Ja: "セッションは約 {minutes} 分後に終了します。入力内容を保持するには、ログインを続けてください。",
            ZhHans: "您的会话将在约 {minutes} 分钟后结束。保持登录即可保留您已输入的内容。",
            Ko: "약 {minutes}분 후에 세션이 종료됩니다. 입력한 내용을 유지하려면 로그인 상태를 유지하세요.",
            Tr: "Oturumunuz yaklaşık {minutes} dakika içinde sona erecek. Yazdıklarınızı kaybetmemek için oturumunuzu açık tutun.",
            Ar: "ستنتهي جلستك خلال {minutes} دقيقة تقريبًا. مدِّد الجلسة للاحتفاظ بما كتبته.",
            He: "הסשן יסתיים בעוד כ־{minutes} דקות. כדי לשמור את מה שהקלדת, כדאי להישאר מחובר/ת.",
            Uk: "Ваш сеанс завершиться приблизно через {minutes} хв. Продовжте його, щоб зберегти введені дані.",
            El: "Η περίοδος σύνδεσής σας λήγει σε περίπου {minutes} λεπτά. Παραμείνετε συνδεδεμένοι για να διατηρήσετε όσα πληκτρολογήσατε.",
        },
        StaySignedIn => {
            En: "Stay signed in", Fr: "Rester connecté", De: "Angemeldet bleiben", Es: "Mantener la sesión iniciada",
            It: "Resta connesso", Nl: "Ingelogd blijven", Pt: "Manter sessão iniciada", PtBr: "Continuar conectado",
            Sv: "Förbli inloggad", Da: "Forbliv logget ind", Nb: "Forbli pålogget", Fi: "Pysy kirjautuneena",
            Pl: "Przedłuż sesję", Cs: "Prodloužit relaci", Ja: "ログインを続ける", ZhHans: "保持登录",
            Ko: "로그인 상태 유지", Tr: "Oturumu açık tut", Ar: "تمديد الجلسة", He: "להישאר מחובר/ת",
            Uk: "Продовжити сеанс", El: "Παραμονή σε σύνδεση",
        },
        BackToOverview => {
            En: "Back to overview", Fr: "Retour à la vue d'ensemble", De: "Zurück zur Übersicht", Es: "Volver al resumen",
            It: "Torna alla panoramica", Nl: "Terug naar overzicht", Pt: "Voltar à vista geral", PtBr: "Voltar à visão geral",
            Sv: "Tillbaka till översikten", Da: "Tilbage til oversigten", Nb: "Tilbake til oversikten", Fi: "Takaisin yleiskatsaukseen",
            Pl: "Powrót do przeglądu", Cs: "Zpět na přehled", Ja: "概要に戻る", ZhHans: "返回概览",
            Ko: "개요로 돌아가기", Tr: "Genel bakışa dön", Ar: "العودة إلى النظرة العامة", He: "חזרה לסקירה הכללית",
            Uk: "Назад до огляду", El: "Επιστροφή στην επισκόπηση",
        },
        /// The header of every signed-in page: whose account this is (`{account}`: the
        /// customer's name and email), so someone handed another person's link sees it.
        SignedInAs => {
            En: "Signed in as {account}", Fr: "Connecté en tant que {account}", De: "Angemeldet als {account}",
            Es: "Sesión iniciada como {account}", It: "Accesso effettuato come {account}", Nl: "Ingelogd als {account}",
            Pt: "Sessão iniciada como {account}", PtBr: "Conectado como {account}", Sv: "Inloggad som {account}",
            Da: "Logget ind som {account}", Nb: "Logget på som {account}", Fi: "Kirjautuneena: {account}",
            Pl: "Zalogowano jako {account}", Cs: "Přihlášeno jako {account}", Ja: "{account} としてログイン中",
            ZhHans: "当前登录：{account}", Ko: "{account}(으)로 로그인됨", Tr: "{account} olarak oturum açıldı",
            Ar: "تم تسجيل الدخول باسم {account}", He: "מחובר/ת בתור {account}", Uk: "Ви увійшли як {account}",
            El: "Συνδεδεμένος ως {account}",
        },
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_layout_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<super::LayoutText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
