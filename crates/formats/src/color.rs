//! Colours as the MSP gives them (`#rrggbb`) and the contrast rules that keep text readable
//! on them (WCAG relative luminance).

use std::fmt;

/// A color as `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color(pub [u8; 3]);

impl Color {
    /// The default brand color: a blue with 6.4:1 contrast on white.
    pub const DEFAULT: Color = Color([0x0b, 0x5c, 0xad]);

    /// Parses `#rgb` or `#rrggbb` (case-insensitive).
    pub fn parse(s: &str) -> Option<Color> {
        let hex = s.trim().strip_prefix('#')?;
        let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
        let b = hex.as_bytes();
        match b.len() {
            3 => Some(Color([
                digit(b[0])? * 17,
                digit(b[1])? * 17,
                digit(b[2])? * 17,
            ])),
            6 => Some(Color([
                digit(b[0])? * 16 + digit(b[1])?,
                digit(b[2])? * 16 + digit(b[3])?,
                digit(b[4])? * 16 + digit(b[5])?,
            ])),
            _ => None,
        }
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.0[0]) + 0.7152 * lin(self.0[1]) + 0.0722 * lin(self.0[2])
    }

    /// WCAG contrast ratio between two colors (1–21).
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// White or black, whichever reads better on this color (for button text). One of
    /// the two always reaches at least 4.58:1, above the 4.5:1 WCAG AA asks for text.
    pub fn text_on(self) -> Color {
        let white = Color([255, 255, 255]);
        let black = Color([0, 0, 0]);
        if self.contrast(white) >= self.contrast(black) {
            white
        } else {
            black
        }
    }

    /// A darker variant of the color that reaches 4.5:1 on white, for links and text in
    /// the brand color (the color itself when it already does).
    pub fn readable_on_white(self) -> Color {
        let white = Color([255, 255, 255]);
        let mut c = self;
        while c.contrast(white) < 4.5 {
            c = Color(c.0.map(|x| (f64::from(x) * 0.85) as u8));
        }
        c
    }
}

/// `x` (0–1) to the power 2.4, from square roots alone: `powf` would bring 1.4 KB of
/// libm into the widget. 2.4 = 2 + the binary fraction 0.01100110011 (0.39990…), each
/// `x^(1/2^k)` a square root of the previous, so the result is within 0.1 % of `powf` over
/// the sRGB range, far finer than a contrast decision needs.
fn pow_2_4(x: f64) -> f64 {
    let mut root = x;
    let mut acc = x * x;
    for k in 1..=11 {
        root = root.sqrt();
        if matches!(k, 2 | 3 | 6 | 7 | 10 | 11) {
            acc *= root;
        }
    }
    acc
}

impl Default for Color {
    fn default() -> Color {
        Color::DEFAULT
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0[0], self.0[1], self.0[2])
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_is_within_a_tenth_of_a_percent_of_powf() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let exact = x.powf(2.4);
            assert!(
                (pow_2_4(x) - exact).abs() <= exact * 1e-3,
                "{c}: {} vs {exact}",
                pow_2_4(x)
            );
        }
    }

    #[test]
    fn button_text_always_reaches_aa_contrast() {
        for c in [
            [0x2e, 0x86, 0xde],
            [0x80, 0x80, 0x80],
            [0x77, 0x77, 0x77],
            [0, 0xaa, 0x55],
            [255, 212, 0],
        ] {
            let c = Color(c);
            assert!(c.contrast(c.text_on()) >= 4.5, "{c}");
        }
    }

    #[test]
    fn colors_parse_and_pick_readable_text() {
        assert_eq!(Color::parse("#FFF"), Some(Color([255, 255, 255])));
        assert_eq!(Color::parse("#0b5cad"), Some(Color::DEFAULT));
        for bad in ["0b5cad", "#12", "#12345g", "red", "#1234567", ""] {
            assert_eq!(Color::parse(bad), None, "{bad}");
        }
        assert_eq!(Color::DEFAULT.text_on(), Color([255, 255, 255]));
        assert_eq!(Color([255, 221, 0]).text_on(), Color([0, 0, 0]));
        let light = Color([0x66, 0xdd, 0xaa]);
        assert!(light.readable_on_white().contrast(Color([255, 255, 255])) >= 4.5);
        assert_eq!(Color::DEFAULT.readable_on_white(), Color::DEFAULT);
    }
}
