//! The report in words: the core's [`Report`] with every name and sentence taken from a
//! catalogue.
//!
//! [`report`] gives the report as the JSON export and the CLI show it: the core's fields in
//! the core's order, with `name` beside every block, area, service and phase ID, what each
//! block's score `meaning`s for the company and the "Don't know" finding's `message`. The
//! helpers below give the same words one at a time, for pages and exports.

use crate::Texts;
use itcq_core::bank::{Bank, Question, Scale};
use itcq_core::framework::{AREAS, Area, BLOCKS, Block, BlockId, Service};
use itcq_core::plan::{Action, Phase, PhaseId, Plan};
use itcq_core::report::{
    AreaResult, BlockResult, BlockStatus, Report, UnknownFinding, UnknownLevel,
};
use itcq_core::score::Band;
use itcq_core::standards::{self, Asks};
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

/// A block's name (`Continuous`).
pub fn block(t: &Texts, id: BlockId) -> &str {
    t.of(&["block.", id.as_str(), ".name"])
}

/// A delivery area's name.
pub fn area<'a>(t: &'a Texts, id: &str) -> &'a str {
    t.of(&["area.", id, ".name"])
}

/// What the prospect answered to the action's weakest question (lowest credit, then bank
/// order), in their words: why the action matters to them. `None` for the full bank's
/// in-place scale, whose answers are not sentences.
pub fn weakest_answer<'a>(
    t: &'a Texts,
    answers: &itcq_core::answers::Answers,
    action: &Action,
) -> Option<&'a str> {
    let bank = answers.bank();
    let (q, level) = action
        .questions
        .iter()
        .filter_map(|id| {
            let i = bank.position(id)?;
            match answers.as_slice()[i]? {
                itcq_core::answers::Answer::Level(l) => Some((&bank.questions[i], l)),
                _ => None,
            }
        })
        .min_by_key(|(_, l)| *l)?;
    matches!(q.scale, Scale::Levels).then(|| t.of(&["quick.", &q.id, ".o", &level.to_string()]))
}

/// A delivery area's name in plain words, for prospects (the catalogue name stays for the
/// rep and exports).
pub fn plain_area<'a>(t: &'a Texts, id: &str) -> &'a str {
    t.of(&["area.", id, ".plain"])
}

/// A service in plain words, for prospects: its one-line help.
pub fn plain_service<'a>(t: &'a Texts, id: &str) -> &'a str {
    t.of(&["service.", id, ".help"])
}

/// What an insurer or auditor asks about, in words: "CIS 6.3 Require MFA for
/// Externally-Exposed Applications; NIST CSF PR.AA Identity Management, …", at most `max`
/// items of each (the most relevant first). Official names, in English in every language.
pub fn asks_line(asks: &Asks, max: usize) -> String {
    let cis = asks.cis.iter().take(max).map(|id| {
        format!(
            "CIS {id} {}",
            crate::standards::cis_name(id).unwrap_or_default()
        )
    });
    let nist = asks.nist.iter().take(max).map(|id| {
        format!(
            "NIST CSF {id} {}",
            crate::standards::nist_name(id).unwrap_or_default()
        )
    });
    cis.chain(nist).collect::<Vec<_>>().join("; ")
}

/// A service's name.
pub fn service<'a>(t: &'a Texts, id: &str) -> &'a str {
    t.of(&["service.", id, ".name"])
}

/// A plan phase's name (`Quick wins (next 30 days)`).
pub fn phase(t: &Texts, id: PhaseId) -> &str {
    t.of(&["phase.", id.as_str()])
}

/// A band's name (`Developing`).
pub fn band(t: &Texts, b: Band) -> &str {
    t.of(&["band.", b.as_str(), ".name"])
}

/// What a band means, in one sentence for an owner.
pub fn band_description(t: &Texts, b: Band) -> &str {
    t.of(&["band.", b.as_str(), ".desc"])
}

/// The "Don't know" finding for the respondent.
pub fn unknown(t: &Texts, level: UnknownLevel) -> &str {
    t.of(&["unknown.", level.as_str()])
}

/// What a block's score means for this company, in a few sentences for the prospect.
pub fn meaning(t: &Texts, b: &BlockResult) -> String {
    let id = b.id.as_str();
    let s = b.score.unwrap_or(0.0);
    let status: BlockStatus = b.status;
    t.fmt(
        &format!("report.meaning.{}", status.as_str()),
        &[
            ("block", t.of(&["block.", id, ".name"])),
            ("score", &t.num(s, 0)),
            ("target", &t.num(b.target, 0)),
            ("points", &t.num(b.target - s, 0)),
            ("benefit", t.of(&["block.", id, ".benefit"])),
            ("risk", t.of(&["block.", id, ".risk"])),
        ],
    )
}

/// The report with its words from `texts`, for serializing.
pub fn report<'a>(report: &'a Report, texts: &'a Texts) -> Named<'a, Report> {
    Named {
        value: report,
        texts,
    }
}

/// A value of the core with the catalogue that names it; serializes with the names.
#[derive(Debug, Clone, Copy)]
pub struct Named<'a, T> {
    /// The value.
    pub value: &'a T,
    /// The catalogue.
    pub texts: &'a Texts,
}

impl<'a, T> Named<'a, T> {
    fn with<U>(&self, value: &'a U) -> Named<'a, U> {
        Named {
            value,
            texts: self.texts,
        }
    }
}

/// A list of named values.
struct NamedList<'a, T>(&'a [T], &'a Texts);

impl<T> Serialize for NamedList<'_, T>
where
    for<'b> Named<'b, T>: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for v in self.0 {
            seq.serialize_element(&Named {
                value: v,
                texts: self.1,
            })?;
        }
        seq.end()
    }
}

impl Serialize for Named<'_, Report> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.value;
        let mut st = s.serialize_struct("Report", 15)?;
        st.serialize_field("schema_version", &r.schema_version)?;
        st.serialize_field("bank", &r.bank)?;
        st.serialize_field("bank_version", &r.bank_version)?;
        st.serialize_field("profile", &r.profile)?;
        st.serialize_field("segment", &r.segment)?;
        st.serialize_field("itcq", &r.itcq)?;
        st.serialize_field("band", &r.band)?;
        st.serialize_field("target_itcq", &r.target_itcq)?;
        st.serialize_field("completion", &r.completion)?;
        st.serialize_field("unknown_share", &r.unknown_share)?;
        st.serialize_field("answers", &r.answers)?;
        st.serialize_field("unknown", &self.with(&r.unknown))?;
        st.serialize_field("blocks", &NamedList(&r.blocks, self.texts))?;
        st.serialize_field("areas", &NamedList(&r.areas, self.texts))?;
        st.serialize_field("plan", &self.with(&r.plan))?;
        st.end()
    }
}

impl Serialize for Named<'_, UnknownFinding> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let u = self.value;
        let mut st = s.serialize_struct("UnknownFinding", 6)?;
        st.serialize_field("level", &u.level)?;
        st.serialize_field("share", &u.share)?;
        st.serialize_field("count", &u.count)?;
        st.serialize_field("message", unknown(self.texts, u.level))?;
        st.serialize_field("blocks", &u.blocks)?;
        st.serialize_field("questions", &u.questions)?;
        st.end()
    }
}

impl Serialize for Named<'_, BlockResult> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.value;
        let mut st = s.serialize_struct("BlockResult", 11)?;
        st.serialize_field("id", &b.id)?;
        st.serialize_field("name", block(self.texts, b.id))?;
        st.serialize_field("score", &b.score)?;
        st.serialize_field("target", &b.target)?;
        st.serialize_field("gap", &b.gap)?;
        st.serialize_field("band", &b.band)?;
        st.serialize_field("questions", &b.questions)?;
        st.serialize_field("answered", &b.answered)?;
        st.serialize_field("dont_know", &b.dont_know)?;
        st.serialize_field("status", &b.status)?;
        st.serialize_field("meaning", &meaning(self.texts, b))?;
        st.end()
    }
}

impl Serialize for Named<'_, AreaResult> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.value;
        let mut st = s.serialize_struct("AreaResult", 6)?;
        st.serialize_field("id", a.id)?;
        st.serialize_field("block", &a.block)?;
        st.serialize_field("name", area(self.texts, a.id))?;
        st.serialize_field("score", &a.score)?;
        st.serialize_field("target", &a.target)?;
        st.serialize_field("gap", &a.gap)?;
        st.end()
    }
}

impl Serialize for Named<'_, Plan> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.value;
        let mut st = s.serialize_struct("Plan", 3)?;
        st.serialize_field("phases", &NamedList(&p.phases, self.texts))?;
        st.serialize_field("projected_itcq", &p.projected_itcq)?;
        st.serialize_field("beyond_target", &NamedList(&p.beyond_target, self.texts))?;
        st.end()
    }
}

impl Serialize for Named<'_, Phase> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.value;
        let mut st = s.serialize_struct("Phase", 5)?;
        st.serialize_field("id", &p.id)?;
        st.serialize_field("name", phase(self.texts, p.id))?;
        st.serialize_field("horizon_days", &p.horizon_days)?;
        st.serialize_field("actions", &NamedList(&p.actions, self.texts))?;
        st.serialize_field("projected_itcq", &p.projected_itcq)?;
        st.end()
    }
}

/// Safeguards and categories with their official names, for serializing:
/// `{cis: [{id, name}], nist: [{id, name}]}`.
struct AsksNamed<'a>(&'a Asks);

impl Serialize for AsksNamed<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let pairs = |ids: &[&'static str], name: fn(&str) -> Option<&'static str>| {
            ids.iter()
                .map(|id| IdName(id, name(id).unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        let mut st = s.serialize_struct("Asks", 2)?;
        st.serialize_field("cis", &pairs(&self.0.cis, crate::standards::cis_name))?;
        st.serialize_field("nist", &pairs(&self.0.nist, crate::standards::nist_name))?;
        st.end()
    }
}

/// An ID with its name.
struct IdName(&'static str, &'static str);

impl Serialize for IdName {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("IdName", 2)?;
        st.serialize_field("id", self.0)?;
        st.serialize_field("name", self.1)?;
        st.end()
    }
}

/// A service named by an action.
struct ServiceName<'a>(&'a str, &'a Texts);

impl Serialize for ServiceName<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Service", 3)?;
        st.serialize_field("id", self.0)?;
        st.serialize_field("name", service(self.1, self.0))?;
        st.serialize_field("plain", self.1.of(&["service.", self.0, ".help"]))?;
        st.end()
    }
}

impl Serialize for Named<'_, Action> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.value;
        let t = self.texts;
        let mut st = s.serialize_struct("Action", 20)?;
        st.serialize_field("rank", &a.rank)?;
        st.serialize_field("area", a.area)?;
        st.serialize_field("name", area(t, a.area))?;
        st.serialize_field("plain_name", plain_area(t, a.area))?;
        st.serialize_field("block", &a.block)?;
        let services: Vec<ServiceName> = a.services.iter().map(|id| ServiceName(id, t)).collect();
        st.serialize_field("services", &services)?;
        st.serialize_field("questions", &a.questions)?;
        st.serialize_field("responsible", &a.responsible)?;
        st.serialize_field("accountable", &a.accountable)?;
        st.serialize_field("effort", &a.effort)?;
        st.serialize_field("goals", &a.goals)?;
        st.serialize_field("score", &a.score)?;
        st.serialize_field("target", &a.target)?;
        st.serialize_field("gap", &a.gap)?;
        st.serialize_field("gain", &a.gain)?;
        st.serialize_field("block_gain", &a.block_gain)?;
        st.serialize_field("reaches_target", &a.reaches_target)?;
        st.serialize_field("insurers_ask", &AsksNamed(&standards::asks(&a.questions)))?;
        st.serialize_field("risk", &a.risk)?;
        st.serialize_field("priority", &a.priority)?;
        st.end()
    }
}

/// A question bank with its questions' words from `texts`, for serializing.
pub fn bank<'a>(bank: &'a Bank, texts: &'a Texts) -> Named<'a, Bank> {
    Named { value: bank, texts }
}

/// The framework's blocks and areas with their words from `texts`, for serializing:
/// `{blocks, areas}`.
pub fn framework(texts: &Texts) -> Framework<'_> {
    Framework(texts)
}

/// The framework with its words; see [`framework`].
pub struct Framework<'a>(&'a Texts);

impl Serialize for Framework<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Framework", 2)?;
        st.serialize_field("blocks", &NamedList(&BLOCKS, self.0))?;
        st.serialize_field("areas", &NamedList(AREAS, self.0))?;
        st.end()
    }
}

impl Serialize for Named<'_, Block> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let id = self.value.id.as_str();
        let t = self.texts;
        let mut st = s.serialize_struct("Block", 5)?;
        st.serialize_field("id", &self.value.id)?;
        for field in ["name", "question", "benefit", "risk"] {
            st.serialize_field(field, t.of(&["block.", id, ".", field]))?;
        }
        st.end()
    }
}

impl Serialize for Named<'_, Area> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.value;
        let t = self.texts;
        let mut st = s.serialize_struct("Area", 11)?;
        st.serialize_field("id", a.id)?;
        st.serialize_field("block", &a.block)?;
        st.serialize_field("name", area(t, a.id))?;
        st.serialize_field("plain_name", plain_area(t, a.id))?;
        st.serialize_field("risk", &a.risk)?;
        st.serialize_field("description", t.of(&["area.", a.id, ".desc"]))?;
        st.serialize_field("effort", &a.effort)?;
        st.serialize_field("responsible", &a.responsible)?;
        st.serialize_field("accountable", &a.accountable)?;
        st.serialize_field("goals", a.goals)?;
        st.serialize_field("services", &NamedList(a.services, t))?;
        st.end()
    }
}

impl Serialize for Named<'_, Service> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let x = self.value;
        let mut st = s.serialize_struct("Service", 5)?;
        st.serialize_field("id", x.id)?;
        st.serialize_field("name", service(self.texts, x.id))?;
        st.serialize_field("help", self.texts.of(&["service.", x.id, ".help"]))?;
        st.serialize_field("weight", &x.weight)?;
        st.serialize_field("standards", &standards::of_service(x.id))?;
        st.end()
    }
}

impl Serialize for Named<'_, Bank> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.value;
        let mut st = s.serialize_struct("Bank", 4)?;
        st.serialize_field("id", &b.id)?;
        st.serialize_field("version", &b.version)?;
        st.serialize_field("questions", &NamedList(&b.questions, self.texts))?;
        st.serialize_field("extras", &b.extras)?;
        st.end()
    }
}

/// A question's words: its text, help and, on the quick bank's scale, the five options.
/// Quick-bank questions (the MSP's own included) are `quick.<id>.*`; the full bank's are
/// its services' names and help.
pub struct QuestionText<'a> {
    /// The question.
    pub text: &'a str,
    /// Help shown on demand.
    pub help: &'a str,
    /// Per level 0–4, on the quick bank's scale; empty on the full bank's.
    pub options: Vec<&'a str>,
}

/// The words of a question from `t`.
pub fn question<'a>(t: &'a Texts, q: &Question) -> QuestionText<'a> {
    match q.scale {
        Scale::Levels => QuestionText {
            text: t.of(&["quick.", &q.id, ".text"]),
            help: t
                .try_get(&["quick.", &q.id, ".help"].concat())
                .unwrap_or(""),
            options: ["o0", "o1", "o2", "o3", "o4"]
                .iter()
                .map(|o| t.of(&["quick.", &q.id, ".", o]))
                .collect(),
        },
        Scale::InPlace => QuestionText {
            text: service(t, &q.id),
            help: t.of(&["service.", &q.id, ".help"]),
            options: Vec::new(),
        },
    }
}

/// The in-place scale's answers and their level, as written in the full bank.
struct ScaleNamed<'a>(&'a Scale, &'a [&'a str]);

impl Serialize for ScaleNamed<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Scale::Levels => {
                let mut st = s.serialize_struct("Scale", 2)?;
                st.serialize_field("kind", "levels")?;
                st.serialize_field("options", self.1)?;
                st.end()
            }
            Scale::InPlace => {
                let mut st = s.serialize_struct("Scale", 1)?;
                st.serialize_field("kind", "in_place")?;
                st.end()
            }
        }
    }
}

impl Serialize for Named<'_, Question> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let q = self.value;
        let words = question(self.texts, q);
        let mut st = s.serialize_struct("Question", 12)?;
        st.serialize_field("id", &q.id)?;
        st.serialize_field("block", &q.block)?;
        st.serialize_field("areas", &q.areas)?;
        st.serialize_field("services", &q.services)?;
        st.serialize_field("in_place_from", &q.in_place_from)?;
        st.serialize_field("applies", &q.applies)?;
        st.serialize_field("standards", &standards::of_question(q))?;
        st.serialize_field("weight", &q.weight)?;
        st.serialize_field("text", words.text)?;
        st.serialize_field("help", words.help)?;
        st.serialize_field("scale", &ScaleNamed(&q.scale, &words.options))?;
        st.end()
    }
}
