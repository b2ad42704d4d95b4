//! The company profile: size, industry, who runs IT today, and business goals.

use crate::error::Error;
use crate::framework::Goal;
use serde::{Deserialize, Serialize};

/// The largest seat count accepted; anything above is taken for a typing error.
pub const MAX_SEATS: u32 = 100_000;

/// The industry a company works in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Industry {
    /// Consulting, agencies, engineering offices.
    ProfessionalServices,
    /// Law firms and legal services.
    Legal,
    /// Banking, insurance, wealth management.
    Finance,
    /// Clinics, practices, care providers.
    Healthcare,
    /// Production and industrial companies.
    Manufacturing,
    /// Construction, trades and real estate.
    Construction,
    /// Shops, e-commerce, wholesale.
    Retail,
    /// Hotels, restaurants, travel.
    Hospitality,
    /// Transport, logistics, distribution.
    Logistics,
    /// Schools, training providers.
    Education,
    /// Non-profits, associations, foundations.
    Nonprofit,
    /// Public bodies and municipalities.
    PublicSector,
    /// Software and technology companies.
    Technology,
    /// Anything else.
    Other,
    /// Accounting, tax and payroll firms (they hold clients' financial and personal data
    /// under professional secrecy and data-protection rules).
    Accounting,
}

impl Industry {
    /// All industries, in the order result codes number them (append only).
    pub const ALL: [Industry; 15] = [
        Industry::ProfessionalServices,
        Industry::Legal,
        Industry::Finance,
        Industry::Healthcare,
        Industry::Manufacturing,
        Industry::Construction,
        Industry::Retail,
        Industry::Hospitality,
        Industry::Logistics,
        Industry::Education,
        Industry::Nonprofit,
        Industry::PublicSector,
        Industry::Technology,
        Industry::Other,
        Industry::Accounting,
    ];

    /// All industries, in the order a form lists them ("Other" last).
    pub const LISTED: [Industry; 15] = [
        Industry::Accounting,
        Industry::ProfessionalServices,
        Industry::Legal,
        Industry::Finance,
        Industry::Healthcare,
        Industry::Manufacturing,
        Industry::Construction,
        Industry::Retail,
        Industry::Hospitality,
        Industry::Logistics,
        Industry::Education,
        Industry::Nonprofit,
        Industry::PublicSector,
        Industry::Technology,
        Industry::Other,
    ];

    /// The stable string ID.
    pub fn as_str(self) -> &'static str {
        match self {
            Industry::ProfessionalServices => "professional_services",
            Industry::Legal => "legal",
            Industry::Finance => "finance",
            Industry::Healthcare => "healthcare",
            Industry::Manufacturing => "manufacturing",
            Industry::Construction => "construction",
            Industry::Retail => "retail",
            Industry::Hospitality => "hospitality",
            Industry::Logistics => "logistics",
            Industry::Education => "education",
            Industry::Nonprofit => "nonprofit",
            Industry::PublicSector => "public_sector",
            Industry::Technology => "technology",
            Industry::Other => "other",
            Industry::Accounting => "accounting",
        }
    }

    /// The industry of a stable string ID.
    pub fn from_id(id: &str) -> Option<Industry> {
        Industry::ALL.into_iter().find(|i| i.as_str() == id)
    }

    /// Industries whose regulators and customers expect demonstrable security and control.
    pub fn is_regulated(self) -> bool {
        matches!(
            self,
            Industry::Finance
                | Industry::Healthcare
                | Industry::Legal
                | Industry::PublicSector
                | Industry::Accounting
        )
    }
}

/// Who manages IT today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItManagement {
    /// The CEO, COO or CFO, part-time.
    ExecutivePartTime,
    /// An internal IT administrator.
    InternalAdmin,
    /// An outsourced managed service provider.
    OutsourcedMsp,
    /// An internal IT department.
    InternalDepartment,
}

impl ItManagement {
    /// All options, in the order a form lists them.
    pub const ALL: [ItManagement; 4] = [
        ItManagement::ExecutivePartTime,
        ItManagement::InternalAdmin,
        ItManagement::OutsourcedMsp,
        ItManagement::InternalDepartment,
    ];

    /// Whether the company has IT staff of its own (an administrator or a department).
    pub fn has_own_it_staff(self) -> bool {
        matches!(
            self,
            ItManagement::InternalAdmin | ItManagement::InternalDepartment
        )
    }

    /// The stable string ID.
    pub fn as_str(self) -> &'static str {
        match self {
            ItManagement::ExecutivePartTime => "executive_part_time",
            ItManagement::InternalAdmin => "internal_admin",
            ItManagement::OutsourcedMsp => "outsourced_msp",
            ItManagement::InternalDepartment => "internal_department",
        }
    }
}

/// Reads a seat count as a prospect types it ("45", " 45 "). The error is the key of
/// the message that says what to enter (`error.seats_empty`, `error.seats_range`).
pub fn parse_seats(text: &str) -> Result<u32, &'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Err("error.seats_empty");
    }
    match t.parse::<u32>() {
        Ok(n) if (1..=MAX_SEATS).contains(&n) => Ok(n),
        _ => Err("error.seats_range"),
    }
}

/// A company size segment used for targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Segment {
    /// 1–19 seats.
    #[serde(rename = "1-19")]
    Micro,
    /// 20–50 seats.
    #[serde(rename = "20-50")]
    Small,
    /// 51–150 seats.
    #[serde(rename = "51-150")]
    Medium,
    /// 151–300 seats.
    #[serde(rename = "151-300")]
    Large,
    /// 301 seats and more.
    #[serde(rename = "301+")]
    Enterprise,
}

impl Segment {
    /// Every segment, smallest first.
    pub const ALL: [Segment; 5] = [
        Segment::Micro,
        Segment::Small,
        Segment::Medium,
        Segment::Large,
        Segment::Enterprise,
    ];

    /// The segment of a seat count.
    pub fn of(seats: u32) -> Segment {
        match seats {
            0..=19 => Segment::Micro,
            20..=50 => Segment::Small,
            51..=150 => Segment::Medium,
            151..=300 => Segment::Large,
            _ => Segment::Enterprise,
        }
    }

    /// Position in size order.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The range as its stable ID ("20-50").
    pub fn label(self) -> &'static str {
        match self {
            Segment::Micro => "1-19",
            Segment::Small => "20-50",
            Segment::Medium => "51-150",
            Segment::Large => "151-300",
            Segment::Enterprise => "301+",
        }
    }
}

/// The company being assessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Company name, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Number of people using IT (seats), 1 to [`MAX_SEATS`].
    #[serde(deserialize_with = "seats")]
    pub seats: u32,
    /// Industry.
    pub industry: Industry,
    /// Who manages IT today.
    pub it_management: ItManagement,
    /// Chosen business goals (may be empty).
    #[serde(default)]
    pub goals: Vec<Goal>,
}

/// Reads a seat count; anything but a whole number gets a message saying what is accepted.
fn seats<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    struct V;
    impl serde::de::Visitor<'_> for V {
        type Value = u32;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(
                f,
                "the number of people using IT, a whole number from 1 to {MAX_SEATS}"
            )
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u32, E> {
            // Out-of-range values are reported by `Profile::validate` with the same wording.
            Ok(u32::try_from(v).unwrap_or(u32::MAX))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<u32, E> {
            match u64::try_from(v) {
                Ok(u) => self.visit_u64(u),
                Err(_) => Err(E::invalid_value(serde::de::Unexpected::Signed(v), &self)),
            }
        }
    }
    d.deserialize_any(V)
}

impl Profile {
    /// Checks the values serde cannot: the seat range and repeated goals.
    pub fn validate(&self) -> Result<(), Error> {
        if self.seats == 0 || self.seats > MAX_SEATS {
            return Err(Error::Seats {
                found: self.seats,
                max: MAX_SEATS,
            });
        }
        for (i, g) in self.goals.iter().enumerate() {
            if self.goals[..i].contains(g) {
                return Err(Error::DuplicateGoal(g.as_str()));
            }
        }
        Ok(())
    }

    /// The size segment.
    pub fn segment(&self) -> Segment {
        Segment::of(self.seats)
    }

    /// Whether a goal was chosen.
    pub fn has_goal(&self, goal: Goal) -> bool {
        self.goals.contains(&goal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_lists_every_industry_once_with_other_last() {
        let mut listed = Industry::LISTED.to_vec();
        assert_eq!(listed.last(), Some(&Industry::Other));
        listed.sort();
        let mut all = Industry::ALL.to_vec();
        all.sort();
        assert_eq!(listed, all);
    }

    #[test]
    fn segment_boundaries() {
        let cases = [
            (1, "1-19"),
            (19, "1-19"),
            (20, "20-50"),
            (50, "20-50"),
            (51, "51-150"),
            (150, "51-150"),
            (151, "151-300"),
            (300, "151-300"),
            (301, "301+"),
        ];
        for (seats, label) in cases {
            assert_eq!(Segment::of(seats).label(), label);
        }
    }

    #[test]
    fn seats_must_be_plausible() {
        let mut p = Profile {
            company: None,
            seats: 45,
            industry: Industry::Other,
            it_management: ItManagement::InternalAdmin,
            goals: vec![Goal::Scale],
        };
        assert!(p.validate().is_ok());
        p.seats = 0;
        assert_eq!(
            p.validate(),
            Err(Error::Seats {
                found: 0,
                max: MAX_SEATS
            })
        );
        p.seats = MAX_SEATS + 1;
        assert_eq!(
            p.validate(),
            Err(Error::Seats {
                found: MAX_SEATS + 1,
                max: MAX_SEATS
            })
        );
        p.seats = MAX_SEATS;
        assert!(p.validate().is_ok());
        p.goals = vec![Goal::Scale, Goal::Scale];
        assert_eq!(p.validate(), Err(Error::DuplicateGoal("scale")));
    }
}
