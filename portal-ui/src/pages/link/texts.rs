//! Texts of the portal link's hand-off page (`server::link_page`) and of its problems (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
    /// the customer in by a `POST`, sent by script at once or by its one button.
    pub enum LinkText {
        HandoffHeading => {
            En: "Opening your billing portal", Fr: "Ouverture de votre portail de facturation",
            De: "Ihr Abrechnungsportal wird geöffnet", Es: "Abriendo tu portal de facturación",
            It: "Apertura del tuo portale di fatturazione", Nl: "Je factuurportaal wordt geopend",
            Pt: "A abrir o seu portal de faturação", PtBr: "Abrindo seu portal de cobrança",
            Sv: "Din faktureringsportal öppnas", Da: "Din faktureringsportal åbnes",
            Nb: "Faktureringsportalen din åpnes", Fi: "Laskutusportaalisi avautuu",
            Pl: "Otwieranie portalu rozliczeń", Cs: "Otevírá se váš fakturační portál",
            Ja: "請求ポータルを開いています", ZhHans: "正在打开您的账单门户",
            Ko: "청구 포털을 여는 중입니다", Tr: "Fatura portalınız açılıyor",
            Ar: "جارٍ فتح بوابة الفوترة الخاصة بك", He: "פורטל החיובים שלך נפתח",
            Uk: "Відкриваємо ваш портал оплати", El: "Άνοιγμα της πύλης χρεώσεών σας",
        },
        HandoffAdvice => {
            En: "This link signs you in once. Continue to open your billing portal.",
            Fr: "Ce lien ne permet de vous connecter qu'une seule fois. Continuez pour ouvrir votre portail de facturation.",
            De: "Mit diesem Link melden Sie sich einmalig an. Fahren Sie fort, um Ihr Abrechnungsportal zu öffnen.",
            Es: "Este enlace te permite iniciar sesión una sola vez. Continúa para abrir tu portal de facturación.",
            It: "Questo link ti consente di accedere una sola volta. Continua per aprire il tuo portale di fatturazione.",
            Nl: "Met deze link log je één keer in. Ga verder om je factuurportaal te openen.",
            Pt: "Esta ligação permite iniciar sessão uma única vez. Continue para abrir o seu portal de faturação.",
            PtBr: "Este link permite entrar uma única vez. Continue para abrir seu portal de cobrança.",
            Sv: "Den här länken loggar in dig en gång. Fortsätt för att öppna din faktureringsportal.",
            Da: "Dette link logger dig ind én gang. Fortsæt for at åbne din faktureringsportal.",
            Nb: "Denne lenken logger deg på én gang. Fortsett for å åpne faktureringsportalen din.",
            Fi: "Tällä linkillä kirjaudut sisään kerran. Jatka avataksesi laskutusportaalisi.",
            Pl: "Ten link pozwala zalogować się tylko raz. Kontynuuj, aby otworzyć portal rozliczeń.",
            Cs: "Tento odkaz vás přihlásí jen jednou. Pokračujte a otevřete svůj fakturační portál.",
            Ja: "このリンクでログインできるのは 1 回だけです。続行して請求ポータルを開いてください。",
            ZhHans: "此链接只能登录一次。请继续以打开您的账单门户。",
            Ko: "이 링크로는 한 번만 로그인할 수 있습니다. 계속하여 청구 포털을 여세요.",
            Tr: "Bu bağlantıyla yalnızca bir kez oturum açabilirsiniz. Fatura portalınızı açmak için devam edin.",
            Ar: "يتيح لك هذا الرابط تسجيل الدخول مرة واحدة فقط. تابِع لفتح بوابة الفوترة الخاصة بك.",
            He: "הקישור הזה מאפשר להתחבר פעם אחת בלבד. יש להמשיך כדי לפתוח את פורטל החיובים.",
            Uk: "За цим посиланням можна увійти лише один раз. Продовжте, щоб відкрити портал оплати.",
            El: "Αυτός ο σύνδεσμος σας συνδέει μόνο μία φορά. Συνεχίστε για να ανοίξετε την πύλη χρεώσεών σας.",
        },
        Continue => {
            En: "Continue", Fr: "Continuer", De: "Weiter", Es: "Continuar", It: "Continua", Nl: "Doorgaan",
            Pt: "Continuar", PtBr: "Continuar", Sv: "Fortsätt", Da: "Fortsæt", Nb: "Fortsett", Fi: "Jatka",
            Pl: "Kontynuuj", Cs: "Pokračovat", Ja: "続行", ZhHans: "继续", Ko: "계속", Tr: "Devam et",
            Ar: "متابعة", He: "המשך", Uk: "Продовжити", El: "Συνέχεια",
        },
    }
}
