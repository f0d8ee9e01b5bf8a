//! The simulated bank challenge (3-D Secure), one piece for every page that meets it:
//! the invoices page (a payment the bank wants confirmed) and the add-card page (a card
//! the bank wants confirmed). [`BankChallenge`] frames it as the bank's own window — the
//! page's heading and question, the test-mode notice, a failure of the last answer —
//! around the page's form, whose buttons are [`ChallengeAnswers`].
//!
//! The form stays the page's: each posts its own server function (with its own hidden
//! fields), so the challenge works without JavaScript and, hydrated, through the
//! page's `ServerAction`.

use leptos::prelude::*;

use crate::catalog;
use crate::i18n::{t, use_locale};
use crate::pages::layout::ProblemMessage;
use crate::problem::Problem;

/// The bank's challenge: a section `id` (focusable, labelled by its heading
/// `{id}-heading`) with `heading`, the bank's `question`, the test-mode notice, the
/// failure of the last answer (for pages showing it here rather than in their own
/// message), and `children`: the page's form ending in
/// [`ChallengeAnswers`]. With `focus_when_shown`, the hydrated page moves the focus to
/// it as it appears (pages that manage the focus themselves leave it off).
#[component]
pub fn BankChallenge(
    id: &'static str,
    heading: String,
    question: String,
    #[prop(optional)] problem: Option<Signal<Option<Problem>>>,
    #[prop(optional)] focus_when_shown: bool,
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let section = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        if focus_when_shown && let Some(section) = section.get() {
            let _ = section.focus();
        }
    });
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section
            id=id
            class="challenge"
            aria-labelledby=labelled_by
            tabindex="-1"
            data-challenge="true"
            node_ref=section
        >
            <h2 id=heading_id>{heading}</h2>
            <p role="alert">{question}</p>
            <div class="challenge__bank">
                <p class="challenge__notice">{t(locale, ChallengeText::TestNotice)}</p>
                {problem.map(|problem| view! { <ProblemMessage problem/> })}
                {children()}
            </div>
        </section>
    }
}

/// The two answers to the bank, as submit buttons of the page's form: `name` carries
/// `approve` or `deny` (the API's words).
#[component]
pub fn ChallengeAnswers(name: &'static str) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="actions">
            <button type="submit" class="button" name=name value="approve">
                {t(locale, ChallengeText::Approve)}
            </button>
            <button type="submit" class="button button--secondary" name=name value="deny">
                {t(locale, ChallengeText::Refuse)}
            </button>
        </div>
    }
}

catalog! {
    /// The bank challenge's texts, the same on every page.
    pub enum ChallengeText {
        TestNotice => {
            En: "Test mode: this step stands in for your bank's own check (3-D Secure). Choose the answer your bank would give.",
            Fr: "Mode test : cette étape remplace la vérification de votre banque (3-D Secure). Choisissez la réponse que donnerait votre banque.",
            De: "Testmodus: Dieser Schritt ersetzt die Prüfung durch Ihre Bank (3-D Secure). Wählen Sie die Antwort, die Ihre Bank geben würde.",
            Es: "Modo de prueba: este paso sustituye a la verificación de tu banco (3-D Secure). Elige la respuesta que daría tu banco.",
            It: "Modalità di test: questo passaggio sostituisce la verifica della tua banca (3-D Secure). Scegli la risposta che darebbe la tua banca.",
            Nl: "Testmodus: deze stap vervangt de controle van je bank (3-D Secure). Kies het antwoord dat je bank zou geven.",
            Pt: "Modo de teste: este passo substitui a verificação do seu banco (3-D Secure). Escolha a resposta que o seu banco daria.",
            PtBr: "Modo de teste: esta etapa substitui a verificação do seu banco (3-D Secure). Escolha a resposta que seu banco daria.",
            Sv: "Testläge: det här steget ersätter bankens egen kontroll (3-D Secure). Välj det svar som din bank skulle ge.",
            Da: "Testtilstand: dette trin erstatter bankens egen kontrol (3-D Secure). Vælg det svar, din bank ville give.",
            Nb: "Testmodus: dette steget erstatter bankens egen kontroll (3-D Secure). Velg svaret banken din ville gitt.",
            Fi: "Testitila: tämä vaihe korvaa pankkisi oman tarkistuksen (3-D Secure). Valitse vastaus, jonka pankkisi antaisi.",
            Pl: "Tryb testowy: ten krok zastępuje weryfikację w Twoim banku (3-D Secure). Wybierz odpowiedź, jakiej udzieliłby bank.",
            Cs: "Testovací režim: tento krok nahrazuje ověření u vaší banky (3-D Secure). Zvolte odpověď, kterou by dala vaše banka.",
            Ja: "テストモード：この手順はカード発行会社による本人認証（3-D Secure）の代わりです。カード発行会社の応答を選んでください。",
            ZhHans: "测试模式：此步骤模拟银行的验证（3-D Secure）。请选择您的银行会给出的回应。",
            Ko: "테스트 모드: 이 단계는 카드사의 본인 인증(3-D Secure)을 대신합니다. 카드사의 응답을 선택해 주세요.",
            Tr: "Test modu: Bu adım bankanızın kendi doğrulamasının (3-D Secure) yerine geçer. Bankanızın vereceği yanıtı seçin.",
            Ar: "وضع الاختبار: تحل هذه الخطوة محل تحقق البنك (3-D Secure). اختر الرد الذي كان البنك سيقدّمه.",
            He: "מצב בדיקה: השלב הזה מחליף את האימות של הבנק (3-D Secure). יש לבחור את התשובה שהבנק היה נותן.",
            Uk: "Тестовий режим: цей крок замінює перевірку вашого банку (3-D Secure). Виберіть відповідь, яку дав би ваш банк.",
            El: "Δοκιμαστική λειτουργία: αυτό το βήμα αντικαθιστά τον έλεγχο της τράπεζάς σας (3-D Secure). Επιλέξτε την απάντηση που θα έδινε η τράπεζά σας.",
        },
        Approve => {
            En: "Approve",
            Fr: "Approuver",
            De: "Bestätigen",
            Es: "Aprobar",
            It: "Approva",
            Nl: "Goedkeuren",
            Pt: "Aprovar",
            PtBr: "Aprovar",
            Sv: "Godkänn",
            Da: "Godkend",
            Nb: "Godkjenn",
            Fi: "Hyväksy",
            Pl: "Zatwierdź",
            Cs: "Schválit",
            Ja: "承認する",
            ZhHans: "批准",
            Ko: "승인",
            Tr: "Onayla",
            Ar: "موافقة",
            He: "אישור",
            Uk: "Схвалити",
            El: "Έγκριση",
        },
        Refuse => {
            En: "Refuse",
            Fr: "Refuser",
            De: "Ablehnen",
            Es: "Rechazar",
            It: "Rifiuta",
            Nl: "Weigeren",
            Pt: "Recusar",
            PtBr: "Recusar",
            Sv: "Neka",
            Da: "Afvis",
            Nb: "Avvis",
            Fi: "Hylkää",
            Pl: "Odrzuć",
            Cs: "Odmítnout",
            Ja: "拒否する",
            ZhHans: "拒绝",
            Ko: "거절",
            Tr: "Reddet",
            Ar: "رفض",
            He: "דחייה",
            Uk: "Відхилити",
            El: "Απόρριψη",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<ChallengeText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
