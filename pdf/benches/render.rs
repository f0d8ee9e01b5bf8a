//! Invoice rendering benchmark: `cargo bench -p paylera-pdf --bench render`.
//!
//! Plain timing loop (no framework): renders a baseline, a one-page and a ten-page invoice
//! `BENCH_ITERS` times each after a warm-up, and prints mean / p50 / p99 / max in ms, the PDF
//! sizes, and each figure as a ratio of the baseline measured in the same run (absolute numbers
//! depend on the machine; ratios travel better). The baseline is the smallest useful invoice:
//! one line, no logo, no footer. Results and budgets: `docs/benchmarks/invoice-pdf.md`.

use std::io::Write;
use std::time::{Duration, Instant};

use paylera_pdf::{BillTo, DocumentKind, InvoiceDocument, InvoiceStatus, Labels, Line, Seller, render};

const LOGO: &[u8] = include_bytes!("../tests/fixtures/logo.svg");

fn document(lines: usize, with_extras: bool) -> InvoiceDocument {
    InvoiceDocument {
        locale: "en".into(),
        kind: DocumentKind::Invoice,
        seller: Seller {
            name: "Acme Cloud GmbH".into(),
            logo: with_extras.then(|| LOGO.to_vec()),
            accent_colour: "#1A4FD6".into(),
            address_lines: vec!["Friedrichstraße 68".into(), "10117 Berlin".into(), "Germany".into()],
            email: Some("billing@acme.example".into()),
            tax_ids: vec!["EU VAT DE136695976".into()],
        },
        number: "DEMO-0042".into(),
        status: InvoiceStatus::Open,
        status_label: "Open".into(),
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
        lines: (1..=lines)
            .map(|i| Line {
                description: format!("Metered API usage, region eu-central-{i}"),
                period: Some("25 Nov – 24 Dec 2026".into()),
                quantity: i.to_string(),
                unit_price: "$0.07".into(),
                amount: format!("${}.{:02}", i * 7 / 100, i * 7 % 100),
            })
            .collect(),
        subtotal: "$51.00".into(),
        tax: "$9.69".into(),
        total: "$60.69".into(),
        amount_paid: "$0.00".into(),
        amount_due: "$60.69".into(),
        footer: with_extras.then(|| "Payment terms: net 14 days.\nIBAN DE89 3704 0044 0532 0130 00".into()),
    }
}

/// Pages in a PDF, asked of poppler's `pdfinfo` (typst compresses its page objects, so they
/// cannot simply be counted in the bytes). `None` when `pdfinfo` is not installed.
fn page_count(pdf: &[u8]) -> Option<usize> {
    let path = std::env::temp_dir().join(format!("paylera-pdf-bench-{}.pdf", std::process::id()));
    std::fs::write(&path, pdf).ok()?;
    let output = std::process::Command::new("pdfinfo").arg(&path).output();
    let _ = std::fs::remove_file(&path);
    let stdout = String::from_utf8(output.ok()?.stdout).ok()?;
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
}

struct Stats {
    mean: f64,
    p50: f64,
    p99: f64,
    max: f64,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn measure(doc: &InvoiceDocument, warmup: usize, iters: usize) -> (Stats, Vec<u8>) {
    let mut pdf = Vec::new();
    for _ in 0..warmup {
        pdf = render(doc).expect("renders");
    }
    let mut samples: Vec<f64> = (0..iters)
        .map(|_| {
            let started = Instant::now();
            let out = render(doc).expect("renders");
            let elapsed = ms(started.elapsed());
            std::hint::black_box(out);
            elapsed
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    let stats = Stats {
        mean: samples.iter().sum::<f64>() / samples.len() as f64,
        p50: at(0.50),
        p99: at(0.99),
        max: at(1.0),
    };
    (stats, pdf)
}

fn main() -> std::io::Result<()> {
    let iters: usize = std::env::var("BENCH_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let mut out = std::io::stdout().lock();

    // The first render of the process also parses the embedded fonts and the template.
    let started = Instant::now();
    render(&document(1, false)).expect("renders");
    let first = ms(started.elapsed());

    let cases = [
        ("baseline: 1 line, no logo", document(1, false), iters),
        ("1 page: 3 lines, SVG logo, footer", document(3, true), iters),
        ("10 pages: 200 lines", document(200, true), (iters / 5).max(10)),
    ];
    writeln!(
        out,
        "paylera-pdf render benchmark ({iters} iterations; 10-page case: 1/5 of that)"
    )?;
    writeln!(out, "first render in process (font + template load): {first:.1} ms")?;
    writeln!(
        out,
        "{:<36} {:>5} {:>9} {:>8} {:>8} {:>8} {:>8} {:>9} {:>10}",
        "case", "pages", "bytes", "mean ms", "p50 ms", "p99 ms", "max ms", "x base", "bytes/page"
    )?;
    let mut baseline = None;
    for (name, doc, n) in &cases {
        let (stats, pdf) = measure(doc, 10, *n);
        let base = *baseline.get_or_insert(stats.mean);
        let pages = page_count(&pdf);
        writeln!(
            out,
            "{name:<36} {:>5} {:>9} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.2}x {:>10}",
            pages.map_or("?".into(), |p| p.to_string()),
            pdf.len(),
            stats.mean,
            stats.p50,
            stats.p99,
            stats.max,
            stats.mean / base,
            pdf.len() / pages.unwrap_or(1).max(1),
        )?;
    }

    // Throughput with one render per core at once (the engine is shared between threads).
    let doc = document(3, true);
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let per_thread = iters.max(threads) / threads;
    let started = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                for _ in 0..per_thread {
                    std::hint::black_box(render(&doc).expect("renders"));
                }
            });
        }
    });
    let elapsed = started.elapsed().as_secs_f64();
    writeln!(
        out,
        "1-page throughput on {threads} threads: {:.0} invoices/s ({} renders in {:.2} s)",
        (threads * per_thread) as f64 / elapsed,
        threads * per_thread,
        elapsed
    )?;
    Ok(())
}
