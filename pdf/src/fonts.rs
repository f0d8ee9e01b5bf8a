//! The fonts of every invoice: embedded ones, and the CJK faces read from the system at
//! start-up ([`load_system_fonts`]).
//!
//! Order matters: the template asks for "Noto Sans", then "Noto Sans Arabic", "Noto Sans
//! Hebrew", "Noto Sans Thai" and the CJK families, and typst takes each character from the
//! first family that has it, then from any loaded face that has it (see [`all`]).
//! Only the glyphs a document uses are written to its PDF (typst subsets them).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use typst::foundations::Bytes;
use typst::text::Font;

/// Noto Sans 2.004 (Latin incl. Vietnamese, Turkish, Polish; Greek; Cyrillic; currency signs
/// incl. ₽ ₸ ₾ ₼), from Debian's `fonts-noto-core` 20201225 (SIL OFL 1.1), unmodified like the
/// others.
const LATIN_REGULAR: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold 2.004, same source.
const LATIN_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
/// Noto Sans Arabic, same source.
const ARABIC_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansArabic-Regular.ttf");
/// Noto Sans Arabic Bold, same source.
const ARABIC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansArabic-Bold.ttf");
/// Noto Sans Hebrew, same source.
const HEBREW_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansHebrew-Regular.ttf");
/// Noto Sans Hebrew Bold, same source.
const HEBREW_BOLD: &[u8] = include_bytes!("../fonts/NotoSansHebrew-Bold.ttf");
/// Noto Sans Thai, same source.
const THAI_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansThai-Regular.ttf");
/// Noto Sans Thai Bold, same source.
const THAI_BOLD: &[u8] = include_bytes!("../fonts/NotoSansThai-Bold.ttf");

/// The CJK font collections read from the system (Debian's `fonts-noto-cjk`), one per
/// weight. Each holds the families "Noto Sans CJK JP", "… KR", "… SC", "… TC" and "… HK".
pub const CJK_FILES: [&str; 2] = ["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"];

/// Where Debian's `fonts-noto-cjk` puts [`CJK_FILES`].
pub const DEFAULT_FONT_DIR: &str = "/usr/share/fonts/opentype/noto";

/// The faces read from the system, with the report of what was found: set by
/// [`load_system_fonts`], or on the first render from [`DEFAULT_FONT_DIR`].
static SYSTEM: OnceLock<(SystemFonts, Vec<Font>)> = OnceLock::new();

/// What [`load_system_fonts`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemFonts {
    /// The directory searched.
    pub dir: PathBuf,
    /// The files of [`CJK_FILES`] read.
    pub loaded: Vec<String>,
    /// The files of [`CJK_FILES`] absent or unreadable: CJK text prints as empty boxes
    /// (still extractable) in the weights they would have given.
    pub missing: Vec<String>,
}

/// Reads the CJK faces ([`CJK_FILES`]) from `dir` (default [`DEFAULT_FONT_DIR`]) for every
/// later render, and says what it found. Call it once, at start-up, before the first render;
/// without it the first render reads [`DEFAULT_FONT_DIR`]. The fonts are read once per
/// process: a later call (or one after the first render) changes nothing and reports what
/// was loaded. A missing file is reported, not an error.
pub fn load_system_fonts(dir: Option<&Path>) -> SystemFonts {
    SYSTEM.get_or_init(|| read_system_fonts(dir)).0.clone()
}

/// Whether a face of `family` was read from the system. The template lists only those:
/// typst warns of a family it does not know.
pub(crate) fn has_system_family(family: &str) -> bool {
    system_faces().iter().any(|face| face.info().family == family)
}

fn system_faces() -> &'static [Font] {
    &SYSTEM.get_or_init(|| read_system_fonts(None)).1
}

fn read_system_fonts(dir: Option<&Path>) -> (SystemFonts, Vec<Font>) {
    let dir = dir.map_or_else(|| PathBuf::from(DEFAULT_FONT_DIR), Path::to_path_buf);
    let mut faces = Vec::new();
    let (mut loaded, mut missing) = (Vec::new(), Vec::new());
    for name in CJK_FILES {
        let read: Vec<Font> = std::fs::read(dir.join(name))
            .map(|data| Font::iter(Bytes::new(data)).collect())
            .unwrap_or_default();
        if read.is_empty() {
            missing.push(name.to_owned());
        } else {
            loaded.push(name.to_owned());
            faces.extend(read);
        }
    }
    (SystemFonts { dir, loaded, missing }, faces)
}

/// Every embedded face, parsed, in priority order. The bytes are `'static`: nothing is copied.
///
/// Among faces of the same family and weight typst takes the first, so Debian's Noto Sans
/// 2.004 is the "Noto Sans" of the template. The `notosans` crate's older build (2017) of the
/// same family comes last, as a fallback found by coverage: Noto Sans 2.004 dropped the math
/// minus (U+2212, credits like "−$5.00"), ≤ ≥ and arrows, which the old build still has. The old
/// build cannot be the primary face: it lacks ₽ ₸ ₾ ₼ and draws the backtick as a combining accent.
pub(crate) fn all() -> Vec<Font> {
    [
        LATIN_REGULAR,
        LATIN_BOLD,
        ARABIC_REGULAR,
        ARABIC_BOLD,
        HEBREW_REGULAR,
        HEBREW_BOLD,
        THAI_REGULAR,
        THAI_BOLD,
        notosans::REGULAR_TTF,
        notosans::BOLD_TTF,
    ]
    .into_iter()
    .flat_map(|data| Font::iter(Bytes::new(data)))
    .chain(system_faces().iter().cloned())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded faces (the system's CJK faces, when loaded, come after them).
    fn embedded_count() -> usize {
        all().len() - system_faces().len()
    }

    #[test]
    fn every_embedded_font_parses_into_one_face() {
        assert_eq!(embedded_count(), 10);
    }

    #[test]
    fn the_fonts_cover_the_scripts_invoices_are_written_in() {
        let fonts = all();
        let covered = |c: char| fonts.iter().any(|f| f.info().coverage.contains(c as u32));
        // Vietnamese, Turkish, Polish, Greek, Cyrillic, Arabic, Hebrew, Thai, money signs (incl. ruble,
        // tenge, lari, manat, shekel) and the narrow no-break space of French/CLDR number formats.
        let missing: Vec<char> = "ệửđİışğąęłżŁΩαβЖжЁёعربيשלוםภาษีใบแจ้งหนี้€£¥₫₺₴₽₸₾₼₪₹฿−–≤≥→`\u{202F}"
            .chars()
            .filter(|&c| !covered(c))
            .collect();
        assert!(missing.is_empty(), "no embedded font has {missing:?}");
    }

    #[test]
    fn a_directory_without_the_cjk_fonts_is_reported_not_an_error() {
        let dir = Path::new("/nonexistent/paylera-fonts");
        let (report, faces) = read_system_fonts(Some(dir));
        assert_eq!(report.dir, dir);
        assert!(report.loaded.is_empty());
        assert_eq!(report.missing, CJK_FILES.map(str::to_owned));
        assert!(faces.is_empty());
    }
}
