//! The native layers under one path: the core's modules, the text layer as [`i18n`], the
//! formats, the MSP layer and the briefing.

pub use itcq_briefing as briefing;
pub use itcq_core::{
    Answer, Answers, Assessment, Bank, BankId, Error, Profile, Report, Tuning, answers, assess,
    assess_answers, assess_tuned, bank, date, error, framework, plan, profile, report, score,
    standards, targets, tuning, util,
};
pub use itcq_formats::{code, color, export, import, lead};
pub use itcq_msp::{config, custom, delivery, schema};
pub use itcq_text as i18n;
