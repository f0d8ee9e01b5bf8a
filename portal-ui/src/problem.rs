//! What went wrong with a customer's request, as the portal's pages show it.
//!
//! Every server function of the portal answers `Result<T, Problem>`. A [`Problem`]
//! carries the API's error `code` (or one of the portal's own, [`codes`]), the field it
//! is about (`param`, as the API names it: `address.postal_code`, `card`), the card's
//! `decline_code`, and — for a form posted without JavaScript — the values the customer
//! typed ([`Problem::form`]), so the page can show the form again as it was.
//!
//! Without JavaScript, Leptos puts a failed server function's `Problem` in the query of
//! the redirect back to the page (`?__path=…&__err=…`): the echoed values travel in the
//! URL, so nothing secret may ever be echoed (card numbers and CVCs never are; see
//! [`Problem::with_form`]).
//!
//! [`Problem::message`] is the sentence the customer reads, in their language: it never
//! shows the API's English `message`, which is written for developers.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use paylera_shared::ErrorCode;
use serde::{Deserialize, Serialize};

use crate::catalog;
use crate::i18n::{Locale, t};

/// The portal's own codes, next to the API's (`paylera_shared::ErrorCode`).
pub mod codes {
    /// The portal session is over (expired, completed or revoked): sign in again from
    /// the merchant.
    pub const SESSION_ENDED: &str = "session_ended";
    /// The form's CSRF token did not match (an old tab, or a forged request); the
    /// API's `ErrorCode::CsrfFailed`, which a test keeps equal.
    pub const CSRF_FAILED: &str = "csrf_failed";
    /// The API could not be reached or answered nonsense.
    pub const API_UNREACHABLE: &str = "api_unreachable";
    /// The page's module is not enabled for this session (the API's
    /// `ErrorCode::PortalFeatureDisabled`, which a test keeps equal).
    pub const MODULE_DISABLED: &str = "portal_feature_disabled";
    /// What the customer typed is not acceptable before it even reaches the API (the
    /// API's `ErrorCode::ParameterInvalid`, which a test keeps equal).
    pub const INVALID_INPUT: &str = "parameter_invalid";
    /// Anything else the portal could not do.
    pub const REQUEST_FAILED: &str = "portal_request_failed";
}

/// A failed customer request. See the module docs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The API's error code, or one of [`codes`].
    pub code: String,
    /// The parameter the problem is about, in the API's naming.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    /// Why a card was declined (`insufficient_funds`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_code: Option<String>,
    /// The non-secret values of the form that failed, by field name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub form: Vec<(String, String)>,
    /// The HTTP status the API answered with, when the problem is the API's (see
    /// [`Problem::http_status`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
}

impl Problem {
    /// A problem with `code` and nothing else.
    pub fn new(code: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            param: None,
            decline_code: None,
            form: Vec::new(),
            status: None,
        }
    }

    /// A problem with the API's `code`, raised by the portal itself (an id in a form
    /// that cannot name anything, say).
    pub fn api(code: ErrorCode) -> Self {
        Self::new(code.as_str())
    }

    /// The same problem, about `param`.
    pub fn about(mut self, param: impl Into<String>) -> Self {
        self.param = Some(param.into());
        self
    }

    /// The same problem, echoing the form's `fields` (never pass a card number or a CVC:
    /// the echo travels in a URL when JavaScript is off).
    pub fn with_form<'a>(mut self, fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        self.form = fields
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect();
        self
    }

    /// The echoed value of field `name`, if any.
    pub fn form_value(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// Whether the problem is about `param` (exactly, or a field inside it:
    /// `address` matches `address.line1`).
    pub fn is_about(&self, param: &str) -> bool {
        self.param
            .as_deref()
            .is_some_and(|p| p == param || p.strip_prefix(param).is_some_and(|rest| rest.starts_with('.')))
    }

    /// The HTTP status a server function answers the hydrated page's call with: the
    /// API's own when it refused (`400`, `402` for a card, `404`, …); for the portal's
    /// codes, `401` once the session is over, `403` for a failed CSRF check, `404` for a
    /// module the session does not show, `502` when the API could not be reached and
    /// `500` for the portal's own failure; anything else the portal refused before
    /// asking the API (what was typed) is `400`. Only the last two kinds are the
    /// portal's fault, so only they are `5xx`.
    pub fn http_status(&self) -> u16 {
        if let Some(status) = self.status.filter(|status| (400..=599).contains(status)) {
            return status;
        }
        match self.code.as_str() {
            codes::SESSION_ENDED => 401,
            codes::CSRF_FAILED => 403,
            codes::MODULE_DISABLED => 404,
            codes::API_UNREACHABLE => 502,
            codes::REQUEST_FAILED => 500,
            _ => 400,
        }
    }

    /// Whether the session is over (the page should offer the way back to the merchant).
    pub fn session_ended(&self) -> bool {
        self.code == codes::SESSION_ENDED
    }

    /// What the customer reads, in `locale`.
    pub fn message(&self, locale: Locale) -> &'static str {
        t(locale, self.text())
    }

    /// The catalogue key of [`Problem::message`].
    pub fn text(&self) -> ProblemText {
        use ProblemText as P;
        if let Some(decline) = self.decline_code.as_deref() {
            return match decline {
                "insufficient_funds" => P::InsufficientFunds,
                "expired_card" => P::ExpiredCard,
                // The customer refused (or failed) the bank's challenge.
                "authentication_failed" => P::AuthenticationFailed,
                // `lost_card`, `stolen_card`, …: the generic sentence on purpose.
                _ => P::CardDeclined,
            };
        }
        // The portal's own codes first, then the API's, typed: a code the API adds
        // later reads as `Unknown` and gets the generic sentence.
        match self.code.as_str() {
            codes::SESSION_ENDED => return P::SessionEnded,
            codes::API_UNREACHABLE => return P::ServiceUnavailable,
            _ => {}
        }
        use ErrorCode as E;
        match self.api_code() {
            E::PortalTokenInvalid => P::SessionEnded,
            E::CsrfFailed => P::CsrfFailed,
            E::ServiceUnavailable | E::InternalError => P::ServiceUnavailable,
            E::PortalFeatureDisabled | E::MerchantOnly => P::NotAllowed,
            E::RateLimited => P::RateLimited,
            E::ResourceMissing => P::NotFound,
            E::ParameterMissing => P::Required,
            E::InvalidCountry => P::InvalidCountry,
            E::InvalidPostalCode => P::InvalidPostalCode,
            E::InvalidState => P::InvalidState,
            E::TaxIdTypeUnsupported => P::TaxIdTypeUnsupported,
            E::TaxIdInvalid => P::TaxIdInvalid,
            E::TaxIdChecksumInvalid => P::TaxIdChecksumInvalid,
            E::TaxIdLimitReached => P::TaxIdLimitReached,
            E::ResourceAlreadyExists => P::AlreadyExists,
            E::IncorrectNumber => P::IncorrectNumber,
            E::InvalidExpiryMonth => P::InvalidExpiryMonth,
            E::InvalidExpiryYear => P::InvalidExpiryYear,
            E::ExpiredCard => P::ExpiredCard,
            E::InvalidCvc => P::InvalidCvc,
            E::CardDeclined => P::CardDeclined,
            E::AuthenticationRequired | E::PaymentMethodRequiresAuthentication => P::AuthenticationRequired,
            E::AuthenticationFailed => P::AuthenticationFailed,
            E::LastPaymentMethod => P::LastPaymentMethod,
            E::PaymentMethodMissing => P::PaymentMethodMissing,
            E::InvoiceNotPayable => P::InvoiceNotPayable,
            E::SubscriptionCanceled => P::SubscriptionCanceled,
            E::ParameterInvalid | E::InvalidQuery | E::InvalidJson => P::InvalidValue,
            _ => P::Generic,
        }
    }

    /// The problem's code as the API's [`ErrorCode`]; `Unknown` for the portal's own
    /// codes ([`codes`]) and for a code this build does not know.
    pub fn api_code(&self) -> ErrorCode {
        ErrorCode::ALL
            .iter()
            .copied()
            .find(|code| code.as_str() == self.code)
            .unwrap_or(ErrorCode::Unknown)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.param {
            Some(param) => write!(f, "{} ({param})", self.code),
            None => f.write_str(&self.code),
        }
    }
}

impl std::error::Error for Problem {}

impl FromServerFnError for Problem {
    type Encoder = JsonEncoding;

    /// A server function that failed before or after its body ran (the request could
    /// not be decoded, the server could not be reached from the browser, …).
    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => Self::new(codes::API_UNREACHABLE),
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => Self::new(codes::INVALID_INPUT),
            _ => Self::new(codes::REQUEST_FAILED),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<paylera_shared::client::ClientError> for Problem {
    /// The API's envelope becomes the problem; a transport failure is
    /// [`codes::API_UNREACHABLE`] (its detail goes to the log, not the page).
    fn from(err: paylera_shared::client::ClientError) -> Self {
        use paylera_shared::client::ClientError;
        match err {
            ClientError::Api { status, error, .. } => {
                let body = error.error;
                if status == 401 {
                    return Self::new(codes::SESSION_ENDED);
                }
                if status >= 500 {
                    tracing::warn!(status, code = %body.code.as_str(), "the API failed a portal request");
                }
                Self {
                    code: body.code.as_str().to_owned(),
                    param: body.param,
                    decline_code: body.decline_code,
                    form: Vec::new(),
                    status: Some(status),
                }
            }
            ClientError::Transport(reason) => {
                tracing::warn!(%reason, "the API could not be reached for a portal request");
                Self::new(codes::API_UNREACHABLE)
            }
        }
    }
}

catalog! {
    /// The sentences a [`Problem`] is shown with.
    pub enum ProblemText {
        SessionEnded => {
            En: "Your session has ended. Go back to the merchant and open the billing portal again.",
            Fr: "Votre session a pris fin. Retournez sur le site du marchand et ouvrez à nouveau le portail de facturation.",
            De: "Ihre Sitzung ist beendet. Kehren Sie zum Händler zurück und öffnen Sie das Abrechnungsportal erneut.",
            Es: "Tu sesión ha finalizado. Vuelve al comercio y abre de nuevo el portal de facturación.",
            It: "La tua sessione è terminata. Torna all'esercente e apri di nuovo il portale di fatturazione.",
            Nl: "Je sessie is beëindigd. Ga terug naar de verkoper en open het factuurportaal opnieuw.",
            Pt: "A sua sessão terminou. Volte ao comerciante e abra novamente o portal de faturação.",
            PtBr: "Sua sessão terminou. Volte ao lojista e abra o portal de cobrança de novo.",
            Sv: "Din session har avslutats. Gå tillbaka till handlaren och öppna faktureringsportalen igen.",
            Da: "Din session er afsluttet. Gå tilbage til forhandleren, og åbn faktureringsportalen igen.",
            Nb: "Økten din er avsluttet. Gå tilbake til forhandleren og åpne faktureringsportalen igjen.",
            Fi: "Istuntosi on päättynyt. Palaa kauppiaalle ja avaa laskutusportaali uudelleen.",
            Pl: "Twoja sesja się zakończyła. Wróć do sprzedawcy i ponownie otwórz portal rozliczeń.",
            Cs: "Vaše relace skončila. Vraťte se k obchodníkovi a znovu otevřete fakturační portál.",
            Ja: "セッションが終了しました。事業者のサイトに戻り、請求ポータルをもう一度開いてください。",
            ZhHans: "您的会话已结束。请返回商家，重新打开账单门户。",
            Ko: "세션이 종료되었습니다. 업체로 돌아가 청구 포털을 다시 열어 주세요.",
            Tr: "Oturumunuz sona erdi. İşletmeye dönün ve fatura portalını yeniden açın.",
            Ar: "انتهت جلستك. عُد إلى التاجر وافتح بوابة الفوترة مرة أخرى.",
            He: "הסשן הסתיים. יש לחזור לבית העסק ולפתוח שוב את פורטל החיובים.",
            Uk: "Ваш сеанс завершився. Поверніться до продавця й знову відкрийте портал оплати.",
            El: "Η περίοδος σύνδεσής σας έληξε. Επιστρέψτε στον έμπορο και ανοίξτε ξανά την πύλη χρεώσεων.",
        },
        CsrfFailed => {
            En: "This page was open for too long to be submitted safely. Reload the page and try again.",
            Fr: "Cette page est restée ouverte trop longtemps pour être envoyée en toute sécurité. Rechargez la page et réessayez.",
            De: "Diese Seite war zu lange geöffnet, um sicher gesendet werden zu können. Laden Sie die Seite neu und versuchen Sie es erneut.",
            Es: "Esta página ha estado abierta demasiado tiempo para enviarla de forma segura. Vuelve a cargar la página e inténtalo de nuevo.",
            It: "Questa pagina è rimasta aperta troppo a lungo per essere inviata in sicurezza. Ricarica la pagina e riprova.",
            Nl: "Deze pagina stond te lang open om veilig te kunnen verzenden. Laad de pagina opnieuw en probeer het nog eens.",
            Pt: "Esta página esteve aberta demasiado tempo para ser submetida em segurança. Recarregue a página e tente novamente.",
            PtBr: "Esta página ficou aberta por tempo demais para ser enviada com segurança. Recarregue a página e tente de novo.",
            Sv: "Sidan var öppen för länge för att kunna skickas säkert. Ladda om sidan och försök igen.",
            Da: "Siden har været åben for længe til at kunne sendes sikkert. Genindlæs siden, og prøv igen.",
            Nb: "Siden har vært åpen for lenge til å kunne sendes trygt. Last inn siden på nytt og prøv igjen.",
            Fi: "Sivu on ollut auki liian kauan, jotta sen voisi lähettää turvallisesti. Lataa sivu uudelleen ja yritä sitten uudestaan.",
            Pl: "Ta strona była otwarta zbyt długo, aby można ją było bezpiecznie przesłać. Odśwież stronę i spróbuj ponownie.",
            Cs: "Tato stránka byla otevřená příliš dlouho na to, aby ji bylo možné bezpečně odeslat. Obnovte stránku a zkuste to znovu.",
            Ja: "このページは長時間開かれていたため、安全に送信できません。ページを再読み込みして、もう一度お試しください。",
            ZhHans: "此页面打开时间过长，无法安全提交。请重新加载页面后再试。",
            Ko: "이 페이지가 너무 오래 열려 있어 안전하게 제출할 수 없습니다. 페이지를 새로고침한 후 다시 시도해 주세요.",
            Tr: "Bu sayfa, güvenli bir şekilde gönderilemeyecek kadar uzun süre açık kaldı. Sayfayı yenileyip tekrar deneyin.",
            Ar: "ظلّت هذه الصفحة مفتوحة مدة طويلة جدًا بحيث لا يمكن إرسالها بأمان. أعد تحميل الصفحة وحاول مرة أخرى.",
            He: "הדף היה פתוח זמן רב מדי ולכן לא ניתן לשלוח אותו בבטחה. יש לטעון מחדש את הדף ולנסות שוב.",
            Uk: "Ця сторінка була відкрита надто довго, щоб безпечно надіслати дані. Перезавантажте сторінку й спробуйте ще раз.",
            El: "Αυτή η σελίδα ήταν ανοιχτή για πολλή ώρα και δεν μπορεί να υποβληθεί με ασφάλεια. Ανανεώστε τη σελίδα και δοκιμάστε ξανά.",
        },
        ServiceUnavailable => {
            En: "Billing services are not responding right now. Nothing was changed; please try again in a minute.",
            Fr: "Les services de facturation ne répondent pas pour le moment. Aucune modification n'a été effectuée ; veuillez réessayer dans une minute.",
            De: "Die Abrechnungsdienste antworten gerade nicht. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute erneut.",
            Es: "Los servicios de facturación no responden en este momento. No se ha cambiado nada; vuelve a intentarlo en un minuto.",
            It: "I servizi di fatturazione non rispondono al momento. Non è stato modificato nulla; riprova tra un minuto.",
            Nl: "De factureringsdiensten reageren op dit moment niet. Er is niets gewijzigd; probeer het over een minuut opnieuw.",
            Pt: "Os serviços de faturação não estão a responder neste momento. Nada foi alterado; tente novamente daqui a um minuto.",
            PtBr: "Os serviços de cobrança não estão respondendo no momento. Nada foi alterado; tente de novo em um minuto.",
            Sv: "Faktureringstjänsterna svarar inte just nu. Inget har ändrats; försök igen om en minut.",
            Da: "Faktureringstjenesterne svarer ikke lige nu. Intet er blevet ændret; prøv igen om et minut.",
            Nb: "Faktureringstjenestene svarer ikke akkurat nå. Ingenting er endret; prøv igjen om et minutt.",
            Fi: "Laskutuspalvelut eivät vastaa juuri nyt. Mitään ei muutettu; yritä uudelleen minuutin kuluttua.",
            Pl: "Usługi rozliczeniowe w tej chwili nie odpowiadają. Nic nie zostało zmienione; spróbuj ponownie za minutę.",
            Cs: "Fakturační služby momentálně neodpovídají. Nic nebylo změněno; zkuste to prosím znovu za minutu.",
            Ja: "現在、請求サービスが応答していません。変更は行われていません。1 分後にもう一度お試しください。",
            ZhHans: "账单服务目前没有响应。未做任何更改；请一分钟后再试。",
            Ko: "현재 청구 서비스가 응답하지 않습니다. 변경된 내용은 없습니다. 1분 후에 다시 시도해 주세요.",
            Tr: "Faturalama hizmetleri şu anda yanıt vermiyor. Hiçbir şey değiştirilmedi; lütfen bir dakika sonra tekrar deneyin.",
            Ar: "خدمات الفوترة لا تستجيب حاليًا. لم يتم تغيير أي شيء؛ يُرجى المحاولة مرة أخرى بعد دقيقة.",
            He: "שירותי החיוב אינם מגיבים כרגע. לא בוצע שום שינוי; נא לנסות שוב בעוד דקה.",
            Uk: "Платіжні сервіси зараз не відповідають. Нічого не змінено; спробуйте ще раз за хвилину.",
            El: "Οι υπηρεσίες χρεώσεων δεν αποκρίνονται αυτή τη στιγμή. Δεν έγινε καμία αλλαγή· δοκιμάστε ξανά σε ένα λεπτό.",
        },
        NotAllowed => {
            En: "This action is not available in your billing portal.",
            Fr: "Cette action n'est pas disponible dans votre portail de facturation.",
            De: "Diese Aktion ist in Ihrem Abrechnungsportal nicht verfügbar.",
            Es: "Esta acción no está disponible en tu portal de facturación.",
            It: "Questa azione non è disponibile nel tuo portale di fatturazione.",
            Nl: "Deze actie is niet beschikbaar in je factuurportaal.",
            Pt: "Esta ação não está disponível no seu portal de faturação.",
            PtBr: "Esta ação não está disponível no seu portal de cobrança.",
            Sv: "Den här åtgärden är inte tillgänglig i din faktureringsportal.",
            Da: "Denne handling er ikke tilgængelig i din faktureringsportal.",
            Nb: "Denne handlingen er ikke tilgjengelig i faktureringsportalen din.",
            Fi: "Tämä toiminto ei ole käytettävissä laskutusportaalissasi.",
            Pl: "Ta czynność nie jest dostępna w Twoim portalu rozliczeń.",
            Cs: "Tato akce není ve vašem fakturačním portálu dostupná.",
            Ja: "この操作は、ご利用の請求ポータルでは利用できません。",
            ZhHans: "您的账单门户不支持此操作。",
            Ko: "이 작업은 청구 포털에서 사용할 수 없습니다.",
            Tr: "Bu işlem fatura portalınızda kullanılamıyor.",
            Ar: "هذا الإجراء غير متاح في بوابة الفوترة الخاصة بك.",
            He: "הפעולה הזו אינה זמינה בפורטל החיובים שלך.",
            Uk: "Ця дія недоступна на вашому порталі оплати.",
            El: "Αυτή η ενέργεια δεν είναι διαθέσιμη στην πύλη χρεώσεών σας.",
        },
        RateLimited => {
            En: "Too many attempts in a short time. Wait a minute, then try again.",
            Fr: "Trop de tentatives en peu de temps. Patientez une minute, puis réessayez.",
            De: "Zu viele Versuche in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.",
            Es: "Demasiados intentos en poco tiempo. Espera un minuto y vuelve a intentarlo.",
            It: "Troppi tentativi in poco tempo. Attendi un minuto, poi riprova.",
            Nl: "Te veel pogingen in korte tijd. Wacht een minuut en probeer het dan opnieuw.",
            Pt: "Demasiadas tentativas num curto espaço de tempo. Aguarde um minuto e tente novamente.",
            PtBr: "Muitas tentativas em pouco tempo. Aguarde um minuto e tente de novo.",
            Sv: "För många försök på kort tid. Vänta en minut och försök sedan igen.",
            Da: "For mange forsøg på kort tid. Vent et minut, og prøv så igen.",
            Nb: "For mange forsøk på kort tid. Vent et minutt, og prøv deretter igjen.",
            Fi: "Liian monta yritystä lyhyessä ajassa. Odota minuutti ja yritä sitten uudelleen.",
            Pl: "Zbyt wiele prób w krótkim czasie. Odczekaj minutę, a potem spróbuj ponownie.",
            Cs: "Příliš mnoho pokusů v krátké době. Počkejte minutu a pak to zkuste znovu.",
            Ja: "短時間に試行回数が多すぎます。1 分待ってから、もう一度お試しください。",
            ZhHans: "短时间内尝试次数过多。请等待一分钟后再试。",
            Ko: "짧은 시간에 시도 횟수가 너무 많습니다. 1분 기다린 후 다시 시도해 주세요.",
            Tr: "Kısa sürede çok fazla deneme yapıldı. Bir dakika bekleyin, ardından tekrar deneyin.",
            Ar: "محاولات كثيرة جدًا خلال وقت قصير. انتظر دقيقة، ثم حاول مرة أخرى.",
            He: "יותר מדי ניסיונות בזמן קצר. יש להמתין דקה ולנסות שוב.",
            Uk: "Забагато спроб за короткий час. Зачекайте хвилину, а потім спробуйте ще раз.",
            El: "Πάρα πολλές προσπάθειες σε σύντομο χρονικό διάστημα. Περιμένετε ένα λεπτό και δοκιμάστε ξανά.",
        },
        NotFound => {
            En: "We could not find this item. It may have been removed; reload the page.",
            Fr: "Nous n'avons pas trouvé cet élément. Il a peut-être été supprimé ; rechargez la page.",
            De: "Wir konnten diesen Eintrag nicht finden. Er wurde möglicherweise entfernt; laden Sie die Seite neu.",
            Es: "No hemos encontrado este elemento. Es posible que se haya eliminado; vuelve a cargar la página.",
            It: "Non abbiamo trovato questo elemento. Potrebbe essere stato rimosso; ricarica la pagina.",
            Nl: "We konden dit item niet vinden. Mogelijk is het verwijderd; laad de pagina opnieuw.",
            Pt: "Não foi possível encontrar este item. Pode ter sido removido; recarregue a página.",
            PtBr: "Não encontramos este item. Ele pode ter sido removido; recarregue a página.",
            Sv: "Vi kunde inte hitta det här objektet. Det kan ha tagits bort; ladda om sidan.",
            Da: "Vi kunne ikke finde dette element. Det er muligvis blevet fjernet; genindlæs siden.",
            Nb: "Vi fant ikke dette elementet. Det kan ha blitt fjernet; last inn siden på nytt.",
            Fi: "Emme löytäneet tätä kohdetta. Se on ehkä poistettu; lataa sivu uudelleen.",
            Pl: "Nie znaleźliśmy tego elementu. Mógł zostać usunięty; odśwież stronę.",
            Cs: "Tuto položku jsme nenašli. Možná byla odstraněna; obnovte stránku.",
            Ja: "この項目が見つかりませんでした。削除された可能性があります。ページを再読み込みしてください。",
            ZhHans: "找不到此项目。它可能已被删除；请重新加载页面。",
            Ko: "이 항목을 찾을 수 없습니다. 삭제되었을 수 있으니 페이지를 새로고침해 주세요.",
            Tr: "Bu öğe bulunamadı. Kaldırılmış olabilir; sayfayı yenileyin.",
            Ar: "تعذّر علينا العثور على هذا العنصر. ربما تمت إزالته؛ أعد تحميل الصفحة.",
            He: "לא מצאנו את הפריט הזה. ייתכן שהוא הוסר; יש לטעון מחדש את הדף.",
            Uk: "Не вдалося знайти цей елемент. Можливо, його видалено; перезавантажте сторінку.",
            El: "Δεν βρέθηκε αυτό το στοιχείο. Μπορεί να έχει αφαιρεθεί· ανανεώστε τη σελίδα.",
        },
        Required => {
            En: "This field is required.",
            Fr: "Ce champ est obligatoire.",
            De: "Dieses Feld ist erforderlich.",
            Es: "Este campo es obligatorio.",
            It: "Questo campo è obbligatorio.",
            Nl: "Dit veld is verplicht.",
            Pt: "Este campo é obrigatório.",
            PtBr: "Este campo é obrigatório.",
            Sv: "Det här fältet är obligatoriskt.",
            Da: "Dette felt skal udfyldes.",
            Nb: "Dette feltet må fylles ut.",
            Fi: "Tämä kenttä on pakollinen.",
            Pl: "To pole jest wymagane.",
            Cs: "Toto pole je povinné.",
            Ja: "この項目は必須です。",
            ZhHans: "此字段为必填项。",
            Ko: "필수 입력 항목입니다.",
            Tr: "Bu alan zorunludur.",
            Ar: "هذا الحقل مطلوب.",
            He: "זהו שדה חובה.",
            Uk: "Це поле обов'язкове.",
            El: "Αυτό το πεδίο είναι υποχρεωτικό.",
        },
        InvalidValue => {
            En: "This value is not valid. Check it and try again.",
            Fr: "Cette valeur n'est pas valide. Vérifiez-la et réessayez.",
            De: "Dieser Wert ist ungültig. Prüfen Sie ihn und versuchen Sie es erneut.",
            Es: "Este valor no es válido. Revísalo e inténtalo de nuevo.",
            It: "Questo valore non è valido. Controllalo e riprova.",
            Nl: "Deze waarde is ongeldig. Controleer deze en probeer het opnieuw.",
            Pt: "Este valor não é válido. Verifique-o e tente novamente.",
            PtBr: "Este valor não é válido. Confira e tente de novo.",
            Sv: "Värdet är ogiltigt. Kontrollera det och försök igen.",
            Da: "Værdien er ikke gyldig. Tjek den, og prøv igen.",
            Nb: "Verdien er ugyldig. Kontroller den og prøv igjen.",
            Fi: "Arvo ei kelpaa. Tarkista se ja yritä uudelleen.",
            Pl: "Ta wartość jest nieprawidłowa. Sprawdź ją i spróbuj ponownie.",
            Cs: "Tato hodnota není platná. Zkontrolujte ji a zkuste to znovu.",
            Ja: "この値は無効です。内容をご確認のうえ、もう一度お試しください。",
            ZhHans: "此值无效。请检查后重试。",
            Ko: "유효하지 않은 값입니다. 확인 후 다시 시도해 주세요.",
            Tr: "Bu değer geçerli değil. Kontrol edip tekrar deneyin.",
            Ar: "هذه القيمة غير صالحة. تحقّق منها وحاول مرة أخرى.",
            He: "הערך אינו תקין. יש לבדוק אותו ולנסות שוב.",
            Uk: "Це значення недійсне. Перевірте його та спробуйте ще раз.",
            El: "Αυτή η τιμή δεν είναι έγκυρη. Ελέγξτε την και δοκιμάστε ξανά.",
        },
        InvalidCountry => {
            En: "Choose a country from the list.",
            Fr: "Choisissez un pays dans la liste.",
            De: "Wählen Sie ein Land aus der Liste aus.",
            Es: "Elige un país de la lista.",
            It: "Scegli un paese dall'elenco.",
            Nl: "Kies een land uit de lijst.",
            Pt: "Escolha um país da lista.",
            PtBr: "Escolha um país da lista.",
            Sv: "Välj ett land i listan.",
            Da: "Vælg et land på listen.",
            Nb: "Velg et land fra listen.",
            Fi: "Valitse maa luettelosta.",
            Pl: "Wybierz kraj z listy.",
            Cs: "Vyberte zemi ze seznamu.",
            Ja: "リストから国を選択してください。",
            ZhHans: "请从列表中选择国家或地区。",
            Ko: "목록에서 국가를 선택해 주세요.",
            Tr: "Listeden bir ülke seçin.",
            Ar: "اختر دولة من القائمة.",
            He: "יש לבחור מדינה מהרשימה.",
            Uk: "Виберіть країну зі списку.",
            El: "Επιλέξτε μια χώρα από τη λίστα.",
        },
        InvalidPostalCode => {
            En: "This postal code is not valid for the country you chose.",
            Fr: "Ce code postal n'est pas valide pour le pays choisi.",
            De: "Diese Postleitzahl ist für das gewählte Land ungültig.",
            Es: "Este código postal no es válido para el país que has elegido.",
            It: "Questo codice postale non è valido per il paese scelto.",
            Nl: "Deze postcode is ongeldig voor het gekozen land.",
            Pt: "Este código postal não é válido para o país escolhido.",
            PtBr: "Este código postal não é válido para o país escolhido.",
            Sv: "Postnumret är ogiltigt för det land du valde.",
            Da: "Postnummeret er ikke gyldigt for det valgte land.",
            Nb: "Postnummeret er ikke gyldig for landet du valgte.",
            Fi: "Postinumero ei kelpaa valitsemassasi maassa.",
            Pl: "Ten kod pocztowy jest nieprawidłowy dla wybranego kraju.",
            Cs: "Toto PSČ není pro zvolenou zemi platné.",
            Ja: "この郵便番号は、選択した国では無効です。",
            ZhHans: "此邮政编码对所选国家或地区无效。",
            Ko: "선택한 국가에 유효하지 않은 우편번호입니다.",
            Tr: "Bu posta kodu seçtiğiniz ülke için geçerli değil.",
            Ar: "هذا الرمز البريدي غير صالح للدولة التي اخترتها.",
            He: "המיקוד אינו תקין עבור המדינה שנבחרה.",
            Uk: "Цей поштовий індекс недійсний для вибраної країни.",
            El: "Αυτός ο ταχυδρομικός κώδικας δεν είναι έγκυρος για τη χώρα που επιλέξατε.",
        },
        InvalidState => {
            En: "Choose a state, province or region that exists in the country you chose.",
            Fr: "Choisissez un État, une province ou une région existant dans le pays choisi.",
            De: "Wählen Sie ein Bundesland, eine Provinz oder eine Region, die es im gewählten Land gibt.",
            Es: "Elige un estado, provincia o región que exista en el país que has elegido.",
            It: "Scegli uno stato, una provincia o una regione esistente nel paese scelto.",
            Nl: "Kies een staat, provincie of regio die in het gekozen land bestaat.",
            Pt: "Escolha um estado, província ou região que exista no país escolhido.",
            PtBr: "Escolha um estado, província ou região que exista no país escolhido.",
            Sv: "Välj en delstat, provins eller region som finns i det land du valde.",
            Da: "Vælg en delstat, provins eller region, der findes i det valgte land.",
            Nb: "Velg en delstat, provins eller region som finnes i landet du valgte.",
            Fi: "Valitse osavaltio, provinssi tai alue, joka on olemassa valitsemassasi maassa.",
            Pl: "Wybierz stan, prowincję lub region istniejący w wybranym kraju.",
            Cs: "Vyberte stát, provincii nebo region, který ve zvolené zemi existuje.",
            Ja: "選択した国に存在する州・県・地域を選択してください。",
            ZhHans: "请选择所选国家或地区中存在的州、省或地区。",
            Ko: "선택한 국가에 있는 주, 도 또는 지역을 선택해 주세요.",
            Tr: "Seçtiğiniz ülkede bulunan bir eyalet, il veya bölge seçin.",
            Ar: "اختر ولاية أو مقاطعة أو منطقة موجودة في الدولة التي اخترتها.",
            He: "יש לבחור מחוז, פרובינציה או אזור שקיימים במדינה שנבחרה.",
            Uk: "Виберіть штат, провінцію чи регіон, що існує у вибраній країні.",
            El: "Επιλέξτε πολιτεία, επαρχία ή περιοχή που υπάρχει στη χώρα που επιλέξατε.",
        },
        TaxIdTypeUnsupported => {
            En: "This type of tax ID is not supported. Choose another type.",
            Fr: "Ce type de numéro fiscal n'est pas pris en charge. Choisissez un autre type.",
            De: "Diese Art von Steuernummer wird nicht unterstützt. Wählen Sie eine andere Art.",
            Es: "Este tipo de identificador fiscal no se admite. Elige otro tipo.",
            It: "Questo tipo di codice fiscale non è supportato. Scegli un altro tipo.",
            Nl: "Dit type btw-nummer wordt niet ondersteund. Kies een ander type.",
            Pt: "Este tipo de número de contribuinte não é suportado. Escolha outro tipo.",
            PtBr: "Este tipo de identificação fiscal não é aceito. Escolha outro tipo.",
            Sv: "Den här typen av skatteregistreringsnummer stöds inte. Välj en annan typ.",
            Da: "Denne type skatte-id understøttes ikke. Vælg en anden type.",
            Nb: "Denne typen skatte-ID støttes ikke. Velg en annen type.",
            Fi: "Tämäntyyppistä verotunnistetta ei tueta. Valitse toinen tyyppi.",
            Pl: "Ten rodzaj numeru podatkowego nie jest obsługiwany. Wybierz inny rodzaj.",
            Cs: "Tento typ daňového identifikačního čísla není podporován. Vyberte jiný typ.",
            Ja: "この種類の税務IDはサポートされていません。別の種類を選択してください。",
            ZhHans: "不支持此税号类型。请选择其他类型。",
            Ko: "지원되지 않는 세금 ID 유형입니다. 다른 유형을 선택해 주세요.",
            Tr: "Bu vergi numarası türü desteklenmiyor. Başka bir tür seçin.",
            Ar: "هذا النوع من الأرقام الضريبية غير مدعوم. اختر نوعًا آخر.",
            He: "סוג מספר המס הזה אינו נתמך. יש לבחור סוג אחר.",
            Uk: "Цей тип податкового номера не підтримується. Виберіть інший тип.",
            El: "Αυτός ο τύπος αριθμού φορολογικού μητρώου δεν υποστηρίζεται. Επιλέξτε άλλον τύπο.",
        },
        TaxIdInvalid => {
            En: "This tax ID does not have the right format for its type. Check the example under the field.",
            Fr: "Ce numéro fiscal n'a pas le bon format pour son type. Consultez l'exemple sous le champ.",
            De: "Diese Steuernummer hat nicht das richtige Format für ihre Art. Beachten Sie das Beispiel unter dem Feld.",
            Es: "Este identificador fiscal no tiene el formato correcto para su tipo. Consulta el ejemplo que aparece debajo del campo.",
            It: "Questo codice fiscale non ha il formato corretto per il suo tipo. Controlla l'esempio sotto il campo.",
            Nl: "Dit btw-nummer heeft niet de juiste notatie voor dit type. Bekijk het voorbeeld onder het veld.",
            Pt: "Este número de contribuinte não tem o formato correto para o seu tipo. Consulte o exemplo abaixo do campo.",
            PtBr: "Esta identificação fiscal não está no formato correto para o tipo. Confira o exemplo abaixo do campo.",
            Sv: "Skatteregistreringsnumret har inte rätt format för sin typ. Se exemplet under fältet.",
            Da: "Dette skatte-id har ikke det rigtige format for sin type. Se eksemplet under feltet.",
            Nb: "Denne skatte-ID-en har ikke riktig format for typen. Se eksempelet under feltet.",
            Fi: "Verotunniste ei ole tyypilleen oikeassa muodossa. Katso esimerkki kentän alta.",
            Pl: "Ten numer podatkowy ma nieprawidłowy format dla swojego rodzaju. Sprawdź przykład pod polem.",
            Cs: "Toto daňové identifikační číslo nemá správný formát pro svůj typ. Podívejte se na příklad pod polem.",
            Ja: "この税務IDは、選択した種類の形式と一致しません。入力欄の下の例をご確認ください。",
            ZhHans: "此税号的格式与其类型不符。请参考输入框下方的示例。",
            Ko: "이 세금 ID는 해당 유형의 형식에 맞지 않습니다. 입력란 아래의 예시를 확인해 주세요.",
            Tr: "Bu vergi numarası, türüne uygun biçimde değil. Alanın altındaki örneğe bakın.",
            Ar: "هذا الرقم الضريبي ليس بالتنسيق الصحيح لنوعه. راجع المثال أسفل الحقل.",
            He: "מספר המס אינו בפורמט הנכון לסוג שלו. אפשר להיעזר בדוגמה שמתחת לשדה.",
            Uk: "Формат цього податкового номера не відповідає його типу. Перегляньте приклад під полем.",
            El: "Αυτός ο αριθμός φορολογικού μητρώου δεν έχει τη σωστή μορφή για τον τύπο του. Δείτε το παράδειγμα κάτω από το πεδίο.",
        },
        TaxIdChecksumInvalid => {
            En: "This tax ID has a typo: its check digits do not match. Check each character.",
            Fr: "Ce numéro fiscal contient une faute de frappe : ses chiffres de contrôle ne correspondent pas. Vérifiez chaque caractère.",
            De: "Diese Steuernummer enthält einen Tippfehler: Ihre Prüfziffern stimmen nicht. Prüfen Sie jedes Zeichen.",
            Es: "Este identificador fiscal tiene un error: sus dígitos de control no coinciden. Revisa cada carácter.",
            It: "Questo codice fiscale contiene un errore di battitura: le cifre di controllo non corrispondono. Controlla ogni carattere.",
            Nl: "Dit btw-nummer bevat een typefout: de controlecijfers kloppen niet. Controleer elk teken.",
            Pt: "Este número de contribuinte tem um erro: os dígitos de controlo não coincidem. Verifique cada carácter.",
            PtBr: "Esta identificação fiscal tem um erro de digitação: os dígitos verificadores não conferem. Confira cada caractere.",
            Sv: "Skatteregistreringsnumret innehåller ett skrivfel: kontrollsiffrorna stämmer inte. Kontrollera varje tecken.",
            Da: "Dette skatte-id indeholder en tastefejl: kontrolcifrene passer ikke. Tjek hvert tegn.",
            Nb: "Denne skatte-ID-en inneholder en skrivefeil: kontrollsifrene stemmer ikke. Kontroller hvert tegn.",
            Fi: "Verotunnisteessa on kirjoitusvirhe: sen tarkistusmerkit eivät täsmää. Tarkista jokainen merkki.",
            Pl: "Ten numer podatkowy zawiera literówkę: cyfry kontrolne się nie zgadzają. Sprawdź każdy znak.",
            Cs: "V tomto daňovém identifikačním čísle je překlep: kontrolní číslice nesouhlasí. Zkontrolujte každý znak.",
            Ja: "この税務IDに入力ミスがあります（チェックディジットが一致しません）。1 文字ずつご確認ください。",
            ZhHans: "此税号有输入错误：校验位不匹配。请逐一检查每个字符。",
            Ko: "이 세금 ID에 오타가 있습니다. 검증 숫자가 일치하지 않으니 각 문자를 확인해 주세요.",
            Tr: "Bu vergi numarasında bir yazım hatası var: kontrol basamakları eşleşmiyor. Her karakteri kontrol edin.",
            Ar: "يحتوي هذا الرقم الضريبي على خطأ مطبعي: أرقام التحقق غير متطابقة. تحقّق من كل حرف.",
            He: "במספר המס יש שגיאת הקלדה: ספרות הביקורת אינן תואמות. יש לבדוק כל תו.",
            Uk: "У цьому податковому номері є помилка: контрольні цифри не збігаються. Перевірте кожен символ.",
            El: "Αυτός ο αριθμός φορολογικού μητρώου έχει τυπογραφικό λάθος: τα ψηφία ελέγχου δεν ταιριάζουν. Ελέγξτε κάθε χαρακτήρα.",
        },
        TaxIdLimitReached => {
            En: "You have reached the maximum number of tax IDs. Remove one before adding another.",
            Fr: "Vous avez atteint le nombre maximal de numéros fiscaux. Supprimez-en un avant d'en ajouter un autre.",
            De: "Sie haben die maximale Anzahl an Steuernummern erreicht. Entfernen Sie eine, bevor Sie eine weitere hinzufügen.",
            Es: "Has alcanzado el número máximo de identificadores fiscales. Elimina uno antes de añadir otro.",
            It: "Hai raggiunto il numero massimo di codici fiscali. Rimuovine uno prima di aggiungerne un altro.",
            Nl: "Je hebt het maximale aantal btw-nummers bereikt. Verwijder er een voordat je een nieuw nummer toevoegt.",
            Pt: "Atingiu o número máximo de números de contribuinte. Remova um antes de adicionar outro.",
            PtBr: "Você atingiu o número máximo de identificações fiscais. Remova uma antes de adicionar outra.",
            Sv: "Du har nått det högsta antalet skatteregistreringsnummer. Ta bort ett innan du lägger till ett nytt.",
            Da: "Du har nået det maksimale antal skatte-id'er. Fjern et, før du tilføjer et nyt.",
            Nb: "Du har nådd maksimalt antall skatte-ID-er. Fjern én før du legger til en ny.",
            Fi: "Olet lisännyt enimmäismäärän verotunnisteita. Poista yksi ennen kuin lisäät uuden.",
            Pl: "Osiągnięto maksymalną liczbę numerów podatkowych. Usuń jeden, zanim dodasz kolejny.",
            Cs: "Dosáhli jste maximálního počtu daňových identifikačních čísel. Než přidáte další, jedno odeberte.",
            Ja: "登録できる税務IDの上限に達しました。新しく追加する前に、いずれかを削除してください。",
            ZhHans: "税号数量已达上限。请先删除一个，再添加新的税号。",
            Ko: "세금 ID를 최대 개수까지 추가했습니다. 새로 추가하려면 먼저 하나를 삭제해 주세요.",
            Tr: "Ekleyebileceğiniz en fazla vergi numarası sayısına ulaştınız. Yenisini eklemeden önce birini kaldırın.",
            Ar: "لقد بلغت الحد الأقصى لعدد الأرقام الضريبية. أزِل رقمًا قبل إضافة رقم آخر.",
            He: "הגעת למספר המרבי של מספרי מס. יש להסיר אחד לפני הוספת מספר נוסף.",
            Uk: "Ви досягли максимальної кількості податкових номерів. Видаліть один, перш ніж додати інший.",
            El: "Έχετε φτάσει τον μέγιστο αριθμό ΑΦΜ. Αφαιρέστε έναν πριν προσθέσετε άλλον.",
        },
        AlreadyExists => {
            En: "You have already added this.",
            Fr: "Vous avez déjà ajouté cet élément.",
            De: "Sie haben dies bereits hinzugefügt.",
            Es: "Ya has añadido este elemento.",
            It: "Hai già aggiunto questo elemento.",
            Nl: "Je hebt dit al toegevoegd.",
            Pt: "Já adicionou este item.",
            PtBr: "Você já adicionou este item.",
            Sv: "Du har redan lagt till det här.",
            Da: "Du har allerede tilføjet dette.",
            Nb: "Du har allerede lagt til dette.",
            Fi: "Olet jo lisännyt tämän.",
            Pl: "Ten element został już dodany.",
            Cs: "Tuto položku jste již přidali.",
            Ja: "これはすでに追加されています。",
            ZhHans: "您已添加过此项。",
            Ko: "이미 추가된 항목입니다.",
            Tr: "Bunu zaten eklediniz.",
            Ar: "لقد أضفت هذا بالفعل.",
            He: "הפריט הזה כבר נוסף.",
            Uk: "Ви вже додали цей елемент.",
            El: "Το έχετε ήδη προσθέσει.",
        },
        IncorrectNumber => {
            En: "This card number is not valid. Check the digits and try again.",
            Fr: "Ce numéro de carte n'est pas valide. Vérifiez les chiffres et réessayez.",
            De: "Diese Kartennummer ist ungültig. Prüfen Sie die Ziffern und versuchen Sie es erneut.",
            Es: "Este número de tarjeta no es válido. Revisa los dígitos e inténtalo de nuevo.",
            It: "Questo numero di carta non è valido. Controlla le cifre e riprova.",
            Nl: "Dit kaartnummer is ongeldig. Controleer de cijfers en probeer het opnieuw.",
            Pt: "Este número de cartão não é válido. Verifique os dígitos e tente novamente.",
            PtBr: "Este número de cartão não é válido. Confira os dígitos e tente de novo.",
            Sv: "Kortnumret är ogiltigt. Kontrollera siffrorna och försök igen.",
            Da: "Kortnummeret er ikke gyldigt. Tjek cifrene, og prøv igen.",
            Nb: "Kortnummeret er ugyldig. Kontroller sifrene og prøv igjen.",
            Fi: "Kortin numero ei kelpaa. Tarkista numerot ja yritä uudelleen.",
            Pl: "Ten numer karty jest nieprawidłowy. Sprawdź cyfry i spróbuj ponownie.",
            Cs: "Toto číslo karty není platné. Zkontrolujte číslice a zkuste to znovu.",
            Ja: "このカード番号は無効です。番号をご確認のうえ、もう一度お試しください。",
            ZhHans: "此卡号无效。请检查数字后重试。",
            Ko: "유효하지 않은 카드 번호입니다. 숫자를 확인한 후 다시 시도해 주세요.",
            Tr: "Bu kart numarası geçerli değil. Rakamları kontrol edip tekrar deneyin.",
            Ar: "رقم البطاقة هذا غير صالح. تحقّق من الأرقام وحاول مرة أخرى.",
            He: "מספר הכרטיס אינו תקין. יש לבדוק את הספרות ולנסות שוב.",
            Uk: "Цей номер картки недійсний. Перевірте цифри й спробуйте ще раз.",
            El: "Αυτός ο αριθμός κάρτας δεν είναι έγκυρος. Ελέγξτε τα ψηφία και δοκιμάστε ξανά.",
        },
        InvalidExpiryMonth => {
            En: "The expiry month must be between 01 and 12.",
            Fr: "Le mois d'expiration doit être compris entre 01 et 12.",
            De: "Der Ablaufmonat muss zwischen 01 und 12 liegen.",
            Es: "El mes de caducidad debe estar entre 01 y 12.",
            It: "Il mese di scadenza deve essere compreso tra 01 e 12.",
            Nl: "De vervalmaand moet tussen 01 en 12 liggen.",
            Pt: "O mês de validade tem de estar entre 01 e 12.",
            PtBr: "O mês de validade deve estar entre 01 e 12.",
            Sv: "Utgångsmånaden måste vara mellan 01 och 12.",
            Da: "Udløbsmåneden skal være mellem 01 og 12.",
            Nb: "Utløpsmåneden må være mellom 01 og 12.",
            Fi: "Voimassaolokuukauden on oltava välillä 01–12.",
            Pl: "Miesiąc ważności musi mieścić się w zakresie od 01 do 12.",
            Cs: "Měsíc konce platnosti musí být mezi 01 a 12.",
            Ja: "有効期限の月は 01 から 12 の間で入力してください。",
            ZhHans: "有效期月份必须在 01 到 12 之间。",
            Ko: "만료 월은 01에서 12 사이여야 합니다.",
            Tr: "Son kullanma ayı 01 ile 12 arasında olmalıdır.",
            Ar: "يجب أن يكون شهر انتهاء الصلاحية بين 01 و12.",
            He: "חודש התפוגה חייב להיות בין 01 ל־12.",
            Uk: "Місяць закінчення терміну дії має бути від 01 до 12.",
            El: "Ο μήνας λήξης πρέπει να είναι μεταξύ 01 και 12.",
        },
        InvalidExpiryYear => {
            En: "The expiry year is not valid.",
            Fr: "L'année d'expiration n'est pas valide.",
            De: "Das Ablaufjahr ist ungültig.",
            Es: "El año de caducidad no es válido.",
            It: "L'anno di scadenza non è valido.",
            Nl: "Het vervaljaar is ongeldig.",
            Pt: "O ano de validade não é válido.",
            PtBr: "O ano de validade não é válido.",
            Sv: "Utgångsåret är ogiltigt.",
            Da: "Udløbsåret er ikke gyldigt.",
            Nb: "Utløpsåret er ugyldig.",
            Fi: "Voimassaolovuosi ei kelpaa.",
            Pl: "Rok ważności jest nieprawidłowy.",
            Cs: "Rok konce platnosti není platný.",
            Ja: "有効期限の年が無効です。",
            ZhHans: "有效期年份无效。",
            Ko: "만료 연도가 유효하지 않습니다.",
            Tr: "Son kullanma yılı geçerli değil.",
            Ar: "سنة انتهاء الصلاحية غير صالحة.",
            He: "שנת התפוגה אינה תקינה.",
            Uk: "Рік закінчення терміну дії недійсний.",
            El: "Το έτος λήξης δεν είναι έγκυρο.",
        },
        ExpiredCard => {
            En: "This card has expired. Use another card.",
            Fr: "Cette carte a expiré. Utilisez une autre carte.",
            De: "Diese Karte ist abgelaufen. Verwenden Sie eine andere Karte.",
            Es: "Esta tarjeta ha caducado. Usa otra tarjeta.",
            It: "Questa carta è scaduta. Usa un'altra carta.",
            Nl: "Deze kaart is verlopen. Gebruik een andere kaart.",
            Pt: "Este cartão expirou. Utilize outro cartão.",
            PtBr: "Este cartão está vencido. Use outro cartão.",
            Sv: "Kortet har gått ut. Använd ett annat kort.",
            Da: "Kortet er udløbet. Brug et andet kort.",
            Nb: "Kortet er utløpt. Bruk et annet kort.",
            Fi: "Kortin voimassaolo on päättynyt. Käytä toista korttia.",
            Pl: "Ta karta straciła ważność. Użyj innej karty.",
            Cs: "Platnost této karty vypršela. Použijte jinou kartu.",
            Ja: "このカードは有効期限が切れています。別のカードをご利用ください。",
            ZhHans: "此卡已过期。请使用其他卡。",
            Ko: "만료된 카드입니다. 다른 카드를 사용해 주세요.",
            Tr: "Bu kartın süresi dolmuş. Başka bir kart kullanın.",
            Ar: "انتهت صلاحية هذه البطاقة. استخدم بطاقة أخرى.",
            He: "תוקף הכרטיס פג. נא להשתמש בכרטיס אחר.",
            Uk: "Термін дії цієї картки закінчився. Використайте іншу картку.",
            El: "Αυτή η κάρτα έχει λήξει. Χρησιμοποιήστε άλλη κάρτα.",
        },
        InvalidCvc => {
            En: "The security code is not valid: it is the 3 digits on the back of the card (4 on the front for American Express).",
            Fr: "Le code de sécurité n'est pas valide : il s'agit des 3 chiffres au dos de la carte (4 au recto pour American Express).",
            De: "Der Sicherheitscode ist ungültig: Das sind die 3 Ziffern auf der Rückseite der Karte (bei American Express 4 auf der Vorderseite).",
            Es: "El código de seguridad no es válido: son los 3 dígitos del reverso de la tarjeta (4 en el anverso en American Express).",
            It: "Il codice di sicurezza non è valido: sono le 3 cifre sul retro della carta (4 sul fronte per American Express).",
            Nl: "De beveiligingscode is ongeldig: dit zijn de 3 cijfers op de achterkant van de kaart (bij American Express 4 cijfers op de voorkant).",
            Pt: "O código de segurança não é válido: são os 3 dígitos no verso do cartão (4 na frente, no caso do American Express).",
            PtBr: "O código de segurança não é válido: são os 3 dígitos no verso do cartão (4 na frente, no American Express).",
            Sv: "Säkerhetskoden är ogiltig: det är de 3 siffrorna på kortets baksida (4 på framsidan för American Express).",
            Da: "Sikkerhedskoden er ikke gyldig: det er de 3 cifre på bagsiden af kortet (4 på forsiden for American Express).",
            Nb: "Sikkerhetskoden er ugyldig: det er de 3 sifrene på baksiden av kortet (4 på forsiden for American Express).",
            Fi: "Turvakoodi ei kelpaa: se on kortin takapuolella olevat 3 numeroa (American Expressissä 4 numeroa etupuolella).",
            Pl: "Kod zabezpieczający jest nieprawidłowy: to 3 cyfry na odwrocie karty (w przypadku American Express 4 cyfry z przodu).",
            Cs: "Bezpečnostní kód není platný: jsou to 3 číslice na zadní straně karty (u American Express 4 na přední straně).",
            Ja: "セキュリティコードが無効です。カード裏面の 3 桁の数字をご入力ください（American Express の場合は表面の 4 桁）。",
            ZhHans: "安全码无效：安全码是卡背面的 3 位数字（American Express 卡为正面的 4 位数字）。",
            Ko: "보안 코드가 유효하지 않습니다. 보안 코드는 카드 뒷면의 숫자 3자리입니다(American Express는 앞면의 4자리).",
            Tr: "Güvenlik kodu geçerli değil: kartın arkasındaki 3 haneli koddur (American Express'te ön yüzdeki 4 hane).",
            Ar: "رمز الأمان غير صالح: وهو الأرقام الثلاثة على ظهر البطاقة (أو الأرقام الأربعة على وجهها لبطاقات American Express).",
            He: "קוד האבטחה אינו תקין: אלה 3 הספרות בגב הכרטיס (ב־American Express אלה 4 ספרות בחזית הכרטיס).",
            Uk: "Код безпеки недійсний: це 3 цифри на звороті картки (для American Express — 4 цифри на лицьовому боці).",
            El: "Ο κωδικός ασφαλείας δεν είναι έγκυρος: είναι τα 3 ψηφία στο πίσω μέρος της κάρτας (4 στην μπροστινή πλευρά για την American Express).",
        },
        CardDeclined => {
            En: "Your card was declined. Use another card or contact your bank.",
            Fr: "Votre carte a été refusée. Utilisez une autre carte ou contactez votre banque.",
            De: "Ihre Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder wenden Sie sich an Ihre Bank.",
            Es: "Tu tarjeta ha sido rechazada. Usa otra tarjeta o ponte en contacto con tu banco.",
            It: "La tua carta è stata rifiutata. Usa un'altra carta o contatta la tua banca.",
            Nl: "Je kaart is geweigerd. Gebruik een andere kaart of neem contact op met je bank.",
            Pt: "O seu cartão foi recusado. Utilize outro cartão ou contacte o seu banco.",
            PtBr: "Seu cartão foi recusado. Use outro cartão ou entre em contato com seu banco.",
            Sv: "Ditt kort nekades. Använd ett annat kort eller kontakta din bank.",
            Da: "Dit kort blev afvist. Brug et andet kort, eller kontakt din bank.",
            Nb: "Kortet ditt ble avvist. Bruk et annet kort eller kontakt banken din.",
            Fi: "Korttisi hylättiin. Käytä toista korttia tai ota yhteyttä pankkiisi.",
            Pl: "Twoja karta została odrzucona. Użyj innej karty lub skontaktuj się ze swoim bankiem.",
            Cs: "Vaše karta byla zamítnuta. Použijte jinou kartu nebo se obraťte na svou banku.",
            Ja: "カードが拒否されました。別のカードをご利用いただくか、カード発行会社にお問い合わせください。",
            ZhHans: "您的卡被拒绝。请使用其他卡或联系您的银行。",
            Ko: "카드가 거절되었습니다. 다른 카드를 사용하거나 카드사에 문의해 주세요.",
            Tr: "Kartınız reddedildi. Başka bir kart kullanın veya bankanızla iletişime geçin.",
            Ar: "تم رفض بطاقتك. استخدم بطاقة أخرى أو تواصل مع البنك الذي تتعامل معه.",
            He: "הכרטיס נדחה. נא להשתמש בכרטיס אחר או לפנות לבנק.",
            Uk: "Вашу картку відхилено. Використайте іншу картку або зверніться до свого банку.",
            El: "Η κάρτα σας απορρίφθηκε. Χρησιμοποιήστε άλλη κάρτα ή επικοινωνήστε με την τράπεζά σας.",
        },
        InsufficientFunds => {
            En: "Your card has insufficient funds. Use another card or contact your bank.",
            Fr: "Votre carte ne dispose pas de fonds suffisants. Utilisez une autre carte ou contactez votre banque.",
            De: "Ihre Karte ist nicht ausreichend gedeckt. Verwenden Sie eine andere Karte oder wenden Sie sich an Ihre Bank.",
            Es: "Tu tarjeta no tiene fondos suficientes. Usa otra tarjeta o ponte en contacto con tu banco.",
            It: "La tua carta non ha fondi sufficienti. Usa un'altra carta o contatta la tua banca.",
            Nl: "Er staat onvoldoende saldo op je kaart. Gebruik een andere kaart of neem contact op met je bank.",
            Pt: "O seu cartão não tem saldo suficiente. Utilize outro cartão ou contacte o seu banco.",
            PtBr: "Seu cartão não tem saldo ou limite suficiente. Use outro cartão ou entre em contato com seu banco.",
            Sv: "Det finns inte tillräckligt med pengar på ditt kort. Använd ett annat kort eller kontakta din bank.",
            Da: "Der er ikke dækning nok på dit kort. Brug et andet kort, eller kontakt din bank.",
            Nb: "Det er ikke nok dekning på kortet ditt. Bruk et annet kort eller kontakt banken din.",
            Fi: "Kortillasi ei ole riittävästi katetta. Käytä toista korttia tai ota yhteyttä pankkiisi.",
            Pl: "Na Twojej karcie brakuje środków. Użyj innej karty lub skontaktuj się ze swoim bankiem.",
            Cs: "Na vaší kartě není dostatek prostředků. Použijte jinou kartu nebo se obraťte na svou banku.",
            Ja: "カードの残高または利用可能枠が不足しています。別のカードをご利用いただくか、カード発行会社にお問い合わせください。",
            ZhHans: "您的卡余额不足。请使用其他卡或联系您的银行。",
            Ko: "카드 잔액 또는 한도가 부족합니다. 다른 카드를 사용하거나 카드사에 문의해 주세요.",
            Tr: "Kartınızda yeterli bakiye yok. Başka bir kart kullanın veya bankanızla iletişime geçin.",
            Ar: "رصيد بطاقتك غير كافٍ. استخدم بطاقة أخرى أو تواصل مع البنك الذي تتعامل معه.",
            He: "אין מספיק כיסוי בכרטיס. נא להשתמש בכרטיס אחר או לפנות לבנק.",
            Uk: "На вашій картці недостатньо коштів. Використайте іншу картку або зверніться до свого банку.",
            El: "Η κάρτα σας δεν έχει επαρκές υπόλοιπο. Χρησιμοποιήστε άλλη κάρτα ή επικοινωνήστε με την τράπεζά σας.",
        },
        AuthenticationRequired => {
            En: "Your bank asks you to confirm this card before it can be used.",
            Fr: "Votre banque vous demande de confirmer cette carte avant de pouvoir l'utiliser.",
            De: "Ihre Bank bittet Sie, diese Karte zu bestätigen, bevor sie verwendet werden kann.",
            Es: "Tu banco te pide que confirmes esta tarjeta antes de poder usarla.",
            It: "La tua banca ti chiede di confermare questa carta prima di poterla usare.",
            Nl: "Je bank vraagt je deze kaart te bevestigen voordat je hem kunt gebruiken.",
            Pt: "O seu banco pede-lhe que confirme este cartão antes de o poder utilizar.",
            PtBr: "Seu banco pede que você confirme este cartão antes de usá-lo.",
            Sv: "Din bank ber dig bekräfta kortet innan det kan användas.",
            Da: "Din bank beder dig bekræfte kortet, før det kan bruges.",
            Nb: "Banken din ber deg bekrefte kortet før det kan brukes.",
            Fi: "Pankkisi pyytää sinua vahvistamaan tämän kortin ennen kuin sitä voi käyttää.",
            Pl: "Twój bank prosi o potwierdzenie tej karty, zanim będzie można jej użyć.",
            Cs: "Vaše banka vás žádá o potvrzení této karty, než ji bude možné použít.",
            Ja: "このカードを利用する前に、カード発行会社での確認が必要です。",
            ZhHans: "您的银行要求您先确认此卡，然后才能使用。",
            Ko: "카드사에서 이 카드를 사용하기 전에 확인을 요청하고 있습니다.",
            Tr: "Bankanız, bu kartın kullanılabilmesi için onaylamanızı istiyor.",
            Ar: "يطلب منك البنك الذي تتعامل معه تأكيد هذه البطاقة قبل استخدامها.",
            He: "הבנק מבקש לאשר את הכרטיס לפני שאפשר יהיה להשתמש בו.",
            Uk: "Ваш банк просить підтвердити цю картку, перш ніж її можна буде використовувати.",
            El: "Η τράπεζά σας ζητά να επιβεβαιώσετε αυτή την κάρτα προτού μπορέσει να χρησιμοποιηθεί.",
        },
        AuthenticationFailed => {
            En: "Your bank could not confirm this card. Try again or use another card.",
            Fr: "Votre banque n'a pas pu confirmer cette carte. Réessayez ou utilisez une autre carte.",
            De: "Ihre Bank konnte diese Karte nicht bestätigen. Versuchen Sie es erneut oder verwenden Sie eine andere Karte.",
            Es: "Tu banco no ha podido confirmar esta tarjeta. Inténtalo de nuevo o usa otra tarjeta.",
            It: "La tua banca non è riuscita a confermare questa carta. Riprova o usa un'altra carta.",
            Nl: "Je bank kon deze kaart niet bevestigen. Probeer het opnieuw of gebruik een andere kaart.",
            Pt: "O seu banco não conseguiu confirmar este cartão. Tente novamente ou utilize outro cartão.",
            PtBr: "Seu banco não conseguiu confirmar este cartão. Tente de novo ou use outro cartão.",
            Sv: "Din bank kunde inte bekräfta kortet. Försök igen eller använd ett annat kort.",
            Da: "Din bank kunne ikke bekræfte kortet. Prøv igen, eller brug et andet kort.",
            Nb: "Banken din kunne ikke bekrefte kortet. Prøv igjen eller bruk et annet kort.",
            Fi: "Pankkisi ei voinut vahvistaa tätä korttia. Yritä uudelleen tai käytä toista korttia.",
            Pl: "Twój bank nie mógł potwierdzić tej karty. Spróbuj ponownie lub użyj innej karty.",
            Cs: "Vaše banka nemohla tuto kartu potvrdit. Zkuste to znovu nebo použijte jinou kartu.",
            Ja: "カード発行会社がこのカードを確認できませんでした。もう一度お試しいただくか、別のカードをご利用ください。",
            ZhHans: "您的银行无法确认此卡。请重试或使用其他卡。",
            Ko: "카드사에서 이 카드를 확인하지 못했습니다. 다시 시도하거나 다른 카드를 사용해 주세요.",
            Tr: "Bankanız bu kartı onaylayamadı. Tekrar deneyin veya başka bir kart kullanın.",
            Ar: "تعذّر على البنك الذي تتعامل معه تأكيد هذه البطاقة. حاول مرة أخرى أو استخدم بطاقة أخرى.",
            He: "הבנק לא הצליח לאשר את הכרטיס. נא לנסות שוב או להשתמש בכרטיס אחר.",
            Uk: "Ваш банк не зміг підтвердити цю картку. Спробуйте ще раз або використайте іншу картку.",
            El: "Η τράπεζά σας δεν μπόρεσε να επιβεβαιώσει αυτή την κάρτα. Δοκιμάστε ξανά ή χρησιμοποιήστε άλλη κάρτα.",
        },
        LastPaymentMethod => {
            En: "This is the only payment method for your active subscription. Add another card first, then remove this one.",
            Fr: "C'est le seul moyen de paiement de votre abonnement actif. Ajoutez d'abord une autre carte, puis supprimez celle-ci.",
            De: "Dies ist die einzige Zahlungsmethode für Ihr aktives Abonnement. Fügen Sie zuerst eine andere Karte hinzu und entfernen Sie dann diese.",
            Es: "Este es el único método de pago de tu suscripción activa. Añade primero otra tarjeta y, después, elimina esta.",
            It: "Questo è l'unico metodo di pagamento del tuo abbonamento attivo. Aggiungi prima un'altra carta, poi rimuovi questa.",
            Nl: "Dit is de enige betaalmethode voor je actieve abonnement. Voeg eerst een andere kaart toe en verwijder deze daarna.",
            Pt: "Este é o único método de pagamento da sua subscrição ativa. Adicione primeiro outro cartão e, depois, remova este.",
            PtBr: "Esta é a única forma de pagamento da sua assinatura ativa. Adicione outro cartão primeiro e depois remova este.",
            Sv: "Det här är den enda betalningsmetoden för din aktiva prenumeration. Lägg först till ett annat kort och ta sedan bort det här.",
            Da: "Dette er den eneste betalingsmetode til dit aktive abonnement. Tilføj først et andet kort, og fjern derefter dette.",
            Nb: "Dette er den eneste betalingsmåten for det aktive abonnementet ditt. Legg til et annet kort først, og fjern deretter dette.",
            Fi: "Tämä on aktiivisen tilauksesi ainoa maksutapa. Lisää ensin toinen kortti ja poista sitten tämä.",
            Pl: "To jedyna metoda płatności dla Twojej aktywnej subskrypcji. Najpierw dodaj inną kartę, a potem usuń tę.",
            Cs: "Toto je jediná platební metoda pro vaše aktivní předplatné. Nejdříve přidejte jinou kartu a potom tuto odeberte.",
            Ja: "これは有効なサブスクリプションの唯一のお支払い方法です。先に別のカードを追加してから、このカードを削除してください。",
            ZhHans: "这是您当前有效订阅的唯一付款方式。请先添加另一张卡，再移除这张卡。",
            Ko: "활성 구독에 등록된 유일한 결제 수단입니다. 먼저 다른 카드를 추가한 후 이 카드를 삭제해 주세요.",
            Tr: "Bu, etkin aboneliğinizin tek ödeme yöntemi. Önce başka bir kart ekleyin, ardından bunu kaldırın.",
            Ar: "هذه هي طريقة الدفع الوحيدة لاشتراكك النشط. أضف بطاقة أخرى أولًا، ثم أزِل هذه البطاقة.",
            He: "זהו אמצעי התשלום היחיד של המינוי הפעיל שלך. יש להוסיף קודם כרטיס אחר, ורק אז להסיר את הכרטיס הזה.",
            Uk: "Це єдиний спосіб оплати для вашої активної підписки. Спочатку додайте іншу картку, а потім видаліть цю.",
            El: "Αυτός είναι ο μόνος τρόπος πληρωμής για την ενεργή συνδρομή σας. Προσθέστε πρώτα άλλη κάρτα και, στη συνέχεια, αφαιρέστε αυτήν.",
        },
        PaymentMethodMissing => {
            En: "Add a payment method first.",
            Fr: "Ajoutez d'abord un moyen de paiement.",
            De: "Fügen Sie zuerst eine Zahlungsmethode hinzu.",
            Es: "Añade primero un método de pago.",
            It: "Aggiungi prima un metodo di pagamento.",
            Nl: "Voeg eerst een betaalmethode toe.",
            Pt: "Adicione primeiro um método de pagamento.",
            PtBr: "Adicione uma forma de pagamento primeiro.",
            Sv: "Lägg först till en betalningsmetod.",
            Da: "Tilføj først en betalingsmetode.",
            Nb: "Legg til en betalingsmåte først.",
            Fi: "Lisää ensin maksutapa.",
            Pl: "Najpierw dodaj metodę płatności.",
            Cs: "Nejdříve přidejte platební metodu.",
            Ja: "先にお支払い方法を追加してください。",
            ZhHans: "请先添加付款方式。",
            Ko: "먼저 결제 수단을 추가해 주세요.",
            Tr: "Önce bir ödeme yöntemi ekleyin.",
            Ar: "أضف طريقة دفع أولًا.",
            He: "יש להוסיף קודם אמצעי תשלום.",
            Uk: "Спочатку додайте спосіб оплати.",
            El: "Προσθέστε πρώτα έναν τρόπο πληρωμής.",
        },
        InvoiceNotPayable => {
            En: "This invoice cannot be paid now: it may already be paid or voided. Reload the page.",
            Fr: "Cette facture ne peut pas être payée pour le moment : elle est peut-être déjà payée ou annulée. Rechargez la page.",
            De: "Diese Rechnung kann gerade nicht bezahlt werden: Sie ist möglicherweise bereits bezahlt oder storniert. Laden Sie die Seite neu.",
            Es: "Esta factura no se puede pagar ahora: es posible que ya esté pagada o anulada. Vuelve a cargar la página.",
            It: "Questa fattura non può essere pagata ora: potrebbe essere già pagata o annullata. Ricarica la pagina.",
            Nl: "Deze factuur kan nu niet worden betaald: mogelijk is hij al betaald of geannuleerd. Laad de pagina opnieuw.",
            Pt: "Esta fatura não pode ser paga agora: pode já estar paga ou anulada. Recarregue a página.",
            PtBr: "Esta fatura não pode ser paga agora: ela pode já ter sido paga ou anulada. Recarregue a página.",
            Sv: "Fakturan kan inte betalas just nu: den kan redan vara betald eller makulerad. Ladda om sidan.",
            Da: "Fakturaen kan ikke betales lige nu: den er muligvis allerede betalt eller annulleret. Genindlæs siden.",
            Nb: "Denne fakturaen kan ikke betales nå: den kan allerede være betalt eller annullert. Last inn siden på nytt.",
            Fi: "Tätä laskua ei voi maksaa nyt: se on ehkä jo maksettu tai mitätöity. Lataa sivu uudelleen.",
            Pl: "Tej faktury nie można teraz opłacić: może być już opłacona lub anulowana. Odśwież stronę.",
            Cs: "Tuto fakturu teď nelze zaplatit: možná už je zaplacená nebo stornovaná. Obnovte stránku.",
            Ja: "この請求書は現在お支払いいただけません。すでに支払済みか、無効になっている可能性があります。ページを再読み込みしてください。",
            ZhHans: "此发票目前无法支付：它可能已支付或已作废。请重新加载页面。",
            Ko: "지금은 이 청구서를 결제할 수 없습니다. 이미 결제되었거나 무효 처리되었을 수 있습니다. 페이지를 새로고침해 주세요.",
            Tr: "Bu fatura şu anda ödenemiyor: zaten ödenmiş veya geçersiz kılınmış olabilir. Sayfayı yenileyin.",
            Ar: "لا يمكن دفع هذه الفاتورة الآن: ربما تم دفعها بالفعل أو إلغاؤها. أعد تحميل الصفحة.",
            He: "אי אפשר לשלם את החשבונית כרגע: ייתכן שהיא כבר שולמה או בוטלה. יש לטעון מחדש את הדף.",
            Uk: "Цей рахунок зараз не можна оплатити: можливо, його вже оплачено або анульовано. Перезавантажте сторінку.",
            El: "Αυτό το τιμολόγιο δεν μπορεί να πληρωθεί τώρα: ίσως έχει ήδη πληρωθεί ή ακυρωθεί. Ανανεώστε τη σελίδα.",
        },
        SubscriptionCanceled => {
            En: "This subscription has ended and can no longer be changed.",
            Fr: "Cet abonnement a pris fin et ne peut plus être modifié.",
            De: "Dieses Abonnement ist beendet und kann nicht mehr geändert werden.",
            Es: "Esta suscripción ha finalizado y ya no se puede modificar.",
            It: "Questo abbonamento è terminato e non può più essere modificato.",
            Nl: "Dit abonnement is beëindigd en kan niet meer worden gewijzigd.",
            Pt: "Esta subscrição terminou e já não pode ser alterada.",
            PtBr: "Esta assinatura foi encerrada e não pode mais ser alterada.",
            Sv: "Prenumerationen har avslutats och kan inte längre ändras.",
            Da: "Abonnementet er ophørt og kan ikke længere ændres.",
            Nb: "Dette abonnementet er avsluttet og kan ikke lenger endres.",
            Fi: "Tämä tilaus on päättynyt, eikä sitä voi enää muuttaa.",
            Pl: "Ta subskrypcja się zakończyła i nie można jej już zmienić.",
            Cs: "Toto předplatné skončilo a už ho nelze změnit.",
            Ja: "このサブスクリプションは終了しているため、変更できません。",
            ZhHans: "此订阅已结束，无法再更改。",
            Ko: "종료된 구독이므로 더 이상 변경할 수 없습니다.",
            Tr: "Bu abonelik sona erdi ve artık değiştirilemez.",
            Ar: "انتهى هذا الاشتراك ولم يعد من الممكن تغييره.",
            He: "המינוי הסתיים ולא ניתן עוד לשנות אותו.",
            Uk: "Ця підписка завершилася, і її більше не можна змінити.",
            El: "Αυτή η συνδρομή έχει λήξει και δεν μπορεί πλέον να αλλάξει.",
        },
        Generic => {
            En: "Something went wrong and nothing was changed. Please try again.",
            Fr: "Un problème est survenu et rien n'a été modifié. Veuillez réessayer.",
            De: "Etwas ist schiefgelaufen, es wurde nichts geändert. Bitte versuchen Sie es erneut.",
            Es: "Se ha producido un error y no se ha cambiado nada. Vuelve a intentarlo.",
            It: "Si è verificato un problema e non è stato modificato nulla. Riprova.",
            Nl: "Er is iets misgegaan en er is niets gewijzigd. Probeer het opnieuw.",
            Pt: "Ocorreu um erro e nada foi alterado. Tente novamente.",
            PtBr: "Algo deu errado e nada foi alterado. Tente de novo.",
            Sv: "Något gick fel och inget har ändrats. Försök igen.",
            Da: "Noget gik galt, og intet er blevet ændret. Prøv igen.",
            Nb: "Noe gikk galt, og ingenting ble endret. Prøv igjen.",
            Fi: "Jokin meni vikaan, eikä mitään muutettu. Yritä uudelleen.",
            Pl: "Coś poszło nie tak i nic nie zostało zmienione. Spróbuj ponownie.",
            Cs: "Něco se pokazilo a nic nebylo změněno. Zkuste to prosím znovu.",
            Ja: "問題が発生したため、変更は行われませんでした。もう一度お試しください。",
            ZhHans: "出现问题，未做任何更改。请重试。",
            Ko: "문제가 발생하여 아무것도 변경되지 않았습니다. 다시 시도해 주세요.",
            Tr: "Bir sorun oluştu ve hiçbir şey değiştirilmedi. Lütfen tekrar deneyin.",
            Ar: "حدث خطأ ولم يتم تغيير أي شيء. يُرجى المحاولة مرة أخرى.",
            He: "משהו השתבש ולא בוצע שום שינוי. נא לנסות שוב.",
            Uk: "Щось пішло не так, і нічого не змінено. Спробуйте ще раз.",
            El: "Κάτι πήγε στραβά και δεν έγινε καμία αλλαγή. Δοκιμάστε ξανά.",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_follows_the_problem_and_only_the_portals_failures_are_5xx() {
        let from_api = |status: u16, code: &str| Problem {
            status: Some(status),
            ..Problem::new(code)
        };
        assert_eq!(from_api(402, "card_declined").http_status(), 402);
        assert_eq!(from_api(404, "resource_missing").http_status(), 404);
        assert_eq!(from_api(400, "invalid_postal_code").http_status(), 400);
        assert_eq!(Problem::new(codes::SESSION_ENDED).http_status(), 401);
        assert_eq!(Problem::new(codes::CSRF_FAILED).http_status(), 403);
        assert_eq!(Problem::new(codes::INVALID_INPUT).http_status(), 400);
        assert_eq!(Problem::new("invalid_expiry_month").http_status(), 400);
        assert_eq!(Problem::new(codes::API_UNREACHABLE).http_status(), 502);
        assert_eq!(Problem::new(codes::REQUEST_FAILED).http_status(), 500);
        // What travels to the hydrated page keeps the API's status.
        let echoed = from_api(402, "card_declined");
        assert_eq!(Problem::de(echoed.ser()).http_status(), 402);
    }

    #[test]
    fn the_portals_codes_that_are_the_apis_spell_them_as_the_api_does() {
        assert_eq!(Problem::new(codes::CSRF_FAILED).api_code(), ErrorCode::CsrfFailed);
        assert_eq!(
            Problem::new(codes::MODULE_DISABLED).api_code(),
            ErrorCode::PortalFeatureDisabled
        );
        assert_eq!(
            Problem::new(codes::INVALID_INPUT).api_code(),
            ErrorCode::ParameterInvalid
        );
        for own in [codes::SESSION_ENDED, codes::API_UNREACHABLE, codes::REQUEST_FAILED] {
            assert_eq!(Problem::new(own).api_code(), ErrorCode::Unknown, "{own}");
        }
    }

    #[test]
    fn every_api_code_reads_back_as_itself_and_a_new_one_gets_the_generic_sentence() {
        for &code in ErrorCode::ALL {
            assert_eq!(Problem::api(code).api_code(), code);
        }
        assert_eq!(Problem::new("a_code_from_a_newer_api").text(), ProblemText::Generic);
    }

    #[test]
    fn every_problem_sentence_is_translated() {
        let problems = crate::i18n::catalog::problems::<ProblemText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_decline_code_decides_the_sentence() {
        let declined = |code: &str| Problem {
            decline_code: Some(code.to_owned()),
            ..Problem::new("card_declined")
        };
        assert_eq!(declined("insufficient_funds").text(), ProblemText::InsufficientFunds);
        assert_eq!(declined("lost_card").text(), ProblemText::CardDeclined);
        assert_eq!(
            declined("authentication_failed").text(),
            ProblemText::AuthenticationFailed
        );
        assert_eq!(Problem::new("some_new_code").text(), ProblemText::Generic);
    }

    #[test]
    fn a_problem_is_about_a_field_or_a_field_inside_it() {
        let problem = Problem::new("invalid_postal_code").about("address.postal_code");
        assert!(problem.is_about("address.postal_code"));
        assert!(problem.is_about("address"));
        assert!(!problem.is_about("address.postal"));
        assert!(!problem.is_about("card"));
    }
}
