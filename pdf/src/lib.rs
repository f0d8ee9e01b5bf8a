//! Renders Paylera invoices to PDF.
//!
//! The caller formats everything for display (money, dates, localised labels) and hands over an
//! [`InvoiceDocument`]; [`render`] lays it out as an A4 invoice and returns the PDF bytes.
//!
//! # Engine
//!
//! Layout and PDF export are done by [typst](https://typst.app) (through `typst-as-lib` and
//! `typst-pdf`) with the template in `templates/invoice.typ`, compiled into the crate. Typst
//! gives us, for free, what an invoice needs and hand-placed PDF libraries (printpdf, krilla)
//! leave to the caller: paragraph layout with line breaking, text shaping through rustybuzz
//! (Arabic joining, Hebrew, combining diacritics), the Unicode bidi algorithm and mirrored
//! tables for right-to-left locales, tables that flow over pages with a repeated header, page
//! counters, SVG and PNG logos, and subset, extractable embedded fonts.
//!
//! # Safety of user text
//!
//! The document never becomes typst markup. It is converted into typst *values* (strings,
//! arrays, dictionaries, bytes) and passed as `sys.inputs`; the template only places those
//! strings as text. A description such as `#panic("x")`, `*bold*` or `$x^2$` is printed
//! literally and never evaluated. The only strings the template interprets are ones this crate
//! produces itself after validation (the accent colour and the language/region codes).
//! Control characters and explicit bidi overrides are dropped from user text, so a customer name
//! cannot visually reorder the amounts printed after it. A logo is decoded by typst (SVG through
//! usvg, without scripts); it can reach no file, since the only file typst can see is the
//! template.
//!
//! # Fonts
//!
//! Embedded, and subset into each PDF (only the glyphs used are written): Noto Sans Regular and
//! Bold (Latin including Vietnamese, Turkish and Polish, Greek, Cyrillic, currency signs), Noto
//! Sans Arabic, Noto Sans Hebrew and Noto Sans Thai, vendored unmodified from Debian's
//! `fonts-noto-core` (1.65 MB), plus the `notosans` crate's older Noto Sans as a last fallback
//! for the math minus and arrows. CJK (Japanese, Korean, Simplified and Traditional Chinese) is
//! not embedded (a CJK face is about 20 MB): [`load_system_fonts`] reads Debian's
//! `fonts-noto-cjk` collections at start-up, and the template picks the CJK family of the
//! document's language and region. Text stays real text: `pdftotext` extracts it.
//! `fonts/README.md` explains each choice.
//!
//! # Performance
//!
//! On the project's 2-core machine, release build: about 5–7 ms for a one-page invoice and
//! 65 ms for ten pages; a debug build is about 15–20 times slower (about 0.1 s per page), which
//! is fine for tests. Numbers and budgets: `docs/benchmarks/invoice-pdf.md`.
//!
//! # Determinism
//!
//! The PDF carries no creation date, and its document id is a hash of its title and author, so
//! the same document always renders to the same bytes.

mod fonts;
mod inputs;

pub use fonts::{CJK_FILES, DEFAULT_FONT_DIR, SystemFonts, load_system_fonts};

use std::sync::LazyLock;

use typst::foundations::Smart;
use typst_as_lib::{TypstAsLibError, TypstEngine, TypstTemplateMainFile};
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

/// The typst template, compiled into the crate.
const TEMPLATE: &str = include_str!("../templates/invoice.typ");

/// Everything an invoice PDF shows, already formatted for display by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceDocument {
    /// BCP 47 language tag of the document, e.g. `"en"`, `"fr-FR"`, `"ar"`. It selects
    /// hyphenation and quote rules and, for right-to-left languages (`ar`, `he`, `fa`, `ur`, …),
    /// a mirrored layout. An unparsable tag falls back to English, left to right.
    pub locale: String,
    /// An invoice, or the receipt of a paid one (titled [`Labels::receipt`], with the date
    /// paid and the payment method).
    pub kind: DocumentKind,
    /// Who issues the invoice.
    pub seller: Seller,
    /// The invoice number, e.g. `"DEMO-0042"`.
    pub number: String,
    /// The invoice's state; it picks the colour and style of the status badge.
    pub status: InvoiceStatus,
    /// The status as printed on the badge, already localised, e.g. `"Paid"`, `"Payée"`.
    pub status_label: String,
    /// Every fixed text of the layout, already localised.
    pub labels: Labels,
    /// Date of issue, formatted, e.g. `"25 Nov 2026"`.
    pub issued: String,
    /// Due date, formatted; not shown when `None`.
    pub due: Option<String>,
    /// Service period of the invoice as a whole, formatted, e.g. `"1 Nov – 30 Nov 2026"`.
    pub period: Option<String>,
    /// When the invoice was paid, formatted; shown when present (receipts).
    pub paid_on: Option<String>,
    /// How it was paid, formatted, e.g. `"Visa ending in 4242"`; shown when present.
    pub payment_method: Option<String>,
    /// Who the invoice is addressed to.
    pub bill_to: BillTo,
    /// The line items, in display order. Long lists flow over several pages.
    pub lines: Vec<Line>,
    /// Sum of the lines before tax, formatted, e.g. `"$29.00"`.
    pub subtotal: String,
    /// Tax, formatted.
    pub tax: String,
    /// Total including tax, formatted.
    pub total: String,
    /// What has been paid so far, formatted.
    pub amount_paid: String,
    /// What is still owed, formatted. Highlighted on open, draft and uncollectible invoices.
    pub amount_due: String,
    /// Free text printed after the totals: payment terms, bank details, a memo. Newlines are kept.
    pub footer: Option<String>,
}

/// What the document is: it picks the title and the facts printed under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DocumentKind {
    /// An invoice: titled [`Labels::invoice`].
    #[default]
    Invoice,
    /// The receipt of a paid invoice: titled [`Labels::receipt`], with the invoice's number
    /// under [`Labels::invoice_number`], the date paid and the payment method.
    Receipt,
}

impl DocumentKind {
    /// The key the template uses.
    fn template_key(self) -> &'static str {
        match self {
            Self::Invoice => "invoice",
            Self::Receipt => "receipt",
        }
    }
}

/// The state of an invoice, which decides how its status badge looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InvoiceStatus {
    /// Not finalised yet: dashed grey badge and a light watermark on every page.
    Draft,
    /// Finalised and awaiting payment: amber badge, amount due highlighted.
    Open,
    /// Paid in full: green badge.
    Paid,
    /// Cancelled: struck-through grey badge and a light watermark on every page.
    Void,
    /// Written off: red badge, amount due highlighted.
    Uncollectible,
}

impl InvoiceStatus {
    /// The English badge text, for callers without a translation at hand.
    pub fn english_label(self) -> &'static str {
        match self {
            Self::Draft => "Draft",
            Self::Open => "Open",
            Self::Paid => "Paid",
            Self::Void => "Void",
            Self::Uncollectible => "Uncollectible",
        }
    }

    /// The key the template uses to pick a badge style.
    fn template_key(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Void => "void",
            Self::Uncollectible => "uncollectible",
        }
    }
}

/// The issuer of the invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seller {
    /// Legal or trading name, printed in bold.
    pub name: String,
    /// Logo image bytes (PNG, JPEG, GIF, WebP or SVG, detected from the content), scaled to fit a
    /// 48 × 18 mm box at the top of the first page, keeping its aspect ratio.
    pub logo: Option<Vec<u8>>,
    /// Brand colour as `"#RRGGBB"`: top bar, headings, table header tint, amount due.
    /// Anything else makes [`render`] fail with [`RenderError::InvalidAccentColour`].
    pub accent_colour: String,
    /// Postal address, one line per entry.
    pub address_lines: Vec<String>,
    /// Contact email, printed under the address.
    pub email: Option<String>,
    /// Tax registrations, formatted for display, e.g. `"EU VAT DE136695976"`.
    pub tax_ids: Vec<String>,
}

/// The customer the invoice is addressed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillTo {
    /// Customer or company name, printed in bold.
    pub name: String,
    /// Billing email.
    pub email: Option<String>,
    /// Billing address, one line per entry.
    pub address_lines: Vec<String>,
    /// Customer tax ids, formatted for display, e.g. `"EU VAT DE136695976"`.
    pub tax_ids: Vec<String>,
}

/// One row of the line-item table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// What is charged, e.g. `"Pro plan"`. Long text wraps inside its column.
    pub description: String,
    /// Service period of this line, printed small under the description.
    pub period: Option<String>,
    /// Quantity, formatted, e.g. `"3"`.
    pub quantity: String,
    /// Unit price, formatted, e.g. `"$9.00"`.
    pub unit_price: String,
    /// Line amount, formatted; credits carry their sign, e.g. `"−$5.00"`.
    pub amount: String,
}

/// Every fixed text of the layout, localised by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    /// Document title, e.g. `"Invoice"`.
    pub invoice: String,
    /// Caption of the customer block, e.g. `"Bill to"`.
    pub bill_to: String,
    /// e.g. `"Date of issue"`.
    pub date_of_issue: String,
    /// e.g. `"Due date"`.
    pub due_date: String,
    /// Caption of the invoice-wide service period, e.g. `"Period"`.
    pub period: String,
    /// Line table column, e.g. `"Description"`.
    pub description: String,
    /// Line table column, e.g. `"Qty"`.
    pub qty: String,
    /// Line table column, e.g. `"Unit price"`.
    pub unit_price: String,
    /// Line table column, e.g. `"Amount"`.
    pub amount: String,
    /// e.g. `"Subtotal"`.
    pub subtotal: String,
    /// e.g. `"Tax"`.
    pub tax: String,
    /// e.g. `"Total"`.
    pub total: String,
    /// e.g. `"Amount paid"`.
    pub amount_paid: String,
    /// e.g. `"Amount due"`.
    pub amount_due: String,
    /// Page footer word before `n / total`, e.g. `"Page"`.
    pub page: String,
    /// Title of a receipt, e.g. `"Receipt"`.
    pub receipt: String,
    /// Caption of the invoice's number on a receipt, e.g. `"Invoice number"`.
    pub invoice_number: String,
    /// e.g. `"Paid on"`.
    pub paid_on: String,
    /// e.g. `"Payment method"`.
    pub payment_method: String,
}

impl Labels {
    /// The English labels.
    pub fn english() -> Self {
        Self {
            invoice: "Invoice".into(),
            bill_to: "Bill to".into(),
            date_of_issue: "Date of issue".into(),
            due_date: "Due date".into(),
            period: "Period".into(),
            description: "Description".into(),
            qty: "Qty".into(),
            unit_price: "Unit price".into(),
            amount: "Amount".into(),
            subtotal: "Subtotal".into(),
            tax: "Tax".into(),
            total: "Total".into(),
            amount_paid: "Amount paid".into(),
            amount_due: "Amount due".into(),
            page: "Page".into(),
            receipt: "Receipt".into(),
            invoice_number: "Invoice number".into(),
            paid_on: "Paid on".into(),
            payment_method: "Payment method".into(),
        }
    }
}

/// Why an invoice could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// [`Seller::accent_colour`] is not of the form `#RRGGBB`.
    #[error("accent colour {0:?} is not of the form #RRGGBB")]
    InvalidAccentColour(String),
    /// Layout failed, e.g. because the logo is not a decodable image.
    #[error("invoice layout failed: {0}")]
    Layout(String),
    /// Writing the PDF failed.
    #[error("PDF export failed: {0}")]
    Export(String),
}

/// Renders an invoice to the bytes of an A4 PDF.
///
/// The same document always gives the same bytes. Rendering is thread-safe; the fonts and the
/// template are loaded once per process, on first use.
///
/// # Errors
///
/// [`RenderError::InvalidAccentColour`] for a malformed accent colour, [`RenderError::Layout`]
/// when the logo cannot be decoded, [`RenderError::Export`] if the PDF cannot be written.
pub fn render(doc: &InvoiceDocument) -> Result<Vec<u8>, RenderError> {
    let document = layout(doc)?.0;
    let options = PdfOptions {
        // Auto: the PDF id is a hash of title and author, stable across renders.
        ident: Smart::Auto,
        creator: Smart::Custom(Some("Paylera".into())),
        // No creation date: it would make every render differ.
        timestamp: None,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| RenderError::Export(join_messages(&errors)))
}

/// Lays the invoice out into pages, returning typst's warnings too (for tests).
fn layout(doc: &InvoiceDocument) -> Result<(PagedDocument, Vec<String>), RenderError> {
    let inputs = inputs::to_typst(doc)?;
    let result = ENGINE.compile_with_input::<_, PagedDocument>(inputs);
    let warnings = result.warnings.iter().map(|w| w.message.to_string()).collect();
    let document = result.output.map_err(|error| match error {
        TypstAsLibError::TypstSource(errors) => RenderError::Layout(join_messages(&errors)),
        other => RenderError::Layout(other.to_string()),
    })?;
    Ok((document, warnings))
}

/// The template with its fonts, built on first use and shared by every render.
static ENGINE: LazyLock<TypstEngine<TypstTemplateMainFile>> =
    LazyLock::new(|| TypstEngine::builder().main_file(TEMPLATE).fonts(fonts::all()).build());

fn join_messages(diagnostics: &[typst::diag::SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn minimal() -> InvoiceDocument {
        InvoiceDocument {
            locale: "en".into(),
            kind: DocumentKind::Invoice,
            seller: Seller {
                name: "Seller".into(),
                logo: None,
                accent_colour: "#2F6FEB".into(),
                address_lines: vec![],
                email: None,
                tax_ids: vec![],
            },
            number: "T-1".into(),
            status: InvoiceStatus::Open,
            status_label: "Open".into(),
            labels: Labels::english(),
            issued: "1 Jan 2026".into(),
            due: None,
            period: None,
            paid_on: None,
            payment_method: None,
            bill_to: BillTo {
                name: "Buyer".into(),
                email: None,
                address_lines: vec![],
                tax_ids: vec![],
            },
            lines: vec![],
            subtotal: "$0.00".into(),
            tax: "$0.00".into(),
            total: "$0.00".into(),
            amount_paid: "$0.00".into(),
            amount_due: "$0.00".into(),
            footer: None,
        }
    }

    #[test]
    fn a_document_lays_out_without_typst_warnings() {
        let mut doc = minimal();
        doc.lines.push(Line {
            description: "Pro plan".into(),
            period: Some("1 – 31 Jan".into()),
            quantity: "1".into(),
            unit_price: "$1.00".into(),
            amount: "$1.00".into(),
        });
        doc.due = Some("2 Jan 2026".into());
        doc.footer = Some("Thanks".into());

        let (pages, warnings) = layout(&doc).expect("the document lays out");

        assert_eq!(pages.pages().len(), 1);
        assert!(warnings.is_empty(), "typst warned: {warnings:?}");
    }

    /// The text of every glyph typst had to draw as "missing" (glyph 0, an empty box).
    fn missing_glyphs(frame: &typst::layout::Frame) -> Vec<String> {
        use typst::layout::FrameItem;
        frame
            .items()
            .flat_map(|(_, item)| match item {
                FrameItem::Group(group) => missing_glyphs(&group.frame),
                FrameItem::Text(text) if text.glyphs.iter().any(|g| g.id == 0) => vec![text.text.to_string()],
                _ => vec![],
            })
            .collect()
    }

    #[test]
    fn text_in_every_supported_script_is_drawn_with_real_glyphs() {
        let mut doc = minimal();
        doc.seller.name = "Łódź Çay İçecek Ελληνικά Москва ООО".into();
        doc.bill_to.name = "Nguyễn Thị Minh Châu".into();
        doc.bill_to.address_lines = vec!["شركة النور للتجارة".into(), "חברת האור בע״מ".into(), "شرکت نور".into()];
        doc.lines.push(Line {
            description: "Crédit — remise « fidélité » № 7 ‑ 1 234,56 € ‰ ±".into(),
            period: Some("1\u{202F}000 ₽ · ₸ · ₾ · ₼ · ₪ · ₹ · ₺ · ₫ · ¥ · £".into()),
            quantity: "1".into(),
            unit_price: "−5,00 €".into(),
            amount: "−5,00 €".into(),
        });

        doc.lines[0].description.push_str(" · ใบแจ้งหนี้ ภาษีมูลค่าเพิ่ม");
        for locale in ["en", "ar", "he", "th"] {
            doc.locale = locale.into();
            let (pages, _) = layout(&doc).expect("the document lays out");
            let missing: Vec<String> = pages.pages().iter().flat_map(|p| missing_glyphs(&p.frame)).collect();
            assert!(missing.is_empty(), "{locale}: drawn without a glyph: {missing:?}");
        }
    }

    #[test]
    fn cjk_text_is_drawn_with_the_systems_cjk_fonts_when_installed() {
        if !load_system_fonts(None).missing.is_empty() {
            // fonts-noto-cjk is not installed here (`cargo xtask setup` installs it).
            eprintln!("skipped: no CJK fonts in {DEFAULT_FONT_DIR}");
            return;
        }
        let mut doc = minimal();
        doc.bill_to.name = "株式会社テスト 김민준 发票 發票".into();
        for locale in ["ja", "ko", "zh-Hans", "zh-Hant", "en"] {
            doc.locale = locale.into();
            let (pages, _) = layout(&doc).expect("the document lays out");
            let missing: Vec<String> = pages.pages().iter().flat_map(|p| missing_glyphs(&p.frame)).collect();
            assert!(missing.is_empty(), "{locale}: drawn without a glyph: {missing:?}");
        }
    }

    /// The families of the fonts that draw `needle` anywhere on the pages.
    fn families_drawing(frame: &typst::layout::Frame, needle: &str) -> Vec<String> {
        use typst::layout::FrameItem;
        frame
            .items()
            .flat_map(|(_, item)| match item {
                FrameItem::Group(group) => families_drawing(&group.frame, needle),
                FrameItem::Text(text) if text.text.contains(needle) => vec![text.font.info().family.clone()],
                _ => vec![],
            })
            .collect()
    }

    #[test]
    fn each_cjk_language_is_drawn_in_its_own_regions_glyph_forms() {
        if !load_system_fonts(None).missing.is_empty() {
            eprintln!("skipped: no CJK fonts in {DEFAULT_FONT_DIR}");
            return;
        }
        let mut doc = minimal();
        doc.bill_to.name = "直".into();
        for (locale, family) in [
            ("ja", "Noto Sans CJK JP"),
            ("ko", "Noto Sans CJK KR"),
            ("zh-Hans", "Noto Sans CJK SC"),
            ("zh-Hant", "Noto Sans CJK TC"),
        ] {
            doc.locale = locale.into();
            let (pages, _) = layout(&doc).expect("the document lays out");
            let families: Vec<String> = pages
                .pages()
                .iter()
                .flat_map(|p| families_drawing(&p.frame, "直"))
                .collect();
            assert_eq!(families, [family], "{locale}");
        }
    }

    #[test]
    fn a_receipt_lays_out_without_typst_warnings() {
        let mut doc = minimal();
        doc.kind = DocumentKind::Receipt;
        doc.status = InvoiceStatus::Paid;
        doc.paid_on = Some("2 Jan 2026".into());
        doc.payment_method = Some("Visa ending in 4242".into());
        let (pages, warnings) = layout(&doc).expect("the receipt lays out");
        assert_eq!(pages.pages().len(), 1);
        assert!(warnings.is_empty(), "typst warned: {warnings:?}");
    }

    #[test]
    fn every_status_has_a_template_style() {
        for status in [
            InvoiceStatus::Draft,
            InvoiceStatus::Open,
            InvoiceStatus::Paid,
            InvoiceStatus::Void,
            InvoiceStatus::Uncollectible,
        ] {
            let mut doc = minimal();
            doc.status = status;
            doc.status_label = status.english_label().into();
            assert!(layout(&doc).is_ok(), "{status:?} did not lay out");
        }
    }
}
