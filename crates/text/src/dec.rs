//! Numbers written for people: a fixed number of decimals with integer arithmetic.

/// A score shown with a fixed number of decimals (0–3), written with integer arithmetic.
///
/// Equal to `format!("{:.N}", x)` for the engine's scores, which are already rounded to
/// one decimal (a tie such as 62.5 shown with no decimals goes to the even neighbour, as
/// the standard formatting does). It exists because the standard `f64` formatting costs
/// the widget's download about 9 KB of code.
#[derive(Debug, Clone, Copy)]
pub struct Dec(pub f64, pub u8);

impl std::fmt::Display for Dec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Dec(x, d) = *self;
        let d = d.min(3);
        let scale = 10u64.pow(u32::from(d));
        if !x.is_finite() {
            return f.write_str("n/a");
        }
        let scaled = (x.abs() * scale as f64).round_ties_even() as u64;
        if x < 0.0 && scaled != 0 {
            f.write_str("-")?;
        }
        write!(f, "{}", scaled / scale)?;
        if d > 0 {
            let frac = scaled % scale;
            write!(f, ".{frac:0width$}", width = usize::from(d))?;
        }
        Ok(())
    }
}

/// One decimal: `35.4`.
pub fn dec1(x: f64) -> Dec {
    Dec(x, 1)
}

/// No decimals: `35`.
pub fn dec0(x: f64) -> Dec {
    Dec(x, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dec_matches_standard_formatting_on_rounded_scores() {
        for tenths in 0..=1000 {
            let x = f64::from(tenths) / 10.0;
            assert_eq!(dec1(x).to_string(), format!("{x:.1}"));
            assert_eq!(dec0(x).to_string(), format!("{x:.0}"), "{x}");
        }
        assert_eq!(Dec(0.125, 3).to_string(), "0.125");
        assert_eq!(dec1(-2.5).to_string(), "-2.5");
        assert_eq!(dec1(f64::NAN).to_string(), "n/a");
    }
}
