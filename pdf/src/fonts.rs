//! The fonts embedded in every invoice.
//!
//! Order matters: the template asks for "Noto Sans", then "Noto Sans Arabic", then
//! "Noto Sans Hebrew", and typst takes each character from the first family that has it, then
//! from any embedded face that has it (see [`all`]).
//! Only the glyphs a document uses are written to its PDF (typst subsets them).

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
        notosans::REGULAR_TTF,
        notosans::BOLD_TTF,
    ]
    .into_iter()
    .flat_map(|data| Font::iter(Bytes::new(data)))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_font_parses_into_one_face() {
        assert_eq!(all().len(), 8);
    }

    #[test]
    fn the_fonts_cover_the_scripts_invoices_are_written_in() {
        let fonts = all();
        let covered = |c: char| fonts.iter().any(|f| f.info().coverage.contains(c as u32));
        // Vietnamese, Turkish, Polish, Greek, Cyrillic, Arabic, Hebrew, money signs (incl. ruble,
        // tenge, lari, manat, shekel) and the narrow no-break space of French/CLDR number formats.
        let missing: Vec<char> = "ệửđİışğąęłżŁΩαβЖжЁёعربيשלום€£¥₫₺₴₽₸₾₼₪₹−–≤≥→`\u{202F}"
            .chars()
            .filter(|&c| !covered(c))
            .collect();
        assert!(missing.is_empty(), "no embedded font has {missing:?}");
    }
}
