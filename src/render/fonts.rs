//! The fonts jawnik embeds, so that charts and PDFs come out the same on every
//! machine with no system fonts: DejaVu Sans (Bitstream Vera licence, see
//! `assets/fonts/`). The charts measure their text with the regular face; the
//! PDFs are set in all three.

/// DejaVu Sans, regular.
pub static DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold (headings, values, column headers in the PDF).
#[cfg(feature = "pdf")]
pub static DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// DejaVu Sans Oblique (emphasis, missing values in the PDF).
#[cfg(feature = "pdf")]
pub static DEJAVU_SANS_OBLIQUE: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Oblique.ttf");
