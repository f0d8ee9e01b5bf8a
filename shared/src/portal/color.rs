//! Colour contrast by WCAG 2: what the API uses to pick the text colour drawn on a
//! merchant's accent colour, and what the dashboard uses to warn about an accent that
//! is hard to see on the portal's white page.

/// The contrast WCAG 2 (1.4.11) asks of buttons and links against what surrounds them.
pub const MIN_UI_CONTRAST: f64 = 3.0;

/// The near-black text colour offered against light accents.
pub const DARK_TEXT: &str = "#111111";

/// The white text colour offered against dark accents.
pub const LIGHT_TEXT: &str = "#FFFFFF";

/// The text colour to draw on a normalised `#RRGGBB` `accent`: [`LIGHT_TEXT`] or
/// [`DARK_TEXT`], whichever has the higher WCAG 2 contrast ratio against it (white on
/// a tie).
pub fn text_color_on(accent: &str) -> &'static str {
    let background = relative_luminance(accent);
    let with_light = contrast_ratio(relative_luminance(LIGHT_TEXT), background);
    let with_dark = contrast_ratio(relative_luminance(DARK_TEXT), background);
    if with_light >= with_dark { LIGHT_TEXT } else { DARK_TEXT }
}

/// WCAG 2 contrast ratio between two relative luminances (1.0 to 21.0).
pub fn contrast_ratio(a: f64, b: f64) -> f64 {
    let (lighter, darker) = if a >= b { (a, b) } else { (b, a) };
    (lighter + 0.05) / (darker + 0.05)
}

/// WCAG 2 relative luminance of a normalised `#RRGGBB` colour (0.0 black to 1.0 white);
/// anything else counts as black.
pub fn relative_luminance(rrggbb: &str) -> f64 {
    let channel = |range: std::ops::Range<usize>| {
        let value = rrggbb
            .get(range)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .unwrap_or(0);
        let c = f64::from(value) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1..3) + 0.7152 * channel(3..5) + 0.0722 * channel(5..7)
}

/// The contrast of `accent` (`#RRGGBB`) against the portal's white page, where its
/// buttons and links are drawn.
pub fn contrast_on_white(accent: &str) -> f64 {
    contrast_ratio(relative_luminance("#FFFFFF"), relative_luminance(accent))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn black_on_white_is_21_to_1_and_a_colour_on_itself_1_to_1() {
        let (white, black) = (relative_luminance("#FFFFFF"), relative_luminance("#000000"));
        assert!((contrast_ratio(white, black) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(black, white) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(white, white) - 1.0).abs() < 1e-9);
        // WCAG's reference: #777777 on white is about 4.48:1.
        let grey = contrast_ratio(white, relative_luminance("#777777"));
        assert!((grey - 4.48).abs() < 0.01, "{grey}");
    }
}
