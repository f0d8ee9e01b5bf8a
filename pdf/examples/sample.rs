//! Writes sample invoices to a folder, to look at them: `cargo run -p paylera-pdf --example sample -- /tmp/invoices`.

use std::path::PathBuf;

use paylera_pdf::{BillTo, DocumentKind, InvoiceDocument, InvoiceStatus, Labels, Line, Seller, render};

const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64">
<rect x="0" y="8" width="48" height="48" rx="10" fill="#1A4FD6"/>
<path d="M14 44 L24 18 L34 44 Z" fill="#ffffff"/>
<text x="60" y="44" font-family="Noto Sans" font-weight="bold" font-size="30" fill="#1f2328">Acme Cloud</text>
</svg>"##;

fn english(status: InvoiceStatus, lines: usize) -> InvoiceDocument {
    InvoiceDocument {
        locale: "en".into(),
        kind: DocumentKind::Invoice,
        seller: Seller {
            name: "Acme Cloud GmbH".into(),
            logo: Some(LOGO.as_bytes().to_vec()),
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
            name: "Nguyễn Thị Minh Châu".into(),
            email: Some("chau@example.vn".into()),
            address_lines: vec!["12 Đường Lê Lợi".into(), "Quận 1, Hồ Chí Minh".into(), "Vietnam".into()],
            tax_ids: vec!["VN TIN 0312345678".into()],
        },
        lines: (0..lines)
            .map(|i| Line {
                description: if i == 0 {
                    "Pro plan — monthly".into()
                } else {
                    format!("Usage: API calls batch {i} (Łódź, İstanbul, Ελλάδα, Москва)")
                },
                period: Some("25 Nov – 24 Dec 2026".into()),
                quantity: format!("{}", i + 1),
                unit_price: "$9.00".into(),
                amount: format!("${}.00", 9 * (i + 1)),
            })
            .chain(std::iter::once(Line {
                description: "Credit: goodwill".into(),
                period: None,
                quantity: "1".into(),
                unit_price: "−$5.00".into(),
                amount: "−$5.00".into(),
            }))
            .collect(),
        subtotal: "$24.00".into(),
        tax: "$4.56".into(),
        total: "$28.56".into(),
        amount_paid: if status == InvoiceStatus::Paid {
            "$28.56".into()
        } else {
            "$0.00".into()
        },
        amount_due: if status == InvoiceStatus::Paid {
            "$0.00".into()
        } else {
            "$28.56".into()
        },
        footer: Some("Payment terms: net 14 days.\nIBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX".into()),
    }
}

fn arabic() -> InvoiceDocument {
    let mut doc = english(InvoiceStatus::Open, 2);
    doc.locale = "ar".into();
    doc.status_label = "مفتوحة".into();
    doc.labels = Labels {
        invoice: "فاتورة".into(),
        bill_to: "فاتورة إلى".into(),
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
        amount_paid: "المبلغ المدفوع".into(),
        amount_due: "المبلغ المستحق".into(),
        page: "صفحة".into(),
        receipt: "إيصال".into(),
        invoice_number: "رقم الفاتورة".into(),
        paid_on: "تاريخ الدفع".into(),
        payment_method: "طريقة الدفع".into(),
    };
    doc.bill_to.name = "شركة النور للتجارة".into();
    doc.bill_to.address_lines = vec!["شارع الملك فهد".into(), "الرياض".into()];
    doc.lines[0].description = "الخطة الاحترافية — شهرياً".into();
    doc.footer = Some("شكراً لتعاملكم معنا. עסקה מספר 42".into());
    doc
}

/// User text that is typst markup must print as written.
fn markup() -> InvoiceDocument {
    let mut doc = english(InvoiceStatus::Open, 1);
    doc.seller.name = "Evil #strong[Corp] $Inc$".into();
    doc.lines[0].description = "`raw` ```rust fn``` *not bold* #panic(\"x\") $x^2$ <l> @r // c = h".into();
    doc
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "target/invoices".into()));
    std::fs::create_dir_all(&dir)?;
    let mut samples = vec![
        ("arabic".to_owned(), arabic()),
        ("markup".to_owned(), markup()),
        ("long".to_owned(), english(InvoiceStatus::Open, 60)),
    ];
    for status in [
        InvoiceStatus::Paid,
        InvoiceStatus::Open,
        InvoiceStatus::Void,
        InvoiceStatus::Draft,
        InvoiceStatus::Uncollectible,
    ] {
        samples.push((status.english_label().to_lowercase(), english(status, 3)));
    }
    for (name, doc) in samples {
        let started = std::time::Instant::now();
        let pdf = render(&doc)?;
        let path = dir.join(format!("{name}.pdf"));
        std::fs::write(&path, &pdf)?;
        eprintln!("{} ({} bytes, {:?})", path.display(), pdf.len(), started.elapsed());
    }
    Ok(())
}
