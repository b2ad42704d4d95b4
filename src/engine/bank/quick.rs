//! The `quick` bank: the prospect's self-assessment.
//!
//! Written for a non-technical owner or executive of a 20–300 seat company: plain words,
//! any unavoidable term explained in one line. Each question's five options describe
//! concrete maturity levels 0–4 for that question; "Don't know" is always offered by the
//! widget. Every question lists the framework services it probes; its block and delivery
//! areas follow from them. Together the questions cover every delivery area and every
//! service (checked by tests). IDs are stable: never reuse or renumber one.

use super::QuickQuestion;
use crate::engine::framework::{BlockId, Weight};

/// The quick bank's questions, grouped by block in framework order.
pub static QUICK: &[QuickQuestion] = &[
    QuickQuestion {
        id: "backup_restore",
        block: BlockId::Continuous,
        services: &[
            "continuous.backup.process",
            "continuous.backup.recovery_testing",
            "continuous.backup.offsite",
            "continuous.backup.offsite_solution",
        ],
        weight: Weight::High,
        text: "If a laptop, a server or a cloud account lost its data tomorrow, how sure are you that you could get it all back?",
        help: "Backups only count if someone has actually restored from them. \"Offsite\" means a copy kept outside the office, for example in the cloud, safe from fire or ransomware.",
        options: [
            "We have no regular backups, or I don't think we do.",
            "Some data is backed up, but it depends on individual people remembering.",
            "Automatic backups run for the main systems, but no one has tested a restore.",
            "Automatic backups of everything important, with a copy stored offsite; restores are tested now and then.",
            "Automatic, monitored backups with an offsite copy; restores are tested on a schedule and failures are fixed the same day.",
        ],
    },
];
