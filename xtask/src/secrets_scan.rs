//! The secrets-at-rest scan that runs after the browser tests (`cargo xtask test`,
//! step `secrets`; docs/security-tests.md).
//!
//! **What it searches for** — every secret the run created, learned from the API's
//! own traffic ([`crate::api_recorder`] sat between the API and everything that
//! called it) plus what xtask itself knows:
//! - link secrets: the part after `/p/` of every portal session `url`, and every
//!   `"secret"` sent to the link exchange;
//! - portal tokens: every JWT (`eyJ….….…`) in a body or an `Authorization` header;
//! - `whsec_` secrets: with and without their prefix (xtask creates and rotates one
//!   webhook endpoint after the suite, so there always is one);
//! - API keys (`sk_test_…`/`sk_live_…`) and the run's `PAYLERA_SERVICE_KEY`;
//! - card numbers: every `"number"` the run sent with 12–19 digits, plus every
//!   number in docs/test-cards.md, each as digits only, in groups of four (and 4-6-5
//!   for 15 digits) joined by a space, `-`, `+` or `%20`, and exactly as sent;
//! - CVCs: any 3–4 digit value right after a `cvc` key (`"cvc":"737"`, `cvc=737`,
//!   `cvc: 737`, any case) — a bare `737` is everywhere in a database, a CVC next to
//!   its name is not. The CVCs the run sent and the ones the specs type (for the
//!   figures) come from the traffic and from e2e/tests.
//!
//! **Where** — every file the stack wrote in its run directory: the SQLite database
//! with its `-wal`/`-shm`/`-journal` files, read twice (while the servers still run,
//! so the write-ahead log is there, and after they stopped), every byte including
//! free pages; and every line of every server log (`logs/*.log`: api, portal,
//! seed). The development key files under `data/secrets/` are listed as not scanned:
//! they are keys by design and hold none of the values above.
//!
//! Any finding, an incomplete recording, or a run that created no link secret,
//! token, card number or `whsec_` secret fails the step.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::api_recorder::Recording;

/// What kind of secret a needle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    LinkSecret,
    PortalToken,
    WebhookSecret,
    ApiKey,
    ServiceKey,
    CardNumber,
    Cvc,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::LinkSecret => "link secret",
            Self::PortalToken => "portal token",
            Self::WebhookSecret => "whsec_ secret",
            Self::ApiKey => "API key",
            Self::ServiceKey => "service key",
            Self::CardNumber => "card number",
            Self::Cvc => "CVC",
        })
    }
}

/// Needles shorter than this are not searched as plain strings (CVCs are searched
/// by context instead).
const MIN_NEEDLE: usize = 12;
const URL_SAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const BASE64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

/// Every secret the run created, by kind.
#[derive(Debug, Default)]
pub struct Secrets {
    /// Distinct secrets (canonical form: card numbers as digits).
    by_kind: BTreeMap<Kind, BTreeSet<String>>,
    /// CVCs the run sent or the specs type (for the figures; the search is by context).
    cvcs: BTreeSet<String>,
}

impl Secrets {
    pub fn add(&mut self, kind: Kind, value: &str) {
        let value = value.trim();
        let value = match kind {
            Kind::CardNumber => value.chars().filter(char::is_ascii_digit).collect(),
            Kind::Cvc => {
                if !value.is_empty() {
                    self.cvcs.insert(value.to_owned());
                }
                return;
            }
            _ => value.to_owned(),
        };
        if value.len() >= MIN_NEEDLE {
            self.by_kind.entry(kind).or_default().insert(value);
        }
    }

    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Cvc => self.cvcs.len(),
            _ => self.by_kind.get(&kind).map_or(0, BTreeSet::len),
        }
    }

    /// Learns the secrets in the API traffic of the run.
    pub fn learn_from_recording(&mut self, recording: &Recording) {
        for stream in &recording.streams {
            self.learn_from_traffic(stream);
        }
    }

    fn learn_from_traffic(&mut self, bytes: &[u8]) {
        for secret in runs_after(bytes, b"/p/", URL_SAFE) {
            self.add(Kind::LinkSecret, &secret);
        }
        for value in json_string_values(bytes, "secret") {
            if let Some(key) = value.strip_prefix("whsec_") {
                self.add(Kind::WebhookSecret, &value);
                self.add(Kind::WebhookSecret, key);
            } else if value.bytes().all(|b| URL_SAFE.contains(&b)) {
                self.add(Kind::LinkSecret, &value);
            }
        }
        for key in runs_after(bytes, b"whsec_", BASE64) {
            self.add(Kind::WebhookSecret, &format!("whsec_{key}"));
            self.add(Kind::WebhookSecret, &key);
        }
        for candidate in runs_after(
            bytes,
            b"eyJ",
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.",
        ) {
            let token = format!("eyJ{candidate}");
            if token.matches('.').count() == 2 {
                self.add(Kind::PortalToken, &token);
            }
        }
        for prefix in ["sk_test_", "sk_live_"] {
            for key in runs_after(bytes, prefix.as_bytes(), URL_SAFE) {
                self.add(Kind::ApiKey, &format!("{prefix}{key}"));
            }
        }
        for number in json_string_values(bytes, "number") {
            let digits = number.chars().filter(char::is_ascii_digit).count();
            if (12..=19).contains(&digits) && number.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-') {
                self.add(Kind::CardNumber, &number);
            }
        }
        for cvc in json_string_values(bytes, "cvc") {
            if !cvc.is_empty() && cvc.chars().all(|c| c.is_ascii_digit()) {
                self.add(Kind::Cvc, &cvc);
            }
        }
    }

    /// Every card number in backticks in docs/test-cards.md.
    pub fn learn_test_cards(&mut self, markdown: &str) -> usize {
        let mut found = 0;
        for (index, piece) in markdown.split('`').enumerate() {
            let digits = piece.chars().filter(char::is_ascii_digit).count();
            if index % 2 == 1
                && (12..=19).contains(&digits)
                && piece.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
            {
                self.add(Kind::CardNumber, piece);
                found += 1;
            }
        }
        found
    }

    /// The CVCs the browser specs type: quoted 3–4 digit literals on lines that
    /// mention a CVC, in every `.ts` file under `dir`.
    pub fn learn_spec_cvcs(&mut self, dir: &Path) -> Result<()> {
        for file in files_under(dir)? {
            if file.extension().is_none_or(|ext| ext != "ts") {
                continue;
            }
            let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            for line in text.lines().filter(|l| l.to_ascii_lowercase().contains("cvc")) {
                for quote in ['\'', '"'] {
                    for (index, piece) in line.split(quote).enumerate() {
                        if index % 2 == 1 && (3..=4).contains(&piece.len()) && piece.bytes().all(|b| b.is_ascii_digit())
                        {
                            self.add(Kind::Cvc, piece);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// The byte strings searched for, each with its kind and canonical secret.
    fn needles(&self) -> Vec<Needle> {
        let mut needles: BTreeMap<Vec<u8>, (Kind, String)> = BTreeMap::new();
        for (kind, values) in &self.by_kind {
            for value in values {
                let forms = match kind {
                    Kind::CardNumber => card_number_forms(value),
                    _ => vec![value.clone()],
                };
                for form in forms {
                    needles.entry(form.into_bytes()).or_insert((*kind, value.clone()));
                }
            }
        }
        needles
            .into_iter()
            .map(|(bytes, (kind, secret))| Needle { bytes, kind, secret })
            .collect()
    }

    pub fn summary(&self) -> String {
        let kinds = [
            Kind::LinkSecret,
            Kind::PortalToken,
            Kind::WebhookSecret,
            Kind::ApiKey,
            Kind::ServiceKey,
            Kind::CardNumber,
            Kind::Cvc,
        ];
        kinds
            .iter()
            .map(|kind| format!("{} {kind}s", self.count(*kind)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The ways a card number may be written: digits only, grouped, URL-encoded.
fn card_number_forms(digits: &str) -> Vec<String> {
    let groups: &[usize] = if digits.len() == 15 {
        &[4, 6, 5]
    } else {
        &[4, 4, 4, 4, 4]
    };
    let mut parts = Vec::new();
    let mut rest = digits;
    for size in groups {
        if rest.is_empty() {
            break;
        }
        let (part, tail) = rest.split_at((*size).min(rest.len()));
        parts.push(part);
        rest = tail;
    }
    if !rest.is_empty() {
        parts.push(rest);
    }
    let mut forms = vec![digits.to_owned()];
    forms.extend([" ", "-", "+", "%20"].iter().map(|sep| parts.join(sep)));
    forms
}

struct Needle {
    bytes: Vec<u8>,
    kind: Kind,
    secret: String,
}

/// A secret found where it must not be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub file: String,
    pub kind: Kind,
    /// The secret, shortened so the report does not repeat it.
    pub redacted: String,
    /// `line N` for logs, `byte N` for databases.
    pub location: String,
    pub occurrences: usize,
}

/// What was scanned and found.
#[derive(Debug, Default)]
pub struct Report {
    pub database_files: usize,
    pub database_bytes: u64,
    pub log_files: usize,
    pub log_bytes: u64,
    pub log_lines: u64,
    pub needles: usize,
    pub findings: Vec<Finding>,
}

/// A file's role in the scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Database,
    Log,
}

/// Searches every haystack for every secret.
pub struct Scanner {
    needles: Vec<Needle>,
    /// Needle indexes by their first 8 bytes.
    index: HashMap<[u8; 8], Vec<usize>>,
    /// Whether any needle starts with these two bytes.
    first_two: Vec<bool>,
    pub report: Report,
}

impl Scanner {
    pub fn new(secrets: &Secrets) -> Self {
        let needles = secrets.needles();
        let mut index: HashMap<[u8; 8], Vec<usize>> = HashMap::new();
        let mut first_two = vec![false; 1 << 16];
        for (i, needle) in needles.iter().enumerate() {
            let mut key = [0_u8; 8];
            key.copy_from_slice(&needle.bytes[..8]);
            index.entry(key).or_default().push(i);
            first_two[usize::from(needle.bytes[0]) << 8 | usize::from(needle.bytes[1])] = true;
        }
        let report = Report {
            needles: needles.len(),
            ..Report::default()
        };
        Self {
            needles,
            index,
            first_two,
            report,
        }
    }

    /// Scans one file's bytes (`name` is how findings name it).
    pub fn scan(&mut self, name: &str, file_kind: FileKind, bytes: &[u8]) {
        match file_kind {
            FileKind::Database => {
                self.report.database_files += 1;
                self.report.database_bytes += bytes.len() as u64;
            }
            FileKind::Log => {
                self.report.log_files += 1;
                self.report.log_bytes += bytes.len() as u64;
                let lines = bytes.iter().filter(|b| **b == b'\n').count();
                let unterminated = usize::from(bytes.last().is_some_and(|b| *b != b'\n'));
                self.report.log_lines += (lines + unterminated) as u64;
            }
        }
        let mut hits: BTreeMap<(Kind, String), (usize, usize)> = BTreeMap::new();
        for (offset, kind, secret) in self.find_needles(bytes).into_iter().chain(find_cvcs(bytes)) {
            hits.entry((kind, secret)).or_insert((offset, 0)).1 += 1;
        }
        for ((kind, secret), (offset, occurrences)) in hits {
            let location = match file_kind {
                FileKind::Log => {
                    format!("line {}", bytes[..offset].iter().filter(|b| **b == b'\n').count() + 1)
                }
                FileKind::Database => format!("byte {offset}"),
            };
            self.report.findings.push(Finding {
                file: name.to_owned(),
                kind,
                redacted: redact(&secret),
                location,
                occurrences,
            });
        }
    }

    /// Distinct secrets of each kind the search finds in `streams`: run over the
    /// recorded traffic, where every secret is by construction, it shows the search
    /// works on this run's real data (a positive control).
    pub fn control(&self, streams: &[Vec<u8>]) -> BTreeMap<Kind, usize> {
        let mut seen: BTreeSet<(Kind, String)> = BTreeSet::new();
        for stream in streams {
            for (_, kind, secret) in self.find_needles(stream).into_iter().chain(find_cvcs(stream)) {
                seen.insert((kind, secret));
            }
        }
        let mut counts = BTreeMap::new();
        for (kind, _) in seen {
            *counts.entry(kind).or_insert(0) += 1;
        }
        counts
    }

    fn find_needles(&self, hay: &[u8]) -> Vec<(usize, Kind, String)> {
        let mut found = Vec::new();
        if hay.len() < 8 {
            return found;
        }
        for i in 0..=hay.len() - 8 {
            if !self.first_two[usize::from(hay[i]) << 8 | usize::from(hay[i + 1])] {
                continue;
            }
            let mut key = [0_u8; 8];
            key.copy_from_slice(&hay[i..i + 8]);
            let Some(candidates) = self.index.get(&key) else {
                continue;
            };
            for &n in candidates {
                let needle = &self.needles[n];
                if hay[i..].starts_with(&needle.bytes) {
                    found.push((i, needle.kind, needle.secret.clone()));
                }
            }
        }
        found
    }
}

/// Any 3–4 digit value after a `cvc` key (any case): `cvc` as a word of its own, then
/// 1–6 separator bytes among which a key/value delimiter (`:` or `=`), then the digits
/// as a word of their own. Without the delimiter and the word boundaries, random
/// base64 (sealed values, `…rcVc101S…`) would match now and then.
fn find_cvcs(hay: &[u8]) -> Vec<(usize, Kind, String)> {
    let mut found = Vec::new();
    let mut start = 0;
    let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
    while let Some(pos) = find_ascii_ci(&hay[start..], b"cvc") {
        let at = start + pos;
        start = at + 3;
        if at > 0 && word(hay.get(at - 1)) {
            continue;
        }
        let mut i = at + 3;
        let mut skipped = 0;
        let mut delimited = false;
        while i < hay.len() && skipped < 6 && b"\"':= \t\\".contains(&hay[i]) {
            delimited |= matches!(hay[i], b':' | b'=');
            i += 1;
            skipped += 1;
        }
        let digits = hay[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if delimited && (3..=4).contains(&digits) && !word(hay.get(i + digits)) {
            found.push((at, Kind::Cvc, String::from_utf8_lossy(&hay[i..i + digits]).into_owned()));
        }
    }
    found
}

fn find_ascii_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

/// The first characters of a secret and its length, never the whole value.
pub fn redact(secret: &str) -> String {
    let shown: String = secret.chars().take(6).collect();
    format!("{shown}… ({} chars)", secret.chars().count())
}

/// Every maximal run of `allowed` bytes right after each `marker` (at least 8 long).
fn runs_after(hay: &[u8], marker: &[u8], allowed: &[u8]) -> Vec<String> {
    let mut runs = Vec::new();
    if marker.is_empty() {
        return runs;
    }
    let mut start = 0;
    while let Some(pos) = hay[start..].windows(marker.len()).position(|w| w == marker) {
        let from = start + pos + marker.len();
        let len = hay[from..].iter().take_while(|b| allowed.contains(b)).count();
        if len >= 8 {
            runs.push(String::from_utf8_lossy(&hay[from..from + len]).into_owned());
        }
        start = from;
    }
    runs
}

/// The string values of `"key": "…"` anywhere in `hay` (JSON, no escapes needed
/// for the values we look for).
fn json_string_values(hay: &[u8], key: &str) -> Vec<String> {
    let marker = format!("\"{key}\"");
    let marker = marker.as_bytes();
    let mut values = Vec::new();
    let mut start = 0;
    while let Some(pos) = hay[start..].windows(marker.len()).position(|w| w == marker) {
        let mut i = start + pos + marker.len();
        start = i;
        while i < hay.len() && hay[i].is_ascii_whitespace() {
            i += 1;
        }
        if hay.get(i) != Some(&b':') {
            continue;
        }
        i += 1;
        while i < hay.len() && hay[i].is_ascii_whitespace() {
            i += 1;
        }
        if hay.get(i) != Some(&b'"') {
            continue;
        }
        i += 1;
        let len = hay[i..].iter().take_while(|b| **b != b'"' && **b != b'\\').count();
        if len <= 4096 {
            values.push(String::from_utf8_lossy(&hay[i..i + len]).into_owned());
        }
    }
    values
}

/// Every regular file under `dir`, sorted.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("listing {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.is_file() {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// How the scan treats a file of the run directory: a database (SQLite header or
/// its `-wal`/`-shm`/`-journal` companions), a log (`*.log`), or neither.
pub fn classify(path: &Path) -> Option<FileKind> {
    let name = path.file_name()?.to_string_lossy();
    if name.ends_with(".log") {
        return Some(FileKind::Log);
    }
    if ["-wal", "-shm", "-journal"].iter().any(|s| name.ends_with(s)) {
        return Some(FileKind::Database);
    }
    let mut header = [0_u8; 16];
    let is_sqlite = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
        .is_ok_and(|()| &header == b"SQLite format 3\0");
    (is_sqlite || name.ends_with(".db") || name.ends_with(".sqlite")).then_some(FileKind::Database)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn traffic() -> Vec<u8> {
        concat!(
            "POST /v1/portal/sessions HTTP/1.1\r\nauthorization: Bearer sk_test_abcdefghijklmnop\r\n\r\n",
            "{\"customer_id\":\"cus_1\"}",
            "HTTP/1.1 200 OK\r\n\r\n{\"id\":\"ps_1\",\"url\":\"http://127.0.0.1:3000/p/Lnk_SECRET-0123456789abc\"}",
            "POST /v1/portal/sessions/exchange HTTP/1.1\r\n\r\n{\"secret\": \"Other_link_secret_0123456789\"}",
            "{\"token\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXNfMSJ9.c2lnbmF0dXJlX2J5dGVz\"}",
            "{\"secret\":\"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}",
            "{\"type\":\"card\",\"card\":{\"number\":\"4000 0566 5566 5556\",\"cvc\":\"737\"}}",
        )
        .as_bytes()
        .to_vec()
    }

    fn learned() -> Secrets {
        let mut secrets = Secrets::default();
        secrets.learn_from_traffic(&traffic());
        secrets
    }

    #[test]
    fn learns_every_kind_from_the_traffic() {
        let secrets = learned();
        assert_eq!(secrets.count(Kind::LinkSecret), 2, "{secrets:?}");
        assert_eq!(secrets.count(Kind::PortalToken), 1);
        // With and without the prefix.
        assert_eq!(secrets.count(Kind::WebhookSecret), 2);
        assert_eq!(secrets.count(Kind::ApiKey), 1);
        assert_eq!(secrets.count(Kind::CardNumber), 1);
        assert_eq!(secrets.count(Kind::Cvc), 1);
    }

    #[test]
    fn finds_secrets_in_any_form_and_reports_where() {
        let mut scanner = Scanner::new(&learned());
        scanner.scan(
            "logs/portal.log",
            FileKind::Log,
            b"ok\nGET /p/Lnk_SECRET-0123456789abc 200\ncard 4000-0566-5566-5556 {\"CVC\": \"737\"}\n",
        );
        let findings = &scanner.report.findings;
        let kinds: Vec<Kind> = findings.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            vec![Kind::LinkSecret, Kind::CardNumber, Kind::Cvc],
            "{findings:?}"
        );
        assert_eq!(findings[0].location, "line 2");
        assert!(!findings[0].redacted.contains("0123456789"), "{}", findings[0].redacted);
        assert_eq!(scanner.report.log_lines, 3);
    }

    #[test]
    fn clean_data_has_no_findings() {
        let mut scanner = Scanner::new(&learned());
        scanner.scan(
            "e2e.db",
            FileKind::Database,
            b"SQLite format 3\0 pm_1 visa 5556 fp_0a1b2c3d invalid_cvc param=card.cvc status=402 737 Lnk_SECRET \
              v1.8KnxJEmHrcVc101SX62Fp+YvbKbNsptqV8hl cvc101 cvc:1014x",
        );
        assert_eq!(scanner.report.findings, vec![]);
        assert_eq!(scanner.report.database_files, 1);
    }

    #[test]
    fn card_numbers_are_searched_in_their_usual_spellings() {
        assert_eq!(
            card_number_forms("378282246310005"),
            vec![
                "378282246310005",
                "3782 822463 10005",
                "3782-822463-10005",
                "3782+822463+10005",
                "3782%20822463%2010005"
            ]
        );
        assert_eq!(card_number_forms("4242424242424242")[1], "4242 4242 4242 4242");
    }

    #[test]
    fn reads_the_documented_test_cards() {
        let mut secrets = Secrets::default();
        let found =
            secrets.learn_test_cards("| `4242 4242 4242 4242` | Visa | `card_declined` | `3782 822463 10005` |");
        assert_eq!(found, 2);
        assert_eq!(secrets.count(Kind::CardNumber), 2);
    }
}
