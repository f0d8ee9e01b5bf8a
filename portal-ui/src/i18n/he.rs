//! Hebrew texts.

use super::Key;

/// The Hebrew text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "פורטל הלקוחות של Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "דילוג לתוכן הראשי",
        Key::Footer => "תשלומים וחיובים באמצעות Paylera.",
        Key::IntroLead => "כאן אפשר לנהל מינויים, חשבוניות ואמצעי תשלום מול עסק שמחייב אותך דרך Paylera.",
        Key::IntroHowToReach => {
            "מגיעים לפורטל הזה דרך קישור מאובטח מבית העסק שממנו קנית: חפשו קישור כמו \"ניהול חיובים\" או \"פורטל חיובים\" באפליקציה, באתר או בהודעות הדוא\"ל שלו. הקישור מחבר אותך לזמן קצר; אין סיסמת Paylera שצריך לזכור."
        }
        Key::ServiceStatusHeading => "מצב השירות",
        Key::ApiStatusLabel => "מצב ה־API: ",
        Key::StatusChecking => "בבדיקה…",
        Key::StatusOk => "תקין",
        Key::StatusUnavailable => "לא זמין",
        Key::StatusUnreachable => "אין חיבור",
        Key::StatusOkDescription => "שירותי החיוב פועלים כרגיל.",
        Key::StatusUnavailableDescription => "שירותי החיוב אינם זמינים כרגע. נא לנסות שוב בעוד כמה דקות.",
        Key::StatusUnreachableDescription => "לא הצלחנו להתחבר לשירותי החיוב. נא לנסות שוב בעוד כמה דקות.",
        Key::DetailsHeading => "על הפורטל",
        Key::DetailsButton => "מה אפשר לעשות כאן?",
        Key::DetailsSubscriptions => "לצפות במינויים הפעילים ולשנות או לבטל אותם.",
        Key::DetailsInvoices => "להוריד חשבוניות וקבלות קודמות.",
        Key::DetailsPaymentMethods => "להוסיף, להחליף או להסיר את הכרטיס או את חשבון הבנק שבו משלמים.",
        Key::DetailsBillingAddress => "לעדכן את כתובת החיוב ואת פרטי המס.",
        Key::DetailsNote => {
            "מה שאפשר לשנות תלוי בהגדרות של בית העסק. בשאלות על חיוב, יש לפנות ישירות לבית העסק: הוא יכול לראות את החשבון ולבצע החזרים."
        }
        Key::SignedInHeading => "מחובר/ת",
        Key::SignedInLead => "התחברת לניהול החיובים שלך.",
        Key::SignedInHelp => {
            "בסיום, אפשר לחזור לעסק שממנו הגעת. כך הביקור כאן מסתיים; כדי לחזור, יש לפתוח שוב את פורטל החיובים שלו."
        }
        Key::ReturnToMerchantButton => "חזרה לבית העסק",
        Key::LinkExpiredHeading => "תוקף הקישור פג או שכבר נעשה בו שימוש",
        Key::LinkExpiredAdvice => {
            "למען אבטחתך, כל קישור לפורטל עובד פעם אחת בלבד ולזמן קצר. יש לחזור לעסק ולפתוח שוב את פורטל החיובים כדי לקבל קישור חדש."
        }
        Key::LinkRateLimitedHeading => "יותר מדי ניסיונות, נא לנסות שוב בעוד דקה",
        Key::LinkRateLimitedAdvice => "קיבלנו יותר מדי ניסיונות לפתוח את הפורטל. יש להמתין דקה ואז לטעון מחדש את הדף.",
        Key::LinkUnavailableHeading => "לא הצלחנו לפתוח את פורטל החיובים שלך",
        Key::LinkUnavailableAdvice => "שירותי החיוב שלנו לא הגיבו. נא לטעון מחדש את הדף בעוד כמה דקות.",
        Key::ReturnTo => "חזרה אל {merchant}",
        Key::NotFoundHeading => "הדף לא נמצא",
        Key::NotFoundBody => {
            "לא מצאנו את הדף המבוקש. אם הגעת דרך קישור מעסק שמחייב אותך, ייתכן שתוקפו פג: אפשר לבקש ממנו קישור חדש."
        }
        Key::NotFoundHomeLink => "מעבר לדף הבית של הפורטל",
        Key::ModuleSubscriptionTitle => "מינוי",
        Key::ModuleSubscriptionDescription => "שנו או בטלו את התוכנית שלכם.",
        Key::ModulePaymentMethodsTitle => "אמצעי תשלום",
        Key::ModulePaymentMethodsDescription => "הוסיפו או החליפו את הכרטיס או חשבון הבנק שבו אתם משלמים.",
        Key::ModuleInvoicesTitle => "חשבוניות",
        Key::ModuleInvoicesDescription => "צפו בחשבוניות הקודמות שלכם והורידו אותן.",
        Key::ModuleTaxIdsTitle => "מספרי מס",
        Key::ModuleTaxIdsDescription => "הוסיפו או הסירו את מספרי המס שמופיעים בחשבוניות שלכם.",
        Key::ModuleAddressTitle => "כתובת לחיוב",
        Key::ModuleAddressDescription => "עדכנו את הכתובת שבחשבוניות שלכם.",
    }
}
