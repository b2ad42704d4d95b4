//! The prospect's journey through the assessment as a pure state machine.
//!
//! No web dependencies: the Yew widget renders a [`State`] and sends [`Action`]s; side
//! effects (storage, events to the host page, focus) happen outside, driven by the state
//! ([`State::outbox`] for events, [`State::snapshot`] for saving). Domain rules stay in the
//! engine: this module only sequences the steps and collects input.
//!
//! **Owns:** the order of the steps and what the prospect has entered. **Must not import:**
//! any web crate or the briefing; it depends on the core, the text layer, the formats and
//! the MSP layer.

use itcq_core::answers::{Answer, Answers};
use itcq_core::bank::{BankId, BankRef, MAX_EXTRAS, QUICK_VERSION, is_own_id, quick};
use itcq_core::date::Date;
use itcq_core::framework::{BlockId, Goal};
use itcq_core::profile::{Industry, ItManagement, Profile, parse_seats};
use itcq_core::util::sort_small_by;
use itcq_formats::code::Decoded;
use itcq_formats::lead::{Lead, LeadField};
use itcq_msp::config::{LeadPosition, WidgetConfig};
use itcq_text::Texts;
use std::rc::Rc;

/// Where the prospect is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// What the assessment is; start or resume.
    Welcome,
    /// Company, size, industry, who runs IT and the business goals, on one screen.
    Profile,
    /// One question, by position in the quick bank.
    Question(usize),
    /// The lead form (when placed before the results).
    Lead,
    /// The results.
    Results,
}

impl Step {
    /// The name used in the DOM (`data-step`).
    pub fn name(self) -> &'static str {
        match self {
            Step::Welcome => "welcome",
            Step::Profile => "profile",
            Step::Question(_) => "question",
            Step::Lead => "lead",
            Step::Results => "results",
        }
    }
}

/// The profile as typed so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileDraft {
    /// Company name (optional).
    pub company: String,
    /// Seats as typed.
    pub seats: String,
    /// Industry, once chosen.
    pub industry: Option<Industry>,
    /// Who manages IT, once chosen.
    pub it_management: Option<ItManagement>,
    /// Chosen goals, in the order of [`Goal::ALL`].
    pub goals: Vec<Goal>,
}

impl ProfileDraft {
    /// The engine's profile, when the draft is complete and valid.
    pub fn profile(&self) -> Option<Profile> {
        let company = self.company.trim();
        let p = Profile {
            company: (!company.is_empty()).then(|| company.to_string()),
            seats: parse_seats(&self.seats).ok()?,
            industry: self.industry?,
            it_management: self.it_management?,
            goals: self.goals.clone(),
        };
        p.validate().ok().map(|_| p)
    }
}

/// A form field that can carry an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Number of seats.
    Seats,
    /// Industry.
    Industry,
    /// Who manages IT.
    ItManagement,
    /// The current question's answer.
    Answer,
    /// A lead form field.
    Lead(LeadField),
}

/// Something the host page is told about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The prospect started (or resumed) the assessment.
    Started,
    /// The last question of a block was answered.
    BlockCompleted(BlockId),
    /// The results were shown for the first time.
    Completed,
    /// The lead form was submitted.
    LeadSubmitted,
    /// The lead is complete enough to deliver (contact given with consent, and the
    /// assessment completed): raised once per journey, for the lead delivery. Not a DOM
    /// event.
    LeadReady,
}

/// What the prospect does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Start a new assessment.
    Start,
    /// Continue the saved assessment.
    Resume,
    /// Throw away everything and start again.
    Restart,
    /// Type the company name.
    Company(String),
    /// Type the number of seats.
    Seats(String),
    /// Choose the industry.
    Industry(Option<Industry>),
    /// Choose who manages IT.
    ItManagement(ItManagement),
    /// Tick or untick a goal.
    ToggleGoal(Goal),
    /// Answer the current question.
    Choose(Answer),
    /// Go on from question `.0` once it has an answer: sent a moment after an answer is
    /// chosen when the MSP leaves auto-advance on. Nothing happens if the prospect has
    /// moved on (or back) in the meantime.
    Advance(usize),
    /// Tick or untick an action of the plan (by rank) in the what-if.
    TogglePlan(u32),
    /// Go forward (validates the current step).
    Next,
    /// Go back one step.
    Back,
    /// Show or hide the help text.
    ToggleHelp,
    /// Type into a lead field.
    Lead(LeadField, String),
    /// Tick or untick the consent box.
    Consent(bool),
    /// Submit the lead form.
    SubmitLead,
    /// Use these texts from now on (the prospect switched language).
    SetTexts(Rc<Texts>),
    /// Hide the notice.
    DismissNotice,
    /// Show a notice (a text key), e.g. that the browser is not keeping the answers.
    Notice(&'static str),
    /// Ask to start again (results): waits for confirmation.
    AskRestart,
    /// Keep the results after all.
    CancelRestart,
}

/// Everything that is saved between visits.
///
/// Stored as plain text, one field per line (see [`Snapshot::encode`]): small, readable
/// when debugging a prospect's browser, and parsed without a serialisation framework,
/// which keeps the widget's wasm small.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// Where the prospect was.
    pub step: Step,
    /// The profile so far.
    pub profile: ProfileDraft,
    /// Answers so far (quick bank).
    pub answers: Answers,
    /// The lead, once submitted (contact details are not kept before that).
    pub lead: Lead,
    /// Whether the lead was submitted.
    pub lead_sent: bool,
    /// Blocks whose completion was already reported to the host page.
    pub reported: [bool; 7],
    /// Whether the completed event was already raised.
    pub completed: bool,
    /// When it was saved (milliseconds since 1970); old progress expires.
    pub saved_at: u64,
}

/// Saved progress older than this is not offered any more.
pub const SNAPSHOT_MAX_AGE_MS: u64 = 30 * 24 * 60 * 60 * 1000;

/// Format version of [`Snapshot`], the first line of the stored text.
pub const SNAPSHOT_VERSION: &str = "itcq-snapshot 1";

/// Longest stored text field; longer values are refused as damaged.
const MAX_SAVED_FIELD: usize = 400;

/// A snapshot that could not be restored, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreError(pub &'static str);

fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect()
}

fn answer_char(a: Option<Answer>) -> char {
    match a {
        None => '.',
        Some(Answer::Level(l)) => char::from(b'0' + l.min(9)),
        Some(Answer::DontKnow) => 'd',
        Some(Answer::NotApplicable) => 'n',
    }
}

fn flag(s: &str, what: &'static str) -> Result<bool, RestoreError> {
    match s {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(RestoreError(what)),
    }
}

impl Snapshot {
    /// A made-up journey at `step`, for a preview (the configurator shows an MSP their
    /// widget at a question, the lead form or the results without answering anything): a
    /// 45-seat professional services company with an IT administrator of its own (so every
    /// question is asked) and continuity as its goal; past the questions, every question
    /// answered in a fixed pattern of levels with one "Don't know"; with `lead_sent`, the
    /// lead already sent by a sample contact, so the thank-you shows (else a lead form on
    /// the results shows empty).
    pub fn sample(bank: &BankRef, step: Step, lead_sent: bool, now: u64) -> Snapshot {
        let mut answers = Answers::empty(bank.clone());
        let past_questions = matches!(step, Step::Lead | Step::Results);
        if past_questions {
            const LEVELS: [u8; 6] = [1, 2, 3, 2, 0, 4];
            for i in 0..answers.as_slice().len() {
                let a = if i == 5 {
                    Answer::DontKnow
                } else {
                    Answer::Level(LEVELS[i % LEVELS.len()])
                };
                answers.answer(i, a);
            }
        }
        let lead_sent = lead_sent && past_questions;
        let lead = if lead_sent {
            Lead {
                name: "Alex Sample".into(),
                email: "alex@sample.example".into(),
                company: "Sample Company Ltd".into(),
                phone: String::new(),
                consent: true,
            }
        } else {
            Lead::default()
        };
        Snapshot {
            step,
            profile: ProfileDraft {
                company: "Sample Company Ltd".into(),
                seats: "45".into(),
                industry: Some(Industry::ProfessionalServices),
                it_management: Some(ItManagement::InternalAdmin),
                goals: vec![Goal::Continuity],
            },
            answers,
            lead,
            lead_sent,
            reported: [past_questions; 7],
            completed: step == Step::Results,
            saved_at: now,
        }
    }

    /// The stored text: the version line, then bank version (with the MSP's own questions,
    /// `<version>:<fingerprint>`, see [`Bank::extras_fingerprint`]), time saved, step (a
    /// question by its ID: `question:backup_restore`), company,
    /// seats, industry, IT management, goals (comma-separated), answers (one character per
    /// question: `.` missing, `0`–`4` a level, `d` don't know), lead name, email, company
    /// and phone (empty until the lead is sent: contact details typed but not submitted
    /// are not kept), whether the lead was sent (0/1), the blocks already reported (seven
    /// 0/1) and whether completion was reported (0/1).
    pub fn encode(&self) -> String {
        let bank = self.answers.bank();
        let step = match self.step {
            Step::Question(i) => match bank.questions.get(i) {
                Some(q) => format!("question:{}", q.id),
                None => Step::Welcome.name().to_string(),
            },
            other => other.name().to_string(),
        };
        let goals: Vec<&str> = self.profile.goals.iter().map(|g| g.as_str()).collect();
        let answers: String = self
            .answers
            .as_slice()
            .iter()
            .map(|a| answer_char(*a))
            .collect();
        let reported: String = self
            .reported
            .iter()
            .map(|r| if *r { '1' } else { '0' })
            .collect();
        let p = &self.profile;
        let empty = Lead::default();
        let l = if self.lead_sent { &self.lead } else { &empty };
        let version = match bank.extras {
            0 => QUICK_VERSION.to_string(),
            _ => format!("{QUICK_VERSION}:{}", bank.extras_fingerprint()),
        };
        [
            SNAPSHOT_VERSION.to_string(),
            version,
            self.saved_at.to_string(),
            step,
            one_line(&p.company),
            one_line(&p.seats),
            p.industry.map_or("", Industry::as_str).to_string(),
            p.it_management.map_or("", ItManagement::as_str).to_string(),
            goals.join(","),
            answers,
            one_line(&l.name),
            one_line(&l.email),
            one_line(&l.company),
            one_line(&l.phone),
            u8::from(self.lead_sent).to_string(),
            reported,
            u8::from(self.completed).to_string(),
        ]
        .join("\n")
    }

    /// Reads stored text back at time `now` (milliseconds since 1970) for the questions of
    /// `bank` (the quick bank with the MSP's own questions); anything damaged, foreign,
    /// from another version of the bank or older than [`SNAPSHOT_MAX_AGE_MS`] is refused
    /// with a reason. When the MSP's own questions have changed since, only their answers
    /// are dropped.
    pub fn decode(text: &str, now: u64, bank: &BankRef) -> Result<Snapshot, RestoreError> {
        let lines: Vec<&str> = text.split('\n').collect();
        if lines.first() != Some(&SNAPSHOT_VERSION) {
            return Err(RestoreError(
                "the saved data is not an ITCq snapshot of this version",
            ));
        }
        let [
            _,
            bank_version,
            saved_at,
            step,
            company,
            seats,
            industry,
            itm,
            goals,
            answers,
            name,
            email,
            lead_company,
            phone,
            sent,
            reported,
            completed,
        ] = lines[..]
        else {
            return Err(RestoreError("the saved data does not have its 17 lines"));
        };
        let (bank_version, own) = match bank_version.split_once(':') {
            Some((v, fp)) => (v, fp.parse::<u8>().ok()),
            None => (bank_version, Some(0)),
        };
        // Progress saved with an earlier version of the bank holds that version's questions
        // in its order: they are matched to today's by ID (new questions are unanswered).
        let earlier: Option<&[&str]> = if bank_version == QUICK_VERSION.to_string() {
            None
        } else {
            match bank_version
                .parse::<u32>()
                .ok()
                .and_then(|v| bank.ids_of_version(v))
            {
                Some(ids) => Some(ids),
                None => {
                    return Err(RestoreError(
                        "the saved answers belong to another version of the questions",
                    ));
                }
            }
        };
        let base_saved = earlier.map_or(bank.base_len(), <[&str]>::len);
        // Today's position of a saved position.
        let now_at = |p: usize| -> Option<usize> {
            match earlier {
                Some(ids) if p < base_saved => bank.position(ids[p]),
                _ => (p + bank.base_len()).checked_sub(base_saved),
            }
        };
        if lines.iter().any(|l| l.chars().count() > MAX_SAVED_FIELD) {
            return Err(RestoreError("a saved field is too long"));
        }
        let saved_at: u64 = saved_at
            .parse()
            .map_err(|_| RestoreError("the time saved is not a number"))?;
        if now.saturating_sub(saved_at) > SNAPSHOT_MAX_AGE_MS {
            return Err(RestoreError("the saved progress is more than 30 days old"));
        }
        // Answers to the MSP's own questions count only if those questions are the same.
        let same_own = own == Some(bank.extras_fingerprint());
        let kept = if same_own {
            base_saved + bank.extras
        } else {
            base_saved
        };
        let step = match step {
            "welcome" => Step::Welcome,
            "profile" => Step::Profile,
            // Goals had a screen of their own before they joined the profile.
            "goals" => Step::Profile,
            "lead" => Step::Lead,
            "results" => Step::Results,
            q => {
                let saved = q.strip_prefix("question:").unwrap_or_default();
                // By question ID; progress saved before IDs were used has its position.
                // A question merged into another since: that one.
                let by_id = |id: &str| {
                    bank.position(id).or_else(|| {
                        quick::RETIRED
                            .iter()
                            .find(|(r, _)| *r == id)
                            .and_then(|(_, to)| bank.position(to))
                    })
                };
                let at = match saved.parse::<usize>() {
                    Ok(i) => match earlier {
                        Some(ids) if i < base_saved => by_id(ids[i]),
                        _ => now_at(i),
                    },
                    Err(_) => by_id(saved),
                };
                let kept_now = if same_own {
                    bank.questions.len()
                } else {
                    bank.base_len()
                };
                // A question of the MSP's own that has changed since: the last bank question,
                // from where the journey goes on.
                let own_changed = match at {
                    Some(i) => i >= kept_now && i < bank.base_len() + MAX_EXTRAS,
                    None => !same_own && is_own_id(saved),
                };
                match at {
                    Some(i) if i < kept_now => Step::Question(i),
                    _ if own_changed => Step::Question(bank.base_len() - 1),
                    _ => return Err(RestoreError("the saved step is unknown")),
                }
            }
        };
        let industry = match industry {
            "" => None,
            id => Some(Industry::from_id(id).ok_or(RestoreError("the saved industry is unknown"))?),
        };
        let it_management = match itm {
            "" => None,
            id => Some(
                ItManagement::ALL
                    .into_iter()
                    .find(|m| m.as_str() == id)
                    .ok_or(RestoreError("the saved IT management is unknown"))?,
            ),
        };
        let mut goal_list = Vec::new();
        for id in goals.split(',').filter(|g| !g.is_empty()) {
            let g = Goal::ALL
                .into_iter()
                .find(|g| g.as_str() == id)
                .ok_or(RestoreError("a saved goal is unknown"))?;
            if !goal_list.contains(&g) {
                goal_list.push(g);
            }
        }
        sort_small_by(&mut goal_list, Goal::cmp);
        let n = answers.chars().count();
        if !(same_own && n == base_saved + bank.extras
            || !same_own && (base_saved..=base_saved + MAX_EXTRAS).contains(&n))
        {
            return Err(RestoreError(
                "the number of saved answers does not match the questions",
            ));
        }
        let mut parsed = Answers::empty(bank.clone());
        for (saved_pos, c) in answers.chars().enumerate().take(kept) {
            let a = match c {
                '.' => continue,
                'd' => Answer::DontKnow,
                '0'..='4' => Answer::Level(c as u8 - b'0'),
                _ => return Err(RestoreError("a saved answer is not valid")),
            };
            if let Some(pos) = now_at(saved_pos) {
                parsed.answer(pos, a);
            }
        }
        if reported.len() != 7 || !reported.chars().all(|c| c == '0' || c == '1') {
            return Err(RestoreError("the reported blocks are not seven 0/1"));
        }
        let mut reported_blocks = [false; 7];
        for (slot, c) in reported_blocks.iter_mut().zip(reported.chars()) {
            *slot = c == '1';
        }
        let lead_sent = flag(sent, "whether the lead was sent is not 0 or 1")?;
        Ok(Snapshot {
            step,
            profile: ProfileDraft {
                company: company.to_string(),
                seats: seats.to_string(),
                industry,
                it_management,
                goals: goal_list,
            },
            answers: parsed,
            lead: Lead {
                name: name.to_string(),
                email: email.to_string(),
                company: lead_company.to_string(),
                phone: phone.to_string(),
                // Only a submitted lead is stored, and it was submitted with consent.
                consent: lead_sent,
            },
            lead_sent,
            reported: reported_blocks,
            completed: flag(
                completed,
                "whether the assessment was completed is not 0 or 1",
            )?,
            saved_at,
        })
    }
}

/// The whole journey.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The MSP's settings.
    pub config: Rc<WidgetConfig>,
    /// Current step.
    pub step: Step,
    /// Profile so far.
    pub profile: ProfileDraft,
    /// Answers so far.
    pub answers: Answers,
    /// Lead form so far.
    pub lead: Lead,
    /// Whether the lead was submitted.
    pub lead_sent: bool,
    /// Errors on the current step, as text keys.
    pub errors: Vec<(Field, &'static str)>,
    /// Whether the current question's help is shown.
    pub help_open: bool,
    /// A saved assessment the prospect may resume.
    pub saved: Option<Rc<Snapshot>>,
    /// A notice to show (e.g. saved answers that could not be restored), as a text key.
    pub notice: Option<&'static str>,
    /// Events for the host page, numbered; the widget sends those it has not sent yet.
    pub outbox: Vec<(u32, Event)>,
    /// Whether the completed event was already raised.
    pub completed: bool,
    /// Blocks whose completion was already reported.
    pub reported: [bool; 7],
    /// Whether "Start again" waits for confirmation.
    pub confirm_restart: bool,
    /// Counts failed attempts to go on, so the view can move focus to the first problem.
    pub attempts: u32,
    /// Whether these are results opened from a link (someone's shared result), which are
    /// shown but never saved over this device's own assessment.
    pub shared: bool,
    /// The day a shared result was taken (own results are dated when exported).
    pub taken_on: Option<Date>,
    /// The texts in the prospect's language (the prospect may switch at any time).
    pub texts: Rc<Texts>,
    /// The block the prospect has just finished, shown for a moment on the first
    /// question of the next block.
    pub block_done: Option<BlockId>,
    /// The plan's actions the prospect has ticked in the what-if, by rank.
    pub chosen: Vec<u32>,
}

impl State {
    /// A fresh journey, offering `saved` for resuming.
    pub fn new(
        config: Rc<WidgetConfig>,
        saved: Option<Snapshot>,
        notice: Option<&'static str>,
    ) -> State {
        let answers = Answers::empty(config.custom.bank.clone());
        State {
            config,
            step: Step::Welcome,
            profile: ProfileDraft::default(),
            answers,
            lead: Lead::default(),
            lead_sent: false,
            errors: Vec::new(),
            help_open: false,
            saved: saved.map(Rc::new),
            notice,
            outbox: Vec::new(),
            completed: false,
            reported: [false; 7],
            confirm_restart: false,
            attempts: 0,
            shared: false,
            taken_on: None,
            texts: Rc::default(),
            block_done: None,
            chosen: Vec::new(),
        }
    }

    /// Takes the profile and answers a link's code carries (a shared result or a resume
    /// link); the day it was taken comes back. A full-bank code is refused with a notice
    /// (`None`): the widget asks the quick bank.
    fn adopt(&mut self, decoded: Decoded) -> Option<Option<Date>> {
        if decoded.answers.bank_id() != BankId::Quick {
            self.notice = Some("notice.link_full_bank");
            return None;
        }
        let p = decoded.profile;
        self.profile = ProfileDraft {
            company: p.company.unwrap_or_default(),
            seats: p.seats.to_string(),
            industry: Some(p.industry),
            it_management: Some(p.it_management),
            goals: p.goals,
        };
        self.answers = decoded.answers;
        Some(decoded.taken_on)
    }

    /// Shows the results a link carries (from [`decode`](itcq_formats::code::decode)) instead of the journey.
    /// The contact details in it are not taken over, and nothing is raised to the host.
    pub fn open_shared(mut self, decoded: Decoded) -> State {
        let Some(taken_on) = self.adopt(decoded) else {
            return self;
        };
        self.taken_on = taken_on;
        self.chosen = self.config.result_plan.clone();
        self.shared = true;
        self.completed = true;
        self.reported = [true; 7];
        self.step = Step::Results;
        self
    }

    /// Reopens an unfinished assessment from a partial lead's resume link (its answers so
    /// far, without contact details): at the first question asked that has no answer, on
    /// any device. It is the prospect's own journey again, saved and completed as usual.
    pub fn reopen(mut self, decoded: Decoded) -> State {
        if self.adopt(decoded).is_none() {
            return self;
        }
        self.saved = None;
        let open = self
            .sequence()
            .into_iter()
            .find(|&i| self.answers.as_slice()[i].is_none());
        match open {
            Some(i) => self.step = Step::Question(i),
            None => self.after_questions(),
        }
        self
    }

    /// Whether anything was entered yet (profile or answers).
    pub fn has_progress(&self) -> bool {
        self.profile != ProfileDraft::default() || self.answers.answered() > 0
    }

    /// The journey as a text for the module with the results to go on from: the saved
    /// progress, with the results not yet announced (that module announces them, with
    /// the report).
    pub fn handover(&self) -> Option<String> {
        let mut snap = self.snapshot()?;
        if self.step == Step::Results {
            snap.completed = false;
        }
        Some(snap.encode())
    }

    /// What to save now (nothing before the prospect starts).
    pub fn snapshot(&self) -> Option<Snapshot> {
        (self.step != Step::Welcome && !self.shared).then(|| Snapshot {
            step: self.step,
            profile: self.profile.clone(),
            answers: self.answers.clone(),
            lead: self.lead.clone(),
            lead_sent: self.lead_sent,
            reported: self.reported,
            completed: self.completed,
            saved_at: 0,
        })
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.answers.answered()
    }

    /// Share of the asked questions answered, 0–100, rounded down.
    pub fn percent_done(&self) -> usize {
        (self.answered() * 100 / self.asked().max(1)).min(100)
    }

    /// Whether the question at `i` is asked: the MSP's configuration may hide some, and
    /// once the profile is complete, questions that cannot apply to it are not asked.
    pub fn is_asked(&self, i: usize) -> bool {
        self.asks(i, self.applies())
    }

    /// Seats and whether the company has IT staff of its own, once the profile is complete.
    fn applies(&self) -> Option<(u32, bool)> {
        self.profile
            .profile()
            .map(|p| (p.seats, p.it_management.has_own_it_staff()))
    }

    /// Whether question `i` is asked of a company of `profile` (seats, own IT staff).
    fn asks(&self, i: usize, profile: Option<(u32, bool)>) -> bool {
        self.answers.bank().questions.get(i).is_some_and(|q| {
            !self.config.custom.hidden.contains(&q.id)
                && profile.is_none_or(|(seats, own_it)| q.applies.to(seats, own_it))
        })
    }

    /// Every question position in the order asked: block by block, each block's bank
    /// questions then the MSP's own questions in that block.
    fn order(&self) -> Vec<usize> {
        let questions = &self.answers.bank().questions;
        let mut order = Vec::with_capacity(questions.len());
        for b in BlockId::ALL {
            for (i, q) in questions.iter().enumerate() {
                if q.block == b {
                    order.push(i);
                }
            }
        }
        order
    }

    /// The asked questions, in the order asked.
    fn sequence(&self) -> Vec<usize> {
        let mut order = self.order();
        let profile = self.applies();
        order.retain(|&i| self.asks(i, profile));
        order
    }

    /// How many questions are asked.
    pub fn asked(&self) -> usize {
        self.sequence().len()
    }

    /// The position of question `i` among the asked ones, from 1.
    pub fn asked_number(&self, i: usize) -> usize {
        self.sequence()
            .iter()
            .position(|&j| j == i)
            .map_or(0, |n| n + 1)
    }

    /// Whether question `i` is the last one asked.
    pub fn is_last_asked(&self, i: usize) -> bool {
        self.sequence().last() == Some(&i)
    }

    /// The question asked next after question `from` in the asking order (`None`: from
    /// the start), or before it with `back`; `None` when there is none.
    fn step_from(&self, from: Option<usize>, back: bool) -> Option<usize> {
        let mut order = self.order();
        if back {
            order.reverse();
        }
        let start = match from {
            None => 0,
            Some(i) => order.iter().position(|&j| j == i)? + 1,
        };
        order[start..].iter().copied().find(|&j| self.is_asked(j))
    }

    /// The first question asked after question `after` (`None`: the first one asked).
    fn next_asked(&self, after: Option<usize>) -> Option<usize> {
        self.step_from(after, false)
    }

    /// The question asked before question `before` (`None`: the last one asked).
    fn previous_asked(&self, before: Option<usize>) -> Option<usize> {
        self.step_from(before, true)
    }

    /// The first error on a field, if any, as a text key.
    pub fn error(&self, field: Field) -> Option<&'static str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| *m)
    }

    fn emit(&mut self, event: Event) {
        let seq = self.outbox.last().map_or(1, |(n, _)| n + 1);
        self.outbox.push((seq, event));
        // The widget sends events as they come; only recent ones need keeping.
        if self.outbox.len() > 16 {
            self.outbox.remove(0);
        }
    }

    /// The results; the first time, the completion is announced, and with `lead_ready`
    /// (not when resuming, whose lead was already handled) a lead given before is ready.
    fn show_results(&mut self, lead_ready: bool) {
        self.step = Step::Results;
        if !self.completed {
            self.completed = true;
            self.emit(Event::Completed);
            // Contact given before the end: the lead is ready now.
            if lead_ready && self.lead_sent {
                self.emit(Event::LeadReady);
            }
        }
    }

    fn after_questions(&mut self) {
        // Contact first but not given on this device (a resume link): asked at the end.
        let ask = matches!(
            self.config.lead_position,
            LeadPosition::Before | LeadPosition::Start
        );
        if ask && !self.lead_sent {
            self.open_lead();
        } else {
            self.show_results(true);
        }
    }

    /// The lead form, with the company the profile already has.
    fn open_lead(&mut self) {
        if self.lead.company.trim().is_empty() {
            self.lead.company = self.profile.company.trim().to_string();
        }
        self.step = Step::Lead;
    }

    /// The first step after the welcome: the lead form when the MSP asks for contact
    /// first, else the profile.
    fn begin(&mut self) {
        if self.config.lead_position == LeadPosition::Start && !self.lead_sent {
            self.open_lead();
        } else {
            self.step = Step::Profile;
        }
    }

    /// How many blocks have questions asked of this company, and how many of those the
    /// prospect has finished: "Continuous done: 1 of 7".
    pub fn blocks_done(&self) -> (usize, usize) {
        let questions = &self.answers.bank().questions;
        let seq = self.sequence();
        let asked: Vec<BlockId> = BlockId::ALL
            .into_iter()
            .filter(|b| seq.iter().any(|&i| questions[i].block == *b))
            .collect();
        let done = asked.iter().filter(|b| self.reported[b.index()]).count();
        (done, asked.len())
    }

    /// Whether a prospect who left contact details with consent has not finished: a
    /// partial lead is then worth sending when they leave the page.
    pub fn partial_due(&self) -> bool {
        self.lead_sent && !self.completed && !self.shared && self.answered() > 0
    }

    /// Applies an action and returns the next state.
    pub fn apply(&self, action: Action) -> State {
        let mut s = self.clone();
        s.errors.clear();
        match action {
            Action::Start => {
                s = State::new(self.config.clone(), None, None);
                s.texts = self.texts.clone();
                s.outbox = self.outbox.clone();
                s.begin();
                s.emit(Event::Started);
            }
            Action::Resume => {
                if let Some(saved) = self.saved.clone() {
                    s.profile = saved.profile.clone();
                    s.answers = saved.answers.clone();
                    s.lead = saved.lead.clone();
                    s.lead_sent = saved.lead_sent;
                    s.step = match saved.step {
                        Step::Welcome => Step::Profile,
                        other => other,
                    };
                    // Answers to questions the MSP has hidden since no longer count.
                    for id in &s.config.custom.hidden {
                        if let Some(i) = s.answers.bank().position(id) {
                            s.answers.clear(i);
                        }
                    }
                    // A question the MSP has hidden since: the next one asked.
                    if let Step::Question(i) = s.step
                        && !s.is_asked(i)
                    {
                        match s.next_asked(Some(i)) {
                            Some(n) => s.step = Step::Question(n),
                            None => s.after_questions(),
                        }
                    }
                    // Results need a complete profile; otherwise go back to the profile.
                    if matches!(s.step, Step::Results | Step::Lead) && s.profile.profile().is_none()
                    {
                        s.step = Step::Profile;
                    }
                    s.reported = saved.reported;
                    s.completed = saved.completed;
                    s.saved = None;
                    s.notice = None;
                    // Resuming continues an assessment already reported as started.
                    if s.step == Step::Results {
                        s.show_results(false);
                    }
                }
            }
            Action::Restart => {
                s = State::new(self.config.clone(), None, None);
                s.texts = self.texts.clone();
                s.outbox = self.outbox.clone();
                // Contact given first is not asked for again.
                if self.config.lead_position == LeadPosition::Start {
                    s.lead = self.lead.clone();
                    s.lead_sent = self.lead_sent;
                }
                s.begin();
                s.emit(Event::Started);
            }
            Action::Company(v) => s.profile.company = v,
            Action::Seats(v) => s.profile.seats = v,
            Action::Industry(v) => s.profile.industry = v,
            Action::ItManagement(v) => s.profile.it_management = Some(v),
            Action::ToggleGoal(g) => {
                if s.profile.goals.contains(&g) {
                    s.profile.goals.retain(|x| *x != g);
                } else {
                    s.profile.goals.push(g);
                    sort_small_by(&mut s.profile.goals, Goal::cmp);
                }
            }
            Action::Choose(a) => {
                if let Step::Question(i) = s.step {
                    s.answers.answer(i, a);
                }
            }
            Action::Advance(i) => {
                if s.step == Step::Question(i)
                    && s.answers.as_slice().get(i).copied().flatten().is_some()
                {
                    s.next();
                }
            }
            Action::ToggleHelp => s.help_open = !s.help_open,
            Action::Lead(field, v) => match field {
                LeadField::Name => s.lead.name = v,
                LeadField::Email => s.lead.email = v,
                LeadField::Company => s.lead.company = v,
                LeadField::Phone => s.lead.phone = v,
                LeadField::Consent => {}
            },
            Action::Consent(v) => s.lead.consent = v,
            Action::DismissNotice => s.notice = None,
            Action::Notice(key) => s.notice = Some(key),
            Action::SetTexts(t) => s.texts = t,
            Action::TogglePlan(rank) => {
                if let Some(k) = s.chosen.iter().position(|r| *r == rank) {
                    s.chosen.remove(k);
                } else {
                    // Kept in rank order: inserted at its place (a sort would cost the
                    // widget's first module kilobytes of code).
                    let at = s
                        .chosen
                        .iter()
                        .position(|r| *r > rank)
                        .unwrap_or(s.chosen.len());
                    s.chosen.insert(at, rank);
                }
            }
            Action::AskRestart => s.confirm_restart = true,
            Action::CancelRestart => s.confirm_restart = false,
            Action::Next => s.next(),
            Action::Back => {
                s.help_open = false;
                s.block_done = None;
                s.step = match s.step {
                    Step::Welcome | Step::Profile => Step::Welcome,
                    Step::Question(i) => s
                        .previous_asked(Some(i))
                        .map_or(Step::Profile, Step::Question),
                    // Contact first: before the lead comes the welcome.
                    Step::Lead if !s.completed && s.profile.profile().is_none() => Step::Welcome,
                    Step::Lead => s.previous_asked(None).map_or(Step::Profile, Step::Question),
                    Step::Results => Step::Results,
                };
            }
            Action::SubmitLead => {
                let errors = s.lead.validate_with(&s.config.custom.required);
                if errors.is_empty() {
                    s.lead = s.lead.trimmed();
                    s.lead_sent = true;
                    s.emit(Event::LeadSubmitted);
                    if s.step == Step::Lead && !s.completed && s.profile.profile().is_none() {
                        // Contact first: on to the profile, with the company given.
                        if s.profile.company.trim().is_empty() {
                            s.profile.company = s.lead.company.clone();
                        }
                        s.step = Step::Profile;
                    } else if s.step == Step::Lead {
                        s.show_results(true);
                    } else if s.completed {
                        // The form on the results page.
                        s.emit(Event::LeadReady);
                    }
                } else {
                    s.errors = errors
                        .iter()
                        .map(|e| (Field::Lead(e.field()), e.key()))
                        .collect();
                }
            }
        }
        if !s.errors.is_empty() {
            s.attempts = self.attempts + 1;
        }
        s
    }

    fn next(&mut self) {
        self.help_open = false;
        self.block_done = None;
        match self.step {
            Step::Welcome => self.begin(),
            Step::Profile => {
                if let Err(m) = parse_seats(&self.profile.seats) {
                    self.errors.push((Field::Seats, m));
                }
                if self.profile.industry.is_none() {
                    self.errors.push((Field::Industry, "error.industry"));
                }
                if self.profile.it_management.is_none() {
                    self.errors
                        .push((Field::ItManagement, "error.it_management"));
                }
                if self.errors.is_empty() {
                    match self.next_asked(None) {
                        Some(i) => self.step = Step::Question(i),
                        None => self.after_questions(),
                    }
                }
            }
            Step::Question(i) => {
                if self.answers.as_slice().get(i).copied().flatten().is_none() {
                    self.errors.push((Field::Answer, "error.answer"));
                    return;
                }
                let questions = &self.answers.bank().questions;
                let block = questions[i].block;
                let next = self.next_asked(Some(i));
                let last_of_block = next.is_none_or(|n| questions[n].block != block);
                if last_of_block && !self.reported[block.index()] {
                    self.reported[block.index()] = true;
                    self.emit(Event::BlockCompleted(block));
                }
                if last_of_block && next.is_some() {
                    self.block_done = Some(block);
                }
                match next {
                    Some(n) => self.step = Step::Question(n),
                    None => self.after_questions(),
                }
            }
            Step::Lead => {}
            Step::Results => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use itcq_core::bank::Bank;
    use itcq_formats::code;

    fn config(position: LeadPosition) -> Rc<WidgetConfig> {
        Rc::new(WidgetConfig {
            lead_position: position,
            ..WidgetConfig::default()
        })
    }

    fn through_profile(position: LeadPosition) -> State {
        let mut s = State::new(config(position), None, None).apply(Action::Start);
        for a in [
            Action::Seats(" 45 ".into()),
            Action::Industry(Some(Industry::Legal)),
            Action::ItManagement(ItManagement::OutsourcedMsp),
            Action::ToggleGoal(Goal::Scale),
            Action::ToggleGoal(Goal::Continuity),
            Action::Next,
        ] {
            s = s.apply(a);
        }
        s
    }

    /// Answers every question asked, in order (45 seats with an outside provider is not
    /// asked `it_organization`).
    fn answer_all(mut s: State) -> State {
        let mut seen = Vec::new();
        while let Step::Question(i) = s.step {
            seen.push(i);
            s = s
                .apply(Action::Choose(Answer::Level((i % 5) as u8)))
                .apply(Action::Next);
        }
        let asked: Vec<usize> = (0..Bank::quick().questions.len())
            .filter(|&i| s.is_asked(i))
            .collect();
        assert_eq!(seen, asked);
        assert_eq!(seen.len(), Bank::quick().questions.len() - 1);
        s
    }

    #[test]
    fn the_profile_step_says_what_is_missing() {
        let s = State::new(config(LeadPosition::Before), None, None)
            .apply(Action::Start)
            .apply(Action::Seats("lots".into()))
            .apply(Action::Next);
        assert_eq!(s.step, Step::Profile);
        assert_eq!(s.error(Field::Seats), Some("error.seats_range"));
        let english = itcq_text::english();
        assert!(english.get("error.seats_range").contains("whole number"));
        assert!(s.error(Field::Industry).is_some());
        assert!(s.error(Field::ItManagement).is_some());
    }

    #[test]
    fn goals_are_kept_in_a_stable_order() {
        let s = through_profile(LeadPosition::Before);
        assert_eq!(s.profile.goals, [Goal::Continuity, Goal::Scale]);
        assert_eq!(s.step, Step::Question(0));
        assert_eq!(s.profile.profile().unwrap().seats, 45);
    }

    #[test]
    fn a_question_needs_an_answer_and_dont_know_counts() {
        let s = through_profile(LeadPosition::Before).apply(Action::Next);
        assert_eq!(s.step, Step::Question(0));
        assert!(s.error(Field::Answer).is_some());
        let s = s
            .apply(Action::Choose(Answer::DontKnow))
            .apply(Action::Next);
        assert_eq!(s.step, Step::Question(1));
        // Not applicable is not an answer of the quick bank.
        let s = s
            .apply(Action::Choose(Answer::NotApplicable))
            .apply(Action::Next);
        assert_eq!(s.step, Step::Question(1));
    }

    #[test]
    fn events_follow_the_journey() {
        let s = answer_all(through_profile(LeadPosition::Before));
        assert_eq!(s.step, Step::Lead);
        let events: Vec<Event> = s.outbox.iter().map(|(_, e)| *e).collect();
        let blocks: Vec<Event> = BlockId::ALL
            .into_iter()
            .map(Event::BlockCompleted)
            .collect();
        assert_eq!(events[0], Event::Started);
        assert_eq!(&events[1..], blocks.as_slice());
        let s = s
            .apply(Action::Lead(LeadField::Name, "Dana".into()))
            .apply(Action::Lead(LeadField::Email, "dana@example.com".into()))
            .apply(Action::Lead(LeadField::Company, "Example".into()))
            .apply(Action::SubmitLead);
        assert_eq!(s.step, Step::Lead);
        assert_eq!(s.errors.len(), 1, "consent missing");
        let s = s.apply(Action::Consent(true)).apply(Action::SubmitLead);
        assert_eq!(s.step, Step::Results);
        let tail: Vec<Event> = s.outbox.iter().rev().take(3).map(|(_, e)| *e).collect();
        assert_eq!(
            tail,
            [Event::LeadReady, Event::Completed, Event::LeadSubmitted]
        );
        let seqs: Vec<u32> = s.outbox.iter().map(|(n, _)| *n).collect();
        assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1));
    }

    #[test]
    fn lead_after_or_off_goes_straight_to_results() {
        for p in [LeadPosition::After, LeadPosition::Off] {
            let s = answer_all(through_profile(p));
            assert_eq!(s.step, Step::Results);
            assert!(s.completed);
        }
    }

    #[test]
    fn back_walks_the_steps_in_reverse() {
        let s = through_profile(LeadPosition::Before)
            .apply(Action::Choose(Answer::Level(2)))
            .apply(Action::Next)
            .apply(Action::Back);
        assert_eq!(s.step, Step::Question(0));
        assert_eq!(s.answers.as_slice()[0], Some(Answer::Level(2)));
        let s = s
            .apply(Action::Back)
            .apply(Action::Back)
            .apply(Action::Back);
        assert_eq!(s.step, Step::Welcome);
    }

    const NOW: u64 = 1_790_000_000_000;

    fn saved(s: &State) -> String {
        let mut snap = s.snapshot().unwrap();
        snap.saved_at = NOW;
        snap.encode()
    }

    #[test]
    fn a_shared_link_shows_its_results_and_is_never_saved() {
        let done = through_profile(LeadPosition::Before);
        let profile = done.profile.profile().unwrap();
        let mut answers = Answers::empty(Bank::quick());
        answers.answer(0, Answer::Level(2));
        let day = Date::parse("2026-11-20").ok();
        let text = code::encode(&profile, &answers, day, None);
        let s =
            State::new(done.config.clone(), None, None).open_shared(code::decode(&text).unwrap());
        assert_eq!(s.step, Step::Results);
        assert!(s.shared && s.completed);
        assert_eq!(s.answers, answers);
        assert_eq!(s.profile.profile(), Some(profile));
        assert_eq!(s.taken_on, day);
        assert!(s.outbox.is_empty(), "a shared result raises no events");
        assert!(
            s.snapshot().is_none(),
            "a shared result does not replace saved progress"
        );
        // Starting one's own assessment from there is a normal, saved journey.
        let own = s.apply(Action::Restart);
        assert!(!own.shared && own.snapshot().is_some());
    }

    #[test]
    fn snapshots_round_trip_and_resume_where_the_prospect_was() {
        let s = through_profile(LeadPosition::Before)
            .apply(Action::Company("Line\nbreak Ltd".into()))
            .apply(Action::Choose(Answer::Level(3)))
            .apply(Action::Next)
            .apply(Action::Choose(Answer::DontKnow))
            .apply(Action::Lead(LeadField::Name, "Dana".into()));
        let restored = Snapshot::decode(&saved(&s), NOW + 1000, &BankRef::default()).unwrap();
        assert_eq!(restored.profile.company, "Line break Ltd");
        // Contact details typed but not submitted are not kept.
        assert_eq!(restored.lead, Lead::default());
        let r = State::new(s.config.clone(), Some(restored), None).apply(Action::Resume);
        assert_eq!(r.step, Step::Question(1));
        assert_eq!(r.answers, s.answers);
        assert_eq!(r.profile.goals, s.profile.goals);
        // Resuming raises no second "started".
        assert!(r.outbox.is_empty());
    }

    /// The configurator's preview opens the widget at a question, the lead form or the
    /// results from a made-up snapshot: each reads back and resumes where it says, the
    /// results with the lead sent, and nothing is delivered again.
    #[test]
    fn sample_snapshots_resume_at_their_step() {
        let bank = BankRef::default();
        for (at, position, sent) in [
            (Step::Question(0), LeadPosition::Before, false),
            (Step::Lead, LeadPosition::Before, false),
            (Step::Results, LeadPosition::After, true),
            (Step::Results, LeadPosition::After, false),
        ] {
            let sample = Snapshot::sample(&bank, at, sent, NOW);
            let text = sample.encode();
            let restored = Snapshot::decode(&text, NOW, &bank).unwrap();
            assert_eq!(restored, sample, "{at:?}");
            let s = through_profile(position);
            let r = State::new(s.config.clone(), Some(restored), None).apply(Action::Resume);
            assert_eq!(r.step, at, "{at:?}");
            assert!(r.outbox.is_empty(), "{at:?}: {:?}", r.outbox);
            assert_eq!(r.lead_sent, sent);
            let answered = r.answers.answered();
            if at == Step::Question(0) {
                assert_eq!(answered, 0);
            } else {
                assert_eq!(answered, r.answers.as_slice().len());
            }
        }
    }

    #[test]
    fn a_submitted_lead_is_kept_and_events_are_not_repeated_after_resume() {
        let s = answer_all(through_profile(LeadPosition::Before))
            .apply(Action::Lead(LeadField::Name, "Dana".into()))
            .apply(Action::Lead(LeadField::Email, "dana@example.com".into()))
            .apply(Action::Lead(LeadField::Company, "Example".into()))
            .apply(Action::Consent(true))
            .apply(Action::SubmitLead);
        assert_eq!(s.step, Step::Results);
        let restored = Snapshot::decode(&saved(&s), NOW, &BankRef::default()).unwrap();
        assert_eq!(restored.lead.email, "dana@example.com");
        assert!(restored.lead.consent && restored.lead_sent && restored.completed);
        let r = State::new(s.config.clone(), Some(restored), None).apply(Action::Resume);
        assert_eq!(r.step, Step::Results);
        assert!(r.outbox.is_empty(), "{:?}", r.outbox);
    }

    #[test]
    fn old_progress_expires() {
        let s = through_profile(LeadPosition::Before);
        let text = saved(&s);
        assert!(Snapshot::decode(&text, NOW + SNAPSHOT_MAX_AGE_MS, &BankRef::default()).is_ok());
        let err = Snapshot::decode(&text, NOW + SNAPSHOT_MAX_AGE_MS + 1, &BankRef::default())
            .unwrap_err();
        assert!(err.0.contains("30 days"));
    }

    #[test]
    fn damaged_or_foreign_snapshots_are_refused_with_a_reason() {
        let good = saved(&through_profile(LeadPosition::Before));
        let lines: Vec<&str> = good.split('\n').collect();
        let with = |i: usize, v: &str| {
            let mut l = lines.clone();
            l[i] = v;
            l.join("\n")
        };
        let long = "x".repeat(1000);
        let cases = [
            "{not json".to_string(),
            String::new(),
            "itcq-snapshot 2".to_string(),
            lines[..10].join("\n"),
            format!("{good}\nextra"),
            with(1, "0"),
            with(2, "yesterday"),
            with(3, "question:999"),
            with(3, "upside_down"),
            with(6, "spaceflight"),
            with(7, "robots"),
            with(8, "continuity,world_domination"),
            with(9, "0123"),
            with(9, &"9".repeat(lines[9].len())),
            with(10, &long),
            with(14, "yes"),
            with(15, "10"),
            with(16, "2"),
        ];
        for c in cases {
            let err = Snapshot::decode(&c, NOW, &BankRef::default()).unwrap_err();
            assert!(!err.0.is_empty(), "{c}");
        }
        assert!(Snapshot::decode(&good, NOW, &BankRef::default()).is_ok());
    }

    #[test]
    fn the_saved_step_names_its_question_and_progress_saved_by_position_still_opens() {
        let mut s = through_profile(LeadPosition::Off);
        for _ in 0..3 {
            s = s
                .apply(Action::Choose(Answer::Level(2)))
                .apply(Action::Next);
        }
        let Step::Question(at) = s.step else {
            panic!("at a question: {:?}", s.step)
        };
        let id = Bank::quick().questions[at].id.as_str();
        let text = saved(&s);
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!(lines[3], format!("question:{id}"), "{text}");
        // As progress was saved before steps named their question.
        let mut by_position = lines.clone();
        let old = format!("question:{at}");
        by_position[3] = &old;
        for text in [text.clone(), by_position.join("\n")] {
            let restored = Snapshot::decode(&text, NOW, &BankRef::default()).unwrap();
            assert_eq!(restored.step, Step::Question(at), "{text}");
        }
        let unknown = {
            let mut l = lines.clone();
            l[3] = "question:no_such_question";
            l.join("\n")
        };
        let err = Snapshot::decode(&unknown, NOW, &BankRef::default()).unwrap_err();
        assert!(err.0.contains("step"), "{}", err.0);
    }

    #[test]
    fn progress_saved_with_version_1_of_the_questions_still_opens() {
        // Version 1: 31 answers in its own order; the step by its position then.
        let v1 = Bank::quick().ids_of_version(1).unwrap();
        let answers: String = (0..v1.len())
            .map(|i| ['0', '1', '2', '3', 'd', '.'][i % 6])
            .collect();
        let at_v1 = v1.iter().position(|id| *id == "it_audits").unwrap();
        let text = [
            "itcq-snapshot 1",
            "1",
            &NOW.to_string(),
            &format!("question:{at_v1}"),
            "Acme",
            "45",
            "accounting",
            "outsourced_msp",
            "continuity",
            &answers,
            "",
            "",
            "",
            "",
            "0",
            "0000000",
            "0",
        ]
        .join("\n");
        let restored = Snapshot::decode(&text, NOW, &BankRef::default()).unwrap();
        let bank = Bank::quick();
        assert_eq!(
            restored.step,
            Step::Question(bank.position("it_audits").unwrap())
        );
        for (i, id) in v1.iter().enumerate() {
            let want = match ['0', '1', '2', '3', 'd', '.'][i % 6] {
                '.' => None,
                'd' => Some(Answer::DontKnow),
                c => Some(Answer::Level(c as u8 - b'0')),
            };
            if let Some(pos) = bank.position(id) {
                assert_eq!(restored.answers.as_slice()[pos], want, "{id}");
            }
        }
        // New questions start unanswered; a step at a merged question goes to its successor.
        assert_eq!(
            restored.answers.as_slice()[bank.position("mfa").unwrap()],
            None
        );
        let merged = text.replace(&format!("question:{at_v1}"), "question:business_it_map");
        let restored = Snapshot::decode(&merged, NOW, &BankRef::default()).unwrap();
        assert_eq!(
            restored.step,
            Step::Question(bank.position("it_strategy").unwrap())
        );
        // A version this engine never had is refused.
        let future = text.replacen("\n1\n", "\n9\n", 1);
        assert!(Snapshot::decode(&future, NOW, &BankRef::default()).is_err());
    }

    #[test]
    fn going_back_and_forth_reports_each_block_once() {
        let mut s = through_profile(LeadPosition::Off);
        for i in 0..Bank::quick().questions.len() {
            s = s
                .apply(Action::Choose(Answer::Level(1)))
                .apply(Action::Next);
            if i == 10 {
                s = s
                    .apply(Action::Back)
                    .apply(Action::Back)
                    .apply(Action::Next)
                    .apply(Action::Next);
            }
        }
        let blocks = s
            .outbox
            .iter()
            .filter(|(_, e)| matches!(e, Event::BlockCompleted(_)))
            .count();
        assert_eq!(blocks, 7);
    }

    #[test]
    fn failed_attempts_are_counted_for_focus() {
        let s = State::new(config(LeadPosition::Before), None, None).apply(Action::Start);
        let s = s.apply(Action::Next).apply(Action::Next);
        assert_eq!(s.attempts, 2);
        let s = s.apply(Action::Seats("5".into()));
        assert_eq!(s.attempts, 2);
    }

    #[test]
    fn starting_again_from_the_results_asks_first() {
        let s = answer_all(through_profile(LeadPosition::Off)).apply(Action::AskRestart);
        assert!(s.confirm_restart);
        let s = s.apply(Action::CancelRestart);
        assert!(!s.confirm_restart && s.step == Step::Results);
        let s = s.apply(Action::Restart);
        assert_eq!(s.step, Step::Profile);
        assert!(!s.has_progress());
    }

    #[test]
    fn nothing_is_saved_before_the_start() {
        assert!(
            State::new(config(LeadPosition::Before), None, None)
                .snapshot()
                .is_none()
        );
    }

    #[test]
    fn the_profile_screen_holds_the_goals_and_leads_straight_to_the_questions() {
        let s = through_profile(LeadPosition::Before);
        assert!(matches!(s.step, Step::Question(_)));
        assert_eq!(s.profile.goals, [Goal::Continuity, Goal::Scale]);
        // Back from the first question: the profile screen.
        assert_eq!(s.apply(Action::Back).step, Step::Profile);
    }

    #[test]
    fn advance_moves_on_only_from_the_answered_question_it_was_sent_for() {
        let s = through_profile(LeadPosition::Before);
        let Step::Question(i) = s.step else {
            panic!("not on a question")
        };
        // Not answered: nothing happens, and no error is shown.
        let same = s.apply(Action::Advance(i));
        assert_eq!(same.step, Step::Question(i));
        assert!(same.errors.is_empty());
        let chosen = s.apply(Action::Choose(Answer::Level(2)));
        let moved = chosen.apply(Action::Advance(i));
        assert_ne!(moved.step, Step::Question(i));
        // A second, late advance (the prospect also pressed Next) does not skip one.
        assert_eq!(moved.apply(Action::Advance(i)).step, moved.step);
        // Back before the moment passed: the advance is dropped.
        let back = chosen.apply(Action::Back);
        assert_eq!(back.apply(Action::Advance(i)).step, back.step);
    }

    #[test]
    fn the_end_of_a_block_is_marked_on_the_next_question() {
        let mut s = through_profile(LeadPosition::Before);
        let bank = Bank::quick();
        let mut marks = Vec::new();
        while let Step::Question(i) = s.step {
            let block = bank.questions[i].block;
            s = s
                .apply(Action::Choose(Answer::Level(1)))
                .apply(Action::Advance(i));
            if let Some(done) = s.block_done {
                assert_eq!(done, block);
                marks.push((done, s.blocks_done()));
            }
        }
        // Six moments between seven blocks (the last block ends on the lead form).
        assert_eq!(marks.len(), 6);
        assert_eq!(marks[0], (BlockId::Continuous, (1, 7)));
        assert_eq!(marks[5].1, (6, 7));
        assert_eq!(s.blocks_done(), (7, 7));
    }

    #[test]
    fn contact_first_then_the_profile_with_the_company_given() {
        let s = State::new(config(LeadPosition::Start), None, None).apply(Action::Start);
        assert_eq!(s.step, Step::Lead);
        assert_eq!(s.apply(Action::Back).step, Step::Welcome);
        let mut s = s;
        for a in [
            Action::Lead(LeadField::Name, "Jane Doe".into()),
            Action::Lead(LeadField::Email, "jane@acme.example".into()),
            Action::Lead(LeadField::Company, "Acme Ltd".into()),
            Action::Consent(true),
            Action::SubmitLead,
        ] {
            s = s.apply(a);
        }
        assert_eq!(s.step, Step::Profile);
        assert!(s.lead_sent);
        assert_eq!(s.profile.company, "Acme Ltd");
        // Nothing answered yet: no partial lead to send.
        assert!(!s.partial_due());
        let s = s
            .apply(Action::Seats("45".into()))
            .apply(Action::Industry(Some(Industry::Legal)))
            .apply(Action::ItManagement(ItManagement::OutsourcedMsp))
            .apply(Action::Next);
        let Step::Question(i) = s.step else {
            panic!("not on a question")
        };
        let s = s
            .apply(Action::Choose(Answer::Level(1)))
            .apply(Action::Advance(i));
        assert!(s.partial_due());
        // The end: no lead form again, the results, and nothing partial any more.
        let s = answer_all_from(s);
        assert_eq!(s.step, Step::Results);
        assert!(!s.partial_due());
        // Starting again keeps the contact given first.
        let again = s.apply(Action::Restart);
        assert_eq!(again.step, Step::Profile);
        assert!(again.lead_sent);
    }

    fn answer_all_from(mut s: State) -> State {
        while let Step::Question(i) = s.step {
            s = s
                .apply(Action::Choose(Answer::Level(2)))
                .apply(Action::Advance(i));
        }
        s
    }

    #[test]
    fn the_lead_form_at_the_end_has_the_company_of_the_profile() {
        let s = through_profile(LeadPosition::Before).apply(Action::Company(" Acme Ltd ".into()));
        let s = answer_all_from(s);
        assert_eq!(s.step, Step::Lead);
        assert_eq!(s.lead.company, "Acme Ltd");
        // Without consent nothing is partial.
        assert!(!s.partial_due());
    }

    #[test]
    fn plan_choices_toggle_and_stay_sorted() {
        let s = through_profile(LeadPosition::Off);
        let s = s
            .apply(Action::TogglePlan(3))
            .apply(Action::TogglePlan(1))
            .apply(Action::TogglePlan(2))
            .apply(Action::TogglePlan(3));
        assert_eq!(s.chosen, [1, 2]);
    }

    #[test]
    fn a_resume_link_reopens_the_first_unanswered_question() {
        let mut s = through_profile(LeadPosition::Before);
        for _ in 0..5 {
            let Step::Question(i) = s.step else {
                panic!("not on a question")
            };
            s = s
                .apply(Action::Choose(Answer::Level(3)))
                .apply(Action::Advance(i));
        }
        let Step::Question(left_at) = s.step else {
            panic!("not on a question")
        };
        let profile = s.profile.profile().expect("complete profile");
        let text = code::encode(&profile, &s.answers, None, None);
        let decoded = code::decode(&text).expect("decodes");
        let other = State::new(config(LeadPosition::Before), None, None).reopen(decoded);
        assert_eq!(other.step, Step::Question(left_at));
        assert_eq!(other.answered(), 5);
        assert_eq!(other.profile.seats, "45");
        assert!(!other.shared && !other.lead_sent);
        assert!(other.snapshot().is_some());
    }

    #[test]
    fn the_lead_is_ready_once_whatever_its_position_and_never_again_on_resuming() {
        let ready = |s: &State| {
            s.outbox
                .iter()
                .filter(|(_, e)| *e == Event::LeadReady)
                .count()
        };
        let lead = |s: State| {
            s.apply(Action::Lead(LeadField::Name, "Dana".into()))
                .apply(Action::Lead(LeadField::Email, "dana@example.com".into()))
                .apply(Action::Lead(LeadField::Company, "Example".into()))
                .apply(Action::Consent(true))
                .apply(Action::SubmitLead)
        };
        // Before: at the lead form after the questions.
        let s = lead(answer_all_from(through_profile(LeadPosition::Before)));
        assert_eq!((s.step, ready(&s)), (Step::Results, 1));
        // After: on the results page.
        let s = answer_all_from(through_profile(LeadPosition::After));
        assert_eq!((s.step, ready(&s)), (Step::Results, 0));
        let s = lead(s);
        assert_eq!(ready(&s), 1);
        // Contact first: when the questions end.
        let s = lead(State::new(config(LeadPosition::Start), None, None).apply(Action::Start))
            .apply(Action::Seats("45".into()))
            .apply(Action::Industry(Some(Industry::Legal)))
            .apply(Action::ItManagement(ItManagement::OutsourcedMsp))
            .apply(Action::Next);
        assert_eq!(ready(&s), 0, "no result yet");
        let s = answer_all_from(s);
        assert_eq!((s.step, ready(&s)), (Step::Results, 1));
        // Handed over to the module with the results: completed again, lead not again.
        let snap = Snapshot::decode(&s.handover().expect("a journey"), 0, s.answers.bank_ref())
            .expect("decodes");
        let mut fresh = State::new(config(LeadPosition::Start), Some(snap), None);
        fresh.outbox.clear();
        let resumed = fresh.apply(Action::Resume);
        assert_eq!(resumed.step, Step::Results);
        assert_eq!(ready(&resumed), 0);
        assert!(resumed.outbox.iter().any(|(_, e)| *e == Event::Completed));
    }
}
