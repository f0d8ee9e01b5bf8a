//! Uploaded files: what a business logo must be before it is stored.
//!
//! A merchant (or whoever holds its key) sends the bytes; they end up decoded by the PDF
//! engine inside every invoice the tenant issues. So a logo is accepted only when it is
//! what it claims to be **by its contents**: PNG or JPEG by magic bytes, at most
//! [`MAX_LOGO_BYTES`], at most [`MAX_LOGO_SIDE`] pixels a side (read from the header, so a
//! "decompression bomb" that declares 100,000 × 100,000 pixels is refused before any
//! pixel is inflated), and fully decodable within a memory limit. SVG is not accepted:
//! a format with scripts, external references and entity expansion is not worth its
//! risk for a logo.

use std::io::Cursor;

use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
use image::{ImageFormat, ImageReader, Limits};
use paylera_shared::{ErrorCode, file::FileType};

use super::Invalid;

/// Largest logo, in bytes (decoded).
pub const MAX_LOGO_BYTES: usize = 128 * 1024;
/// Largest width or height of a logo, in pixels.
pub const MAX_LOGO_SIDE: u32 = 2048;
/// Most memory one decode may take (RGBA of the largest logo).
const MAX_DECODE_ALLOC: u64 = 4 * (MAX_LOGO_SIDE as u64) * (MAX_LOGO_SIDE as u64);

/// A logo that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    pub kind: FileType,
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
}

fn invalid(message: impl Into<String>) -> Invalid {
    Invalid::new("file", ErrorCode::ParameterInvalid, message)
}

/// Checks the base64 `file` of `POST /v1/files` as a business logo. Errors name `file`.
pub fn logo(encoded: &str) -> Result<Logo, Invalid> {
    // Base64 is 4/3 of the bytes: refuse what cannot fit before decoding it.
    if encoded.len() > MAX_LOGO_BYTES.div_ceil(3) * 4 {
        return Err(too_large());
    }
    let bytes = BASE64
        .decode(encoded.trim())
        .map_err(|_| invalid("file is the file's contents in base64 (standard alphabet, padded)."))?;
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(too_large());
    }
    let kind = match image::guess_format(&bytes) {
        Ok(ImageFormat::Png) => FileType::Png,
        Ok(ImageFormat::Jpeg) => FileType::Jpeg,
        _ => return Err(invalid("A business logo is a PNG or JPEG image.")),
    };
    let format = match kind {
        FileType::Png => ImageFormat::Png,
        FileType::Jpeg => ImageFormat::Jpeg,
    };
    let unreadable = |_| invalid(format!("The {} image cannot be read.", kind.as_str().to_uppercase()));
    let reader = || {
        let mut reader = ImageReader::with_format(Cursor::new(&bytes), format);
        let mut limits = Limits::default();
        limits.max_image_width = Some(MAX_LOGO_SIDE);
        limits.max_image_height = Some(MAX_LOGO_SIDE);
        limits.max_alloc = Some(MAX_DECODE_ALLOC);
        reader.limits(limits);
        reader
    };
    let (width, height) = ImageReader::with_format(Cursor::new(&bytes), format)
        .into_dimensions()
        .map_err(unreadable)?;
    if width == 0 || height == 0 || width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE {
        return Err(invalid(format!(
            "A business logo is at most {MAX_LOGO_SIDE} × {MAX_LOGO_SIDE} pixels; this one is {width} × {height}."
        )));
    }
    reader().decode().map_err(unreadable)?;
    Ok(Logo {
        kind,
        width,
        height,
        bytes,
    })
}

fn too_large() -> Invalid {
    invalid(format!("A business logo is at most {} KiB.", MAX_LOGO_BYTES / 1024))
}

#[cfg(test)]
mod tests {
    use image::{ImageEncoder, codecs::png::PngEncoder};

    use super::*;

    /// A `width` × `height` PNG (grey), base64.
    pub(crate) fn png(width: u32, height: u32) -> Vec<u8> {
        let pixels = vec![0x80_u8; (width * height) as usize];
        let mut out = Vec::new();
        PngEncoder::new(&mut out)
            .write_image(&pixels, width, height, image::ExtendedColorType::L8)
            .expect("encodes");
        out
    }

    #[test]
    fn a_small_png_is_a_logo_with_its_size() {
        let logo = logo(&BASE64.encode(png(120, 40))).expect("a logo");
        assert_eq!((logo.kind, logo.width, logo.height), (FileType::Png, 120, 40));
    }

    #[test]
    fn what_is_not_a_png_or_jpeg_is_refused_whatever_it_is_called() {
        for bytes in [
            b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec(),
            b"GIF89a\x01\x00\x01\x00".to_vec(),
            b"%PDF-1.7".to_vec(),
            Vec::new(),
        ] {
            let err = logo(&BASE64.encode(&bytes)).expect_err("refused");
            assert_eq!((err.param.as_str(), err.code), ("file", ErrorCode::ParameterInvalid));
        }
        assert!(logo("not base64 at all!").is_err());
    }

    #[test]
    fn a_logo_over_2048_pixels_a_side_is_refused() {
        let err = logo(&BASE64.encode(png(MAX_LOGO_SIDE + 1, 1))).expect_err("too wide");
        assert!(err.message.contains("2049 × 1"), "{}", err.message);
        assert!(logo(&BASE64.encode(png(MAX_LOGO_SIDE, 2))).is_ok());
    }

    #[test]
    fn a_truncated_png_is_refused() {
        let bytes = png(64, 64);
        let err = logo(&BASE64.encode(&bytes[..bytes.len() - 20])).expect_err("refused");
        assert!(err.message.contains("cannot be read"), "{}", err.message);
    }

    #[test]
    fn more_than_128_kib_is_refused_even_before_decoding() {
        let mut bytes = png(1, 1);
        bytes.resize(MAX_LOGO_BYTES + 1, 0);
        assert!(
            logo(&BASE64.encode(&bytes))
                .expect_err("refused")
                .message
                .contains("128 KiB")
        );
        let huge = "A".repeat(10 * MAX_LOGO_BYTES);
        assert!(logo(&huge).expect_err("refused").message.contains("128 KiB"));
    }
}
