//! How long an old credential keeps working beside its successor: the choice a secret
//! rotation (webhooks) and a key roll (API keys) offer, as the API takes it
//! (`overlap_seconds`, 0 to 7 days).

use leptos::prelude::*;

use super::{guard::form_field, texts::DashboardText as D};
use crate::i18n::{Locale, t};

/// The overlaps offered, in seconds: at once, an hour, a day (the API's default and the
/// one selected), a week.
const OVERLAPS: [(i64, D); 4] = [
    (0, D::OverlapNone),
    (3_600, D::OverlapHour),
    (86_400, D::OverlapDay),
    (604_800, D::OverlapWeek),
];

/// The form's `overlap_seconds`, when it is one of the choices (`None`: the API's default).
pub fn posted(body: &[u8]) -> Option<i64> {
    form_field(body, "overlap_seconds")
        .and_then(|value| value.parse::<i64>().ok())
        .filter(|value| OVERLAPS.iter().any(|(seconds, _)| seconds == value))
}

/// The `<option>`s of the choice, a day selected.
pub fn options(locale: Locale) -> impl IntoView {
    OVERLAPS
        .iter()
        .map(|(seconds, text)| {
            view! { <option value=seconds.to_string() selected=*seconds == 86_400>{t(locale, *text)}</option> }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_an_offered_overlap_is_taken() {
        assert_eq!(super::posted(b"overlap_seconds=0"), Some(0));
        assert_eq!(super::posted(b"overlap_seconds=3600"), Some(3_600));
        assert_eq!(super::posted(b"overlap_seconds=999999999"), None);
        assert_eq!(super::posted(b"overlap_seconds=-1"), None);
        assert_eq!(super::posted(b""), None);
    }
}
