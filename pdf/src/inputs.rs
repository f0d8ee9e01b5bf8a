//! Turns an [`InvoiceDocument`] into the `sys.inputs` dictionary the template reads.
//!
//! Invariant: user text only ever becomes a typst *string value*, never source code, so it
//! cannot execute. The two values the template interprets (the accent colour passed to `rgb()`
//! and the `lang`/`region` codes passed to `text()`) are validated or normalised here first.

use typst::foundations::{Bytes, Dict, IntoValue, Str, Value};

use crate::{BillTo, InvoiceDocument, Labels, Line, RenderError, Seller};

/// Primary language subtags written right to left.
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "syr", "ug", "ur", "yi",
];

pub(crate) fn to_typst(doc: &InvoiceDocument) -> Result<Dict, RenderError> {
    let accent = parse_accent(&doc.seller.accent_colour)?;
    let locale = Locale::parse(&doc.locale);

    let mut d = Dict::new();
    put(
        &mut d,
        "cjk_families",
        locale
            .cjk_families()
            .iter()
            .filter(|family| crate::fonts::has_system_family(family))
            .map(|family| Value::Str((*family).into()))
            .collect::<Vec<_>>(),
    );
    put(&mut d, "lang", locale.lang);
    put(&mut d, "region", locale.region);
    put(&mut d, "rtl", locale.rtl);
    put(&mut d, "kind", doc.kind.template_key());
    put(&mut d, "accent", accent.hex);
    put(&mut d, "accent_is_light", accent.is_light);
    put(&mut d, "seller", seller(&doc.seller));
    put(&mut d, "number", text(&doc.number));
    put(&mut d, "status_kind", doc.status.template_key());
    put(&mut d, "status", text(&doc.status_label));
    put(&mut d, "labels", labels(&doc.labels));
    put(&mut d, "issued", text(&doc.issued));
    put(&mut d, "due", doc.due.as_deref().map(text));
    put(&mut d, "period", doc.period.as_deref().map(text));
    put(&mut d, "paid_on", doc.paid_on.as_deref().map(text));
    put(&mut d, "payment_method", doc.payment_method.as_deref().map(text));
    put(&mut d, "bill_to", bill_to(&doc.bill_to));
    put(&mut d, "lines", doc.lines.iter().map(line).collect::<Vec<_>>());
    put(&mut d, "subtotal", text(&doc.subtotal));
    put(&mut d, "tax", text(&doc.tax));
    put(&mut d, "total", text(&doc.total));
    put(&mut d, "amount_paid", text(&doc.amount_paid));
    put(&mut d, "amount_due", text(&doc.amount_due));
    put(&mut d, "footer", doc.footer.as_deref().map(text));
    Ok(d)
}

fn put(dict: &mut Dict, key: &str, value: impl IntoValue) {
    dict.insert(Str::from(key), value.into_value());
}

/// A piece of caller text as a typst string, minus the characters that could garble the page:
/// control characters other than newline and tab, and the explicit bidi embedding, override
/// and isolate marks (U+202A–U+202E, U+2066–U+2069), with which a customer-supplied name could
/// visually reorder the amounts printed after it. Left and right marks (U+200E, U+200F) stay.
fn text(value: &str) -> Value {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if value.contains(unsafe_char) {
        Value::Str(value.replace(unsafe_char, "").into())
    } else {
        Value::Str(value.into())
    }
}

fn texts(items: &[String]) -> Vec<Value> {
    items.iter().map(|item| text(item)).collect()
}

fn seller(seller: &Seller) -> Dict {
    let mut d = Dict::new();
    put(&mut d, "name", text(&seller.name));
    let logo = seller
        .logo
        .as_ref()
        .map(|bytes| Value::Bytes(Bytes::new(bytes.clone())));
    put(&mut d, "logo", logo);
    put(&mut d, "address_lines", texts(&seller.address_lines));
    put(&mut d, "email", seller.email.as_deref().map(text));
    put(&mut d, "tax_ids", texts(&seller.tax_ids));
    d
}

fn bill_to(bill_to: &BillTo) -> Dict {
    let mut d = Dict::new();
    put(&mut d, "name", text(&bill_to.name));
    put(&mut d, "email", bill_to.email.as_deref().map(text));
    put(&mut d, "address_lines", texts(&bill_to.address_lines));
    put(&mut d, "tax_ids", texts(&bill_to.tax_ids));
    d
}

fn line(line: &Line) -> Dict {
    let mut d = Dict::new();
    put(&mut d, "description", text(&line.description));
    put(&mut d, "period", line.period.as_deref().map(text));
    put(&mut d, "quantity", text(&line.quantity));
    put(&mut d, "unit_price", text(&line.unit_price));
    put(&mut d, "amount", text(&line.amount));
    d
}

fn labels(labels: &Labels) -> Dict {
    let mut d = Dict::new();
    let Labels {
        invoice,
        bill_to,
        date_of_issue,
        due_date,
        period,
        description,
        qty,
        unit_price,
        amount,
        subtotal,
        tax,
        total,
        amount_paid,
        amount_due,
        page,
        receipt,
        invoice_number,
        paid_on,
        payment_method,
    } = labels;
    for (key, value) in [
        ("invoice", invoice),
        ("bill_to", bill_to),
        ("date_of_issue", date_of_issue),
        ("due_date", due_date),
        ("period", period),
        ("description", description),
        ("qty", qty),
        ("unit_price", unit_price),
        ("amount", amount),
        ("subtotal", subtotal),
        ("tax", tax),
        ("total", total),
        ("amount_paid", amount_paid),
        ("amount_due", amount_due),
        ("page", page),
        ("receipt", receipt),
        ("invoice_number", invoice_number),
        ("paid_on", paid_on),
        ("payment_method", payment_method),
    ] {
        put(&mut d, key, text(value));
    }
    d
}

/// A validated accent colour.
#[derive(Debug, PartialEq)]
struct Accent {
    /// `#rrggbb`, safe to hand to typst's `rgb()`.
    hex: String,
    /// Too light to be read as text on white (relative luminance above 0.5).
    is_light: bool,
}

fn parse_accent(colour: &str) -> Result<Accent, RenderError> {
    let invalid = || RenderError::InvalidAccentColour(colour.to_owned());
    let hex = colour.strip_prefix('#').ok_or_else(invalid)?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(invalid());
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| invalid());
    let (r, g, b) = (channel(0)?, channel(2)?, channel(4)?);
    // WCAG relative luminance.
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    Ok(Accent {
        hex: format!("#{}", hex.to_ascii_lowercase()),
        is_light: luminance > 0.5,
    })
}

/// The CJK font families (see `fonts::CJK_FILES`), by region's glyph forms.
const CJK_JP: &str = "Noto Sans CJK JP";
const CJK_KR: &str = "Noto Sans CJK KR";
const CJK_SC: &str = "Noto Sans CJK SC";
const CJK_TC: &str = "Noto Sans CJK TC";

/// The parts of a BCP 47 tag that typst's `text()` understands.
#[derive(Debug, PartialEq)]
struct Locale {
    /// ISO 639 code, lowercase, 2 or 3 letters (typst rejects anything else).
    lang: String,
    /// ISO 3166-1 alpha-2 region, uppercase.
    region: Option<String>,
    /// Whether the language is written right to left.
    rtl: bool,
}

impl Locale {
    fn parse(tag: &str) -> Self {
        let mut subtags = tag.trim().split(['-', '_']);
        let lang = subtags
            .next()
            .filter(|s| (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(str::to_ascii_lowercase);
        let Some(lang) = lang else {
            return Self {
                lang: "en".into(),
                region: None,
                rtl: false,
            };
        };
        // Keep a two-letter region; a script subtag (`zh-Hant-TW`) only gives Chinese its
        // region when none is written (`zh-Hant` is Taiwan's forms, `zh-Hans` China's).
        let rest: Vec<&str> = subtags.take(2).collect();
        let region = rest
            .iter()
            .find(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(|s| s.to_ascii_uppercase());
        let script = rest.iter().find(|s| s.len() == 4).map(|s| s.to_ascii_lowercase());
        let region = match (lang.as_str(), region, script.as_deref()) {
            ("zh", None, Some("hant")) => Some("TW".to_owned()),
            ("zh", None, Some("hans")) => Some("CN".to_owned()),
            (_, region, _) => region,
        };
        let rtl = RTL_LANGUAGES.contains(&lang.as_str());
        Self { lang, region, rtl }
    }

    /// The CJK families in the order this language wants them: its own region's glyph
    /// forms first (Japanese kanji, Korean hanja, Simplified or Traditional hanzi), the
    /// others as fallbacks for names written in another CJK language. Simplified
    /// Chinese forms first for every other language.
    fn cjk_families(&self) -> [&'static str; 4] {
        match (self.lang.as_str(), self.region.as_deref()) {
            ("ja", _) => [CJK_JP, CJK_SC, CJK_TC, CJK_KR],
            ("ko", _) => [CJK_KR, CJK_JP, CJK_SC, CJK_TC],
            ("zh", Some("TW" | "HK" | "MO")) => [CJK_TC, CJK_SC, CJK_JP, CJK_KR],
            _ => [CJK_SC, CJK_TC, CJK_JP, CJK_KR],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_bidi_overrides_are_dropped_from_caller_text() {
        let spoof = "Acme\u{202E}00.99$\u{202C} Ltd\u{0}\u{7}\u{2066}x\u{2069}\nLine 2\tTab";
        assert_eq!(text(spoof), Value::Str("Acme00.99$ Ltdx\nLine 2\tTab".into()));
        assert_eq!(text("שלום\u{200F} (ok)"), Value::Str("שלום\u{200F} (ok)".into()));
    }

    #[test]
    fn an_accent_colour_must_be_hash_and_six_hex_digits() {
        assert_eq!(parse_accent("#2F6FEB").map(|a| a.hex), Ok("#2f6feb".to_owned()));
        for bad in [
            "2F6FEB",
            "#2F6FE",
            "#2F6FEBB",
            "#GGGGGG",
            "red",
            "",
            "#2F6FEB\"); panic(\"",
        ] {
            assert_eq!(
                parse_accent(bad),
                Err(RenderError::InvalidAccentColour(bad.to_owned())),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_light_accent_colour_is_flagged_so_text_gets_a_darker_shade() {
        assert!(parse_accent("#FFE600").is_ok_and(|a| a.is_light));
        assert!(parse_accent("#1A4FD6").is_ok_and(|a| !a.is_light));
    }

    #[test]
    fn a_locale_gives_typst_a_language_a_region_and_a_direction() {
        let locale = |lang: &str, region: Option<&str>, rtl: bool| Locale {
            lang: lang.into(),
            region: region.map(Into::into),
            rtl,
        };
        assert_eq!(Locale::parse("en"), locale("en", None, false));
        assert_eq!(Locale::parse("fr-FR"), locale("fr", Some("FR"), false));
        assert_eq!(Locale::parse("pt_br"), locale("pt", Some("BR"), false));
        assert_eq!(Locale::parse("zh-Hant-TW"), locale("zh", Some("TW"), false));
        assert_eq!(Locale::parse("zh-Hant"), locale("zh", Some("TW"), false));
        assert_eq!(Locale::parse("zh-Hans"), locale("zh", Some("CN"), false));
        assert_eq!(Locale::parse("th"), locale("th", None, false));
        assert_eq!(Locale::parse("ar"), locale("ar", None, true));
        assert_eq!(Locale::parse("he-IL"), locale("he", Some("IL"), true));
        assert_eq!(Locale::parse("fa-IR"), locale("fa", Some("IR"), true));
        assert_eq!(Locale::parse(""), locale("en", None, false));
        assert_eq!(Locale::parse("\"); panic(\""), locale("en", None, false));
    }

    #[test]
    fn each_cjk_language_gets_its_own_glyph_forms_first() {
        let first = |tag: &str| Locale::parse(tag).cjk_families()[0];
        assert_eq!(first("ja"), "Noto Sans CJK JP");
        assert_eq!(first("ko"), "Noto Sans CJK KR");
        assert_eq!(first("zh-Hans"), "Noto Sans CJK SC");
        assert_eq!(first("zh-Hant"), "Noto Sans CJK TC");
        assert_eq!(first("zh-HK"), "Noto Sans CJK TC");
        assert_eq!(first("en"), "Noto Sans CJK SC");
        for tag in ["ja", "ko", "zh-Hans", "zh-Hant", "en"] {
            let mut families = Locale::parse(tag).cjk_families().to_vec();
            families.sort_unstable();
            assert_eq!(families, [CJK_JP, CJK_KR, CJK_SC, CJK_TC], "{tag}: every family once");
        }
    }

    #[test]
    fn a_receipt_and_its_payment_facts_reach_the_template() {
        let mut doc = crate::tests::minimal();
        doc.kind = crate::DocumentKind::Receipt;
        doc.paid_on = Some("2 Jan 2026".into());
        doc.payment_method = Some("Visa ending in 4242".into());
        let inputs = to_typst(&doc).expect("valid inputs");
        let get = |key: &str| inputs.get(key).cloned().expect("present");
        assert_eq!(get("kind"), Value::Str("receipt".into()));
        assert_eq!(get("paid_on"), Value::Str("2 Jan 2026".into()));
        assert_eq!(get("payment_method"), Value::Str("Visa ending in 4242".into()));
        doc.kind = crate::DocumentKind::Invoice;
        doc.paid_on = None;
        let inputs = to_typst(&doc).expect("valid inputs");
        assert_eq!(inputs.get("kind").cloned().ok(), Some(Value::Str("invoice".into())));
        assert_eq!(inputs.get("paid_on").cloned().ok(), Some(Value::None));
    }
}
