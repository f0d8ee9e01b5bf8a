//! Renders invoices and reads them back with `pdftotext` (poppler-utils), the way a customer's
//! PDF viewer, a search index or an accounting import would.

use std::io::Write;
use std::process::{Command, Stdio};

use paylera_pdf::{BillTo, DocumentKind, InvoiceDocument, InvoiceStatus, Labels, Line, RenderError, Seller, render};

const PNG_LOGO: &[u8] = include_bytes!("fixtures/logo.png");
const SVG_LOGO: &[u8] = include_bytes!("fixtures/logo.svg");

/// Largest accepted one-page invoice. Measured: 38 KB for `invoice()` (SVG logo, accented
/// Latin), most of it the subset fonts (Noto Sans regular and bold, plus the old Noto Sans build
/// for the "−" sign); the budget leaves room for a larger logo. See
/// `docs/benchmarks/invoice-pdf.md`.
const ONE_PAGE_BUDGET_BYTES: usize = 64 * 1024;
/// Largest accepted one-page invoice that also uses the Arabic and Hebrew fonts (measured: 61 KB).
const ONE_PAGE_RTL_BUDGET_BYTES: usize = 96 * 1024;

// ---- helpers ---------------------------------------------------------------------------------

fn line(description: &str, quantity: u32, unit_cents: i64) -> Line {
    let money = |cents: i64| {
        let sign = if cents < 0 { "−" } else { "" };
        format!("{sign}${}.{:02}", cents.abs() / 100, cents.abs() % 100)
    };
    Line {
        description: description.into(),
        period: Some("25 Nov – 24 Dec 2026".into()),
        quantity: quantity.to_string(),
        unit_price: money(unit_cents),
        amount: money(unit_cents * i64::from(quantity)),
    }
}

/// A realistic English invoice with an SVG logo and three lines, one of them a credit.
fn invoice(status: InvoiceStatus) -> InvoiceDocument {
    InvoiceDocument {
        locale: "en-US".into(),
        kind: DocumentKind::Invoice,
        seller: Seller {
            name: "Acme Cloud GmbH".into(),
            logo: Some(SVG_LOGO.to_vec()),
            accent_colour: "#1A4FD6".into(),
            address_lines: vec!["Friedrichstraße 68".into(), "10117 Berlin".into(), "Germany".into()],
            email: Some("billing@acme.example".into()),
            tax_ids: vec!["EU VAT DE136695976".into()],
        },
        number: "DEMO-0042".into(),
        status,
        status_label: status.english_label().into(),
        labels: Labels::english(),
        issued: "25 Nov 2026".into(),
        due: Some("9 Dec 2026".into()),
        period: Some("25 Nov – 24 Dec 2026".into()),
        paid_on: None,
        payment_method: None,
        bill_to: BillTo {
            name: "Globex Corporation".into(),
            email: Some("ap@globex.example".into()),
            address_lines: vec!["742 Evergreen Terrace".into(), "Springfield, OR 97403".into()],
            tax_ids: vec!["US EIN 12-3456789".into()],
        },
        lines: vec![
            line("Pro plan (monthly)", 1, 2900),
            line("Additional seats", 3, 900),
            line("Goodwill credit", 1, -500),
        ],
        subtotal: "$51.00".into(),
        tax: "$9.69".into(),
        total: "$60.69".into(),
        amount_paid: if status == InvoiceStatus::Paid {
            "$60.69"
        } else {
            "$0.00"
        }
        .into(),
        amount_due: if status == InvoiceStatus::Paid {
            "$0.00"
        } else {
            "$60.69"
        }
        .into(),
        footer: Some("Payment terms: net 14 days.\nIBAN DE89 3704 0044 0532 0130 00".into()),
    }
}

fn arabic_labels() -> Labels {
    Labels {
        invoice: "فاتورة".into(),
        bill_to: "إلى".into(),
        date_of_issue: "تاريخ الإصدار".into(),
        due_date: "تاريخ الاستحقاق".into(),
        period: "الفترة".into(),
        description: "الوصف".into(),
        qty: "الكمية".into(),
        unit_price: "سعر الوحدة".into(),
        amount: "المبلغ".into(),
        subtotal: "المجموع الفرعي".into(),
        tax: "الضريبة".into(),
        total: "الإجمالي".into(),
        amount_paid: "المدفوع".into(),
        amount_due: "المستحق".into(),
        page: "صفحة".into(),
        receipt: "إيصال".into(),
        invoice_number: "رقم الفاتورة".into(),
        paid_on: "تاريخ الدفع".into(),
        payment_method: "طريقة الدفع".into(),
    }
}

/// The text of a PDF as `pdftotext` extracts it, pages separated by form feeds.
fn pdftotext(pdf: &[u8]) -> String {
    let binary = std::env::var("PDFTOTEXT").unwrap_or_else(|_| "pdftotext".into());
    let mut child = Command::new(&binary)
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {binary}: {e} (install poppler-utils, or set PDFTOTEXT)"));
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(pdf)
        .expect("pdftotext reads the PDF");
    let output = child.wait_with_output().expect("pdftotext finishes");
    assert!(
        output.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("pdftotext writes UTF-8")
}

/// Renders and extracts in one go.
fn rendered_text(doc: &InvoiceDocument) -> String {
    pdftotext(&render(doc).expect("the invoice renders"))
}

fn assert_contains_all(text: &str, expected: &[&str]) {
    let missing: Vec<&&str> = expected.iter().filter(|e| !text.contains(**e)).collect();
    assert!(
        missing.is_empty(),
        "missing from the PDF text: {missing:?}\n--- text ---\n{text}"
    );
}

// ---- tests -----------------------------------------------------------------------------------

#[test]
fn an_invoice_renders_to_a_pdf_in_every_status() {
    for status in [
        InvoiceStatus::Draft,
        InvoiceStatus::Open,
        InvoiceStatus::Paid,
        InvoiceStatus::Void,
        InvoiceStatus::Uncollectible,
    ] {
        let pdf = render(&invoice(status)).expect("the invoice renders");

        assert!(pdf.starts_with(b"%PDF-"), "{status:?} is not a PDF");
        let text = pdftotext(&pdf);
        assert_contains_all(&text, &[status.english_label(), "DEMO-0042", "Page 1 / 1"]);
        assert_eq!(text.matches('\u{c}').count(), 1, "{status:?} is not one page");
    }
}

#[test]
fn the_number_the_parties_every_line_and_the_totals_can_be_extracted() {
    let doc = invoice(InvoiceStatus::Open);

    let text = rendered_text(&doc);

    assert_contains_all(
        &text,
        &[
            "Invoice",
            "DEMO-0042",
            "Open",
            "Acme Cloud GmbH",
            "Friedrichstraße 68",
            "billing@acme.example",
            "EU VAT DE136695976",
            "Globex Corporation",
            "742 Evergreen Terrace",
            "US EIN 12-3456789",
            "Pro plan (monthly)",
            "Additional seats",
            "Goodwill credit",
            "−$5.00",
            "$27.00",
            "25 Nov 2026",
            "9 Dec 2026",
            "$51.00",
            "$9.69",
            "$60.69",
            "$0.00",
            "Subtotal",
            "Amount due",
            "Payment terms: net 14 days.",
            "IBAN DE89 3704 0044 0532 0130 00",
        ],
    );
}

#[test]
fn a_paid_invoice_says_paid_and_nothing_is_due() {
    let text = rendered_text(&invoice(InvoiceStatus::Paid));

    assert_contains_all(&text, &["Paid", "Amount paid", "$60.69", "$0.00"]);
}

#[test]
fn greek_cyrillic_and_accented_latin_text_is_extracted_as_written() {
    let mut doc = invoice(InvoiceStatus::Open);
    doc.locale = "ru-RU".into();
    doc.seller.name = "ООО «Ромашка»".into();
    doc.bill_to.name = "Ελληνική Εταιρεία Α.Ε.".into();
    doc.bill_to.address_lines = vec!["Nguyễn Thị Minh Châu, Đường Lê Lợi".into(), "Zażółć gęślą jaźń".into()];
    doc.lines = vec![
        line("Подписка «Про» — ежемесячно", 1, 2900),
        line("Συνδρομή επαγγελματική", 2, 900),
        line("Ağ geçidi kullanımı — İstanbul", 3, 100),
    ];
    doc.total = "1 234,56 ₽".into();

    let text = rendered_text(&doc);

    assert_contains_all(
        &text,
        &[
            "ООО «Ромашка»",
            "Ελληνική Εταιρεία Α.Ε.",
            "Nguyễn Thị Minh Châu, Đường Lê Lợi",
            "Zażółć gęślą jaźń",
            "Подписка «Про» — ежемесячно",
            "Συνδρομή επαγγελματική",
            "Ağ geçidi kullanımı — İstanbul",
            "1 234,56 ₽",
        ],
    );
}

#[test]
fn an_arabic_invoice_is_laid_out_right_to_left_and_its_words_are_extracted() {
    let mut doc = invoice(InvoiceStatus::Open);
    doc.locale = "ar".into();
    doc.labels = arabic_labels();
    doc.status_label = "مفتوحة".into();
    doc.bill_to.name = "شركة النور للتجارة".into();
    doc.bill_to.address_lines = vec!["شارع الملك فهد".into(), "الرياض".into()];
    doc.lines[0].description = "اشتراك شهري".into();
    doc.lines[1].description = "מנוי חודשי".into();

    let text = rendered_text(&doc);

    // pdftotext reorders right-to-left runs itself and marks them with bidi controls, so the
    // words are checked one by one (words without the lam-alef ligature, which it splits).
    assert_contains_all(
        &text,
        &[
            "فاتورة",
            "مفتوحة",
            "شركة",
            "النور",
            "للتجارة",
            "شارع",
            "الرياض",
            "اشتراك",
            "شهري",
            "מנוי",
            "חודשי",
        ],
    );
    // Latin values keep their reading order inside the mirrored layout.
    assert_contains_all(
        &text,
        &["DEMO-0042", "25 Nov 2026", "$60.69", "−$5.00", "Acme Cloud GmbH"],
    );
    // The isolate marks that keep them so stay out of the extracted text.
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "bidi isolate marks leaked into the text"
    );
}

#[test]
fn a_hebrew_invoice_renders_right_to_left() {
    let mut doc = invoice(InvoiceStatus::Paid);
    doc.locale = "he-IL".into();
    doc.status_label = "שולם".into();
    doc.bill_to.name = "חברת האור בע״מ".into();
    doc.total = "₪ 60.69".into();

    let text = rendered_text(&doc);

    assert_contains_all(&text, &["שולם", "חברת", "האור", "₪ 60.69", "DEMO-0042"]);
}

#[test]
fn two_hundred_lines_flow_onto_several_numbered_pages_with_the_table_header_repeated() {
    let mut doc = invoice(InvoiceStatus::Open);
    doc.lines = (1..=200)
        .map(|i| line(&format!("Metered usage, item {i:03}"), i, 7))
        .collect();

    let text = rendered_text(&doc);

    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    let count = pages.len();
    assert!(count >= 5, "200 lines fit on {count} pages");
    for (i, page) in pages.iter().enumerate() {
        assert_contains_all(page, &[&format!("Page {} / {count}", i + 1), "Description", "Amount"]);
    }
    let descriptions: Vec<String> = (1..=200).map(|i| format!("Metered usage, item {i:03}")).collect();
    assert_contains_all(&text, &descriptions.iter().map(String::as_str).collect::<Vec<_>>());
    // The totals come once, after the last line.
    let last = pages.last().expect("there are pages");
    assert_contains_all(last, &["Metered usage, item 200", "Subtotal", "Amount due"]);
    assert_eq!(text.matches("Subtotal").count(), 1);
}

#[test]
fn markup_in_user_text_is_printed_literally_and_never_executed() {
    let hostile = [
        r#"#panic("pwned")"#,
        r#"#read("/etc/passwd")"#,
        r#"#import "/etc/hosts": *"#,
        "*not bold* _not emphasised_",
        "$x^2 + y_1$ costs $5",
        "[brackets] {braces} #{1 + 1}",
        "<label> @reference",
        "// not a comment /* nor this */",
        "= Not a heading",
        r"back\slash \ and \n",
        "`raw` ```rust fn```",
        r#"#set page(fill: red) "quoted" 'single'"#,
    ];
    let mut doc = invoice(InvoiceStatus::Open);
    doc.seller.name = r#"Evil #strong[Corp] $Inc$"#.into();
    doc.bill_to.name = r#"#let x = "y"; #x"#.into();
    doc.number = "INV-#1[*]".into();
    doc.footer = Some(r#"#eval("1 + 1") and \u{41}"#.into());
    doc.lines = hostile.iter().map(|h| line(h, 1, 100)).collect();

    let text = rendered_text(&doc);

    assert_contains_all(&text, &hostile);
    assert_contains_all(
        &text,
        &[r#"Evil #strong[Corp] $Inc$"#, r#"#let x = "y"; #x"#, "INV-#1[*]"],
    );
    assert_contains_all(&text, &[r#"#eval("1 + 1") and \u{41}"#]);
    assert!(!text.contains("root:"), "a file was read into the PDF");
}

#[test]
fn the_same_document_always_renders_to_the_same_bytes() {
    let mut doc = invoice(InvoiceStatus::Paid);
    doc.seller.logo = Some(PNG_LOGO.to_vec());

    let first = render(&doc).expect("renders");
    let second = render(&doc).expect("renders again");
    let doc_for_thread = doc.clone();
    let from_another_thread = std::thread::spawn(move || render(&doc_for_thread).expect("renders in a thread"))
        .join()
        .expect("the thread finishes");

    assert!(first == second, "two renders differ");
    assert!(first == from_another_thread, "a render on another thread differs");
    let raw = String::from_utf8_lossy(&first);
    assert!(
        !raw.contains("/CreationDate") && !raw.contains("/ModDate"),
        "the PDF carries a date"
    );
}

#[test]
fn a_one_page_invoice_stays_within_its_size_budget() {
    let latin = render(&invoice(InvoiceStatus::Open)).expect("renders");

    let mut rtl = invoice(InvoiceStatus::Open);
    rtl.locale = "ar".into();
    rtl.labels = arabic_labels();
    rtl.lines[1].description = "מנוי חודשי".into();
    let rtl = render(&rtl).expect("renders");

    assert!(
        latin.len() <= ONE_PAGE_BUDGET_BYTES,
        "one page is {} bytes",
        latin.len()
    );
    assert!(
        rtl.len() <= ONE_PAGE_RTL_BUDGET_BYTES,
        "one Arabic page is {} bytes",
        rtl.len()
    );
}

#[test]
fn png_and_svg_logos_are_accepted_and_the_invoice_renders_without_one() {
    for logo in [Some(PNG_LOGO.to_vec()), Some(SVG_LOGO.to_vec()), None] {
        let mut doc = invoice(InvoiceStatus::Open);
        doc.seller.logo = logo;

        let text = rendered_text(&doc);

        assert_contains_all(&text, &["Acme Cloud GmbH", "DEMO-0042"]);
    }
}

#[test]
fn a_logo_that_is_not_an_image_is_reported_as_a_layout_error() {
    let mut doc = invoice(InvoiceStatus::Open);
    doc.seller.logo = Some(b"definitely not an image".to_vec());

    let result = render(&doc);

    assert!(matches!(result, Err(RenderError::Layout(_))), "{result:?}");
}

#[test]
fn a_malformed_accent_colour_is_rejected() {
    let mut doc = invoice(InvoiceStatus::Open);
    doc.seller.accent_colour = "blue".into();

    assert_eq!(render(&doc), Err(RenderError::InvalidAccentColour("blue".into())));
}

#[test]
fn a_light_accent_colour_and_an_unknown_locale_still_render() {
    let mut doc = invoice(InvoiceStatus::Draft);
    doc.seller.accent_colour = "#FFE600".into();
    doc.locale = "not a locale".into();

    let text = rendered_text(&doc);

    assert_contains_all(&text, &["Draft", "DEMO-0042"]);
}
