//! The 7C IT Management Framework as data: seven blocks, 27 delivery areas and 139
//! services, each with a stable string ID.
//!
//! Only structure and numbers live here; the framework's words (names, descriptions, help)
//! are the text layer's, keyed by these IDs (`block.<id>.name`, `area.<id>.name`,
//! `service.<id>.name`). The per-area metadata the action plan needs (effort, owner in
//! the responsibility matrix, business goals served) is a product judgement; it lives
//! next to the data in [`data`] with the reasoning for each call, and nowhere else.

mod data;

use serde::{Deserialize, Serialize};
use std::fmt;

pub use data::{AREAS, BLOCKS};

/// One of the seven building blocks ("Cs") of the framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockId {
    /// IT security and business continuity (NIST Cyber Security).
    Continuous,
    /// An efficient and professional IT ecosystem.
    Competent,
    /// A proactive and responsible IT ecosystem.
    Charged,
    /// A strategy- and business-focused IT ecosystem.
    Conscious,
    /// A measurable and governable IT ecosystem.
    Controlled,
    /// A transparent IT ecosystem.
    Clear,
    /// Controlled IT costs.
    CostEffective,
}

impl BlockId {
    /// All blocks in the framework's order.
    pub const ALL: [BlockId; 7] = [
        BlockId::Continuous,
        BlockId::Competent,
        BlockId::Charged,
        BlockId::Conscious,
        BlockId::Controlled,
        BlockId::Clear,
        BlockId::CostEffective,
    ];

    /// The stable string ID (`"cost_effective"`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            BlockId::Continuous => "continuous",
            BlockId::Competent => "competent",
            BlockId::Charged => "charged",
            BlockId::Conscious => "conscious",
            BlockId::Controlled => "controlled",
            BlockId::Clear => "clear",
            BlockId::CostEffective => "cost_effective",
        }
    }

    /// Position of the block in [`BlockId::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The block's data.
    pub fn block(self) -> &'static Block {
        &BLOCKS[self.index()]
    }
}

impl fmt::Display for BlockId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much work a delivery area takes to put in place for a 20–300 seat company.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    /// Days of work, little or no spending: fits in the next 30 days.
    Small,
    /// A project of a few weeks: fits in the next 90 days.
    Medium,
    /// A programme of several months, usually with budget and change management.
    Large,
}

impl Effort {
    /// Every value, in order.
    pub const ALL: [Effort; 3] = [Effort::Small, Effort::Medium, Effort::Large];

    /// The stable string ID (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            Effort::Small => "small",
            Effort::Medium => "medium",
            Effort::Large => "large",
        }
    }

    /// The divisor used when ranking actions (gain × relevance ÷ cost).
    pub fn cost(self) -> f64 {
        match self {
            Effort::Small => 1.0,
            Effort::Medium => 2.0,
            Effort::Large => 4.0,
        }
    }
}

/// A party in the IT ecosystem's responsibility matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The CEO, COO or CFO (whoever owns IT decisions on the business side).
    Executive,
    /// The company's own IT administrator or IT department.
    InternalIt,
    /// The managed service provider.
    Msp,
    /// A virtual CIO (often provided by the MSP, sometimes a third party).
    Vcio,
    /// A software, cloud, telco or hardware vendor.
    Vendor,
}

impl Role {
    /// Every value, in order.
    pub const ALL: [Role; 5] = [
        Role::Executive,
        Role::InternalIt,
        Role::Msp,
        Role::Vcio,
        Role::Vendor,
    ];

    /// The stable string ID (as serialised).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Executive => "executive",
            Role::InternalIt => "internal_it",
            Role::Msp => "msp",
            Role::Vcio => "vcio",
            Role::Vendor => "vendor",
        }
    }
}

/// A business goal a company can choose; targets and action ranking follow from them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    /// Grow revenue: value proposition, marketing, sales, customer loyalty.
    GrowRevenue,
    /// Cut costs: operations, processes, people, systems.
    CutCosts,
    /// Protect business continuity and security.
    Continuity,
    /// Meet compliance, audit and regulatory demands.
    Compliance,
    /// Expand and scale: new sites, more staff, new markets.
    Scale,
}

impl Goal {
    /// All goals in a fixed order.
    pub const ALL: [Goal; 5] = [
        Goal::GrowRevenue,
        Goal::CutCosts,
        Goal::Continuity,
        Goal::Compliance,
        Goal::Scale,
    ];

    /// The stable string ID.
    pub fn as_str(self) -> &'static str {
        match self {
            Goal::GrowRevenue => "grow_revenue",
            Goal::CutCosts => "cut_costs",
            Goal::Continuity => "continuity",
            Goal::Compliance => "compliance",
            Goal::Scale => "scale",
        }
    }
}

/// Priority weight of a question or service: high 5, medium 3, low 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    /// Weight 1.
    Low,
    /// Weight 3.
    Medium,
    /// Weight 5.
    High,
}

impl Weight {
    /// The numeric weight.
    pub fn value(self) -> u32 {
        match self {
            Weight::Low => 1,
            Weight::Medium => 3,
            Weight::High => 5,
        }
    }
}

/// One of the seven blocks.
#[derive(Debug, Serialize)]
pub struct Block {
    /// Stable ID.
    pub id: BlockId,
}

/// A concrete service of a delivery area.
#[derive(Debug)]
pub struct Service {
    /// Stable ID, `<area id>.<slug>`.
    pub id: &'static str,
    /// Priority weight of the service in the full bank.
    pub weight: Weight,
}

/// A delivery area: a group of services inside one block.
#[derive(Debug)]
pub struct Area {
    /// Stable ID, `<block id>.<slug>`.
    pub id: &'static str,
    /// The block the area belongs to. Areas that appear in several blocks are distinct.
    pub block: BlockId,
    /// Effort to put the area in place.
    pub effort: Effort,
    /// Risk weight 1–3 for ranking the plan: how directly a gap here leads to a loss
    /// (reasoning with the data).
    pub risk: u8,
    /// Who usually does the work.
    pub responsible: Role,
    /// Who usually answers for the result.
    pub accountable: Role,
    /// The business goals this area serves.
    pub goals: &'static [Goal],
    /// The area's services.
    pub services: &'static [Service],
}

/// Looks up an area by ID.
pub fn area(id: &str) -> Option<&'static Area> {
    AREAS.iter().find(|a| a.id == id)
}

/// Looks up a service by ID, with the area it belongs to.
pub fn service(id: &str) -> Option<(&'static Area, &'static Service)> {
    AREAS
        .iter()
        .flat_map(|a| a.services.iter().map(move |s| (a, s)))
        .find(|(_, s)| s.id == id)
}

/// All services in framework order, with their areas.
pub fn services() -> impl Iterator<Item = (&'static Area, &'static Service)> {
    AREAS
        .iter()
        .flat_map(|a| a.services.iter().map(move |s| (a, s)))
}

/// The areas of one block, in framework order.
pub fn areas_of(block: BlockId) -> impl Iterator<Item = &'static Area> {
    AREAS.iter().filter(move |a| a.block == block)
}
