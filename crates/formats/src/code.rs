//! Result codes: an assessment (bank, profile, every answer, the day it was taken and, only
//! when the prospect sent the lead form, their contact details) as a short, URL-safe text
//! with a checksum. A link `…#itcq=<code>` reopens the results anywhere; the engine decodes
//! the code and recomputes the report, so a code stays valid as long as its bank version is
//! supported.
//!
//! Format 1, as bits (most significant first), then bytes:
//!
//! | bits | field |
//! |---|---|
//! | 6 | format version (1, so every format-1 code starts with `B`) |
//! | 1 | bank: 0 quick, 1 full |
//! | 5 | bank version |
//! | 16 | day taken: 0 unknown, else days since 2019-12-31 |
//! | 17 | seats |
//! | 4 | industry, index in [`Industry::ALL`] |
//! | 2 | who manages IT, index in [`ItManagement::ALL`] |
//! | 5 | goals, bit *i* = [`Goal::ALL`]\[*i*\] |
//! | 1, 1, 1 | has company name, has contact, consent given |
//! | 3 per question | answer in bank order: 0 none, 1–5 level 0–4, 6 "Don't know", 7 N/A |
//!
//! Format 2 is written only for an assessment with questions of the MSP's own (the quick
//! bank with `assessment.extra` of its configuration file). It is format 1 with, after the
//! consent bit, 3 bits for the number of the MSP's own questions and 8 for their
//! fingerprint ([`Bank::extras_fingerprint`](itcq_core::bank::Bank::extras_fingerprint)); their answers follow the bank's, so every
//! format-2 code starts with `C`. It reads only where that configuration is applied.
//!
//! Then zero bits to a byte boundary; the company name and, with a contact, its name,
//! email, company and phone, each as a LEB128 length and UTF-8 bytes; and a CRC-16/CCITT
//! (FALSE) of everything before it. The bytes are written in unpadded base64url.
//!
//! The orders of `Industry::ALL`, `ItManagement::ALL`, `Goal::ALL` and of each bank's
//! questions are part of the format: append only, or bump the bank or format version.

use crate::lead::Lead;
use itcq_core::answers::{Answer, Answers};
use itcq_core::bank::{BankId, BankRef};
use itcq_core::date::Date;
use itcq_core::framework::Goal;
use itcq_core::profile::{Industry, ItManagement, MAX_SEATS, Profile};
use std::fmt;

/// The newest code format this engine writes and reads (it writes format 1 when there
/// are no questions of the MSP's own).
pub const FORMAT_VERSION: u32 = 2;

/// Longest text accepted as a code or link; longer input is refused before decoding.
pub const MAX_INPUT: usize = 4096;

/// Bits before the answers in format 1.
const HEADER_BITS: usize = 59;

/// Bits format 2 adds to the header: the count and fingerprint of the MSP's own questions.
const OWN_BITS: usize = 11;

/// Longest text field carried in a code, in bytes.
const MAX_TEXT_BYTES: usize = 1000;

/// Day 0 of the "day taken" field is "unknown"; day 1 is 2020-01-01.
const DAY_ZERO: i32 = 18_261; // 2019-12-31 as days since 1970-01-01

/// The first and last day a result code can carry (2020-01-01 to 2199-06-05).
pub fn day_range() -> (Date, Date) {
    (
        Date::from_days(DAY_ZERO + 1),
        Date::from_days(DAY_ZERO + 0xFFFF),
    )
}

/// Checks that a result code can carry `day`: the day, or what is accepted.
pub fn check_day(day: Date) -> Result<Date, String> {
    let (first, last) = day_range();
    if (first..=last).contains(&day) {
        Ok(day)
    } else {
        Err(format!(
            "{day} cannot be carried by a result code; use a day from {first} to {last}"
        ))
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Everything a result code carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The company profile (goals in [`Goal::ALL`] order).
    pub profile: Profile,
    /// The answers, in bank order.
    pub answers: Answers,
    /// The day the assessment was taken, when known.
    pub taken_on: Option<Date>,
    /// The prospect's contact details, only when they sent the lead form.
    pub lead: Option<Lead>,
}

/// Why a text is not a valid result code. Each message says what was found and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing was given.
    Empty,
    /// The text is longer than [`MAX_INPUT`].
    TooLong(usize),
    /// A character outside base64url.
    BadCharacter {
        /// 1-based position in the code.
        position: usize,
        /// The character.
        found: char,
    },
    /// Too short to hold even the header and checksum.
    TooShort(usize),
    /// Version 0: not an ITCq code at all.
    NotACode,
    /// Made by a newer ITCq.
    NewerFormat(u32),
    /// The checksum does not match: the code was changed or cut.
    Damaged,
    /// The bank version is not one this engine scores.
    BankVersion {
        /// The bank.
        bank: BankId,
        /// The version in the code.
        found: u32,
        /// The version this engine has.
        supported: u32,
    },
    /// The code's bank is not shown here.
    UnsupportedBank(BankId),
    /// The code has other questions of the MSP's own than the configuration applied here.
    OwnQuestions {
        /// How many the code has.
        found: usize,
        /// How many the configuration applied here has.
        configured: usize,
    },
    /// A field holds a value no encoder writes.
    Invalid(String),
    /// Characters left over after the checksum.
    Trailing(usize),
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => f.write_str(
                "the result code is empty; paste the code (it starts with \"B\" or \"C\") or the whole link with #itcq= in it",
            ),
            CodeError::TooLong(n) => write!(
                f,
                "the text is {n} characters long; a result code or link has at most {MAX_INPUT}"
            ),
            CodeError::BadCharacter { position, found } => {
                // Named without `char`'s Debug, whose Unicode tables would cost the widget
                // kilobytes.
                let shown = if found.is_control() || found.is_whitespace() {
                    format!("U+{:04X}", u32::from(*found))
                } else {
                    format!("\"{found}\"")
                };
                write!(
                    f,
                    "the result code has {shown} at position {position}; codes contain only letters, digits, \"-\" and \"_\""
                )
            }
            CodeError::TooShort(n) => write!(
                f,
                "the result code is too short to be complete ({n} characters); copy the whole code"
            ),
            CodeError::NotACode => f.write_str(
                "this is not an ITCq result code (format 0); codes start with \"B\" or \"C\"",
            ),
            CodeError::NewerFormat(v) => write!(
                f,
                "this result code was made by a newer version of ITCq (format {v}); this version reads formats 1 to {FORMAT_VERSION}"
            ),
            CodeError::OwnQuestions {
                found,
                configured: 0,
            } => write!(
                f,
                "this result code has {found} question{} the MSP added to the assessment; open it with the MSP's configuration file (on the rep page: choose the file, or add ?config= and its address to the page's address; or `itcq decode --config <file>`)",
                if *found == 1 { "" } else { "s" }
            ),
            CodeError::OwnQuestions { found, configured } => write!(
                f,
                "this result code was made with other questions of the MSP's own ({found}) than the configuration applied here ({configured}); open it with the configuration file it was made with"
            ),
            CodeError::Damaged => f.write_str(
                "the result code is damaged or incomplete (its checksum does not match); copy it again in full",
            ),
            CodeError::BankVersion {
                bank,
                found,
                supported,
            } => write!(
                f,
                "the result code uses version {found} of the {bank} questions; this version of ITCq reads version {supported}"
            ),
            CodeError::UnsupportedBank(bank) => write!(
                f,
                "this result code uses the {bank} question set, which is not shown here; open it on the rep briefing page or with `itcq decode`"
            ),
            CodeError::Invalid(what) => write!(f, "the result code is not valid: {what}"),
            CodeError::Trailing(n) => write!(
                f,
                "the result code has {n} extra character{} at the end; copy exactly the code",
                if *n == 1 { "" } else { "s" }
            ),
        }
    }
}

impl std::error::Error for CodeError {}

/// Writes the result code of an assessment.
///
/// `lead` is `None` unless the prospect sent the lead form; `taken_on` is the day the
/// assessment was finished, when known.
pub fn encode(
    profile: &Profile,
    answers: &Answers,
    taken_on: Option<Date>,
    lead: Option<&Lead>,
) -> String {
    let bank = answers.bank();
    let company = profile.company.as_deref().filter(|c| !c.is_empty());
    let mut w = BitWriter::default();
    w.put(if bank.extras == 0 { 1 } else { 2 }, 6);
    w.put(u32::from(bank.id == BankId::Full), 1);
    w.put(bank.version, 5);
    let day = taken_on.map_or(0, |d| (d.days() - DAY_ZERO).clamp(0, 0xFFFF) as u32);
    w.put(day, 16);
    w.put(profile.seats.min(0x1_FFFF), 17);
    w.put(index_of(&Industry::ALL, &profile.industry), 4);
    w.put(index_of(&ItManagement::ALL, &profile.it_management), 2);
    let goals = Goal::ALL
        .iter()
        .enumerate()
        .filter(|(_, g)| profile.goals.contains(g))
        .fold(0, |m, (i, _)| m | 1 << i);
    w.put(goals, 5);
    w.put(u32::from(company.is_some()), 1);
    w.put(u32::from(lead.is_some()), 1);
    w.put(u32::from(lead.is_some_and(|l| l.consent)), 1);
    if bank.extras > 0 {
        w.put(bank.extras.min(7) as u32, 3);
        w.put(u32::from(bank.extras_fingerprint()), 8);
    }
    for a in answers.as_slice() {
        w.put(answer_bits(*a), 3);
    }
    let mut bytes = w.finish();
    if let Some(c) = company {
        put_text(&mut bytes, c);
    }
    if let Some(l) = lead {
        for t in [&l.name, &l.email, &l.company, &l.phone] {
            put_text(&mut bytes, t);
        }
    }
    let crc = crc16(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    base64url(&bytes)
}

/// Finds the code in a pasted text: the code itself, or a link with `itcq=<code>` in its
/// fragment or query. Whitespace around it is ignored.
pub fn extract(text: &str) -> &str {
    let text = text.trim();
    // A byte search: `str::rfind` with a string pattern costs the widget 2 KB of code.
    let at = text.as_bytes().windows(5).rposition(|w| w == b"itcq=");
    match at {
        Some(at) => {
            let rest = text.get(at + 5..).unwrap_or_default();
            rest.split(|c: char| c == '&' || c == '#' || c.is_whitespace())
                .next()
                .unwrap_or_default()
        }
        None => text,
    }
}

/// Reads a result code (or a link holding one) and checks every field.
pub fn decode(text: &str) -> Result<Decoded, CodeError> {
    decode_with(text, |id| Some(id.bank().into()))
}

/// [`decode`] with the banks `bank_of` gives: the widget reads quick-bank codes only, which
/// keeps the full bank's texts out of its download, and where an MSP's configuration
/// applies, the quick bank is the one with the MSP's own questions.
pub fn decode_with(
    text: &str,
    bank_of: impl Fn(BankId) -> Option<BankRef>,
) -> Result<Decoded, CodeError> {
    if text.len() > MAX_INPUT && text.chars().nth(MAX_INPUT).is_some() {
        return Err(CodeError::TooLong(text.chars().count()));
    }
    let code = extract(text);
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    let bytes = from_base64url(code)?;
    // The header plus the checksum.
    if bytes.len() < HEADER_BITS.div_ceil(8) + 2 {
        return Err(CodeError::TooShort(code.chars().count()));
    }
    let format = u32::from(bytes[0] >> 2);
    match format {
        0 => return Err(CodeError::NotACode),
        1..=FORMAT_VERSION => {}
        v => return Err(CodeError::NewerFormat(v)),
    }
    let mut r = BitReader::new(&bytes);
    r.take(6);
    let bank_id = if r.take(1) == 1 {
        BankId::Full
    } else {
        BankId::Quick
    };
    let mut bank = bank_of(bank_id).ok_or(CodeError::UnsupportedBank(bank_id))?;
    let bank_version = r.take(5);
    let day = r.take(16);
    let seats = r.take(17);
    let industry = r.take(4) as usize;
    let it_management = r.take(2) as usize;
    let goal_bits = r.take(5);
    let has_company = r.take(1) == 1;
    let has_lead = r.take(1) == 1;
    let consent = r.take(1) == 1;
    let (own, fingerprint, header) = match format {
        1 => (0, 0, HEADER_BITS),
        _ => (r.take(3) as usize, r.take(8) as u8, HEADER_BITS + OWN_BITS),
    };
    // A code from before the MSP added questions of its own: the quick bank's questions
    // (only the quick bank takes questions of the MSP's own).
    if own == 0 && bank.extras > 0 {
        bank = BankRef::default();
    }
    // A code of an earlier version of the bank holds that version's questions, in its
    // order; they are matched to today's by ID (today's new questions read as unanswered).
    let earlier = (bank_version != bank.version)
        .then(|| bank.ids_of_version(bank_version))
        .flatten();
    let base_in_code = earlier.map_or(bank.base_len(), <[&str]>::len);
    // The answers' length depends on the bank, so the checksum can only be checked once
    // the bank is known; it is checked before any field is trusted.
    let answers_end_bits = header + 3 * (base_in_code + own);
    let fixed = answers_end_bits.div_ceil(8);
    if bytes.len() < fixed + 2 {
        return Err(if bytes_check(&bytes) {
            CodeError::Invalid("it ends before its answers".into())
        } else {
            CodeError::Damaged
        });
    }
    let mut texts = Vec::new();
    let mut at = fixed;
    let wanted = usize::from(has_company) + if has_lead { 4 } else { 0 };
    while texts.len() < wanted {
        match read_text(&bytes[..bytes.len() - 2], &mut at) {
            Some(t) => texts.push(t),
            None => break,
        }
    }
    let end = at + 2;
    if texts.len() < wanted || end > bytes.len() || !bytes_check(&bytes[..end]) {
        return Err(CodeError::Damaged);
    }
    // The code must be exactly the canonical text of its bytes: no extra characters and
    // no changed bits in the last character's padding.
    let canonical = base64url(&bytes[..end]);
    if let Some(extra) = code
        .strip_prefix(canonical.as_str())
        .filter(|e| !e.is_empty())
    {
        return Err(CodeError::Trailing(extra.chars().count()));
    }
    if code != canonical {
        return Err(CodeError::Damaged);
    }
    if bank_version != bank.version && earlier.is_none() {
        return Err(CodeError::BankVersion {
            bank: bank_id,
            found: bank_version,
            supported: bank.version,
        });
    }
    let invalid = |what: String| Err(CodeError::Invalid(what));
    if format == 2 && (own == 0 || bank_id == BankId::Full) {
        return invalid(
            "it is format 2 without questions of the MSP's own to the quick bank".into(),
        );
    }
    if own != bank.extras || fingerprint != bank.extras_fingerprint() {
        return Err(CodeError::OwnQuestions {
            found: own,
            configured: bank.extras,
        });
    }
    if seats == 0 || seats > MAX_SEATS {
        return invalid(format!(
            "seats is {seats}; accepted: 1 to {MAX_SEATS} people using IT"
        ));
    }
    let Some(&industry) = Industry::ALL.get(industry) else {
        return invalid(format!(
            "industry number {industry} does not exist; accepted: 0 to {}",
            Industry::ALL.len() - 1
        ));
    };
    let it_management = ItManagement::ALL[it_management];
    let mut answers = Answers::empty(bank.clone());
    for i in 0..base_in_code + own {
        let bits = r.take(3);
        let pos = match earlier {
            Some(ids) if i < base_in_code => bank.position(ids[i]),
            _ => (i + bank.base_len()).checked_sub(base_in_code),
        };
        let (Some(answer), Some(pos)) = (bits_answer(bits), pos) else {
            continue;
        };
        let q = &bank.questions[pos];
        if !answers.answer(pos, answer) {
            return invalid(format!(
                "question {} has the answer {answer}; it takes {}",
                q.id,
                q.scale.accepted()
            ));
        }
    }
    if r.take((fixed * 8 - answers_end_bits) as u32) != 0 {
        return Err(CodeError::Damaged);
    }
    if consent && !has_lead {
        return invalid("it gives consent without contact details".into());
    }
    let mut texts = texts.into_iter();
    let company = if has_company { texts.next() } else { None };
    if company.as_deref() == Some("") {
        return invalid("its company name is empty".into());
    }
    let lead = has_lead.then(|| Lead {
        name: texts.next().unwrap_or_default(),
        email: texts.next().unwrap_or_default(),
        company: texts.next().unwrap_or_default(),
        phone: texts.next().unwrap_or_default(),
        consent,
    });
    let profile = Profile {
        company,
        seats,
        industry,
        it_management,
        goals: Goal::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| goal_bits & 1 << i != 0)
            .map(|(_, g)| *g)
            .collect(),
    };
    Ok(Decoded {
        profile,
        answers,
        taken_on: (day != 0).then(|| Date::from_days(DAY_ZERO + day as i32)),
        lead,
    })
}

/// Whether the last two bytes are the CRC of the rest.
fn bytes_check(bytes: &[u8]) -> bool {
    match bytes.len().checked_sub(2) {
        Some(n) => crc16(&bytes[..n]).to_be_bytes() == bytes[n..],
        None => false,
    }
}

fn index_of<T: PartialEq>(all: &[T], x: &T) -> u32 {
    all.iter().position(|y| y == x).unwrap_or(0) as u32
}

fn answer_bits(a: Option<Answer>) -> u32 {
    match a {
        None => 0,
        Some(Answer::Level(l)) => 1 + u32::from(l.min(4)),
        Some(Answer::DontKnow) => 6,
        Some(Answer::NotApplicable) => 7,
    }
}

fn bits_answer(bits: u32) -> Option<Answer> {
    match bits {
        1..=5 => Some(Answer::Level((bits - 1) as u8)),
        6 => Some(Answer::DontKnow),
        7 => Some(Answer::NotApplicable),
        _ => None,
    }
}

fn put_text(out: &mut Vec<u8>, text: &str) {
    let mut text = text;
    if text.len() > MAX_TEXT_BYTES {
        let mut cut = MAX_TEXT_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text = text.get(..cut).unwrap_or_default();
    }
    let mut n = text.len();
    loop {
        let byte = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            break;
        }
        out.push(byte | 0x80);
    }
    out.extend_from_slice(text.as_bytes());
}

/// Reads one length-prefixed text at `*at`; `None` when it runs past `bytes`, is too long
/// or is not UTF-8.
fn read_text(bytes: &[u8], at: &mut usize) -> Option<String> {
    let mut n = 0usize;
    for shift in [0, 7] {
        let b = *bytes.get(*at)?;
        *at += 1;
        n |= usize::from(b & 0x7F) << shift;
        if b & 0x80 == 0 {
            let text = bytes.get(*at..(*at).checked_add(n)?)?;
            if n > MAX_TEXT_BYTES {
                return None;
            }
            *at += n;
            return String::from_utf8(text.to_vec()).ok();
        }
    }
    None
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF).
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in bytes {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

fn base64_len(bytes: usize) -> usize {
    (bytes * 8).div_ceil(6)
}

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(base64_len(bytes.len()));
    let mut r = BitReader::new(bytes);
    for _ in 0..base64_len(bytes.len()) {
        out.push(char::from(ALPHABET[r.take(6) as usize]));
    }
    out
}

fn from_base64url(text: &str) -> Result<Vec<u8>, CodeError> {
    let mut w = BitWriter::default();
    for (i, c) in text.chars().enumerate() {
        let Some(v) = ALPHABET.iter().position(|&a| char::from(a) == c) else {
            return Err(CodeError::BadCharacter {
                position: i + 1,
                found: c,
            });
        };
        w.put(v as u32, 6);
    }
    // Bits past the last whole byte are padding; `decode` checks the code is canonical.
    Ok(w.out)
}

/// Appends values of up to 32 bits, most significant bit first.
#[derive(Default)]
struct BitWriter {
    out: Vec<u8>,
    acc: u64,
    bits: u32,
}

impl BitWriter {
    fn put(&mut self, value: u32, bits: u32) {
        let value = u64::from(value) & ((1u64 << bits) - 1);
        self.acc = (self.acc << bits) | value;
        self.bits += bits;
        while self.bits >= 8 {
            self.bits -= 8;
            self.out.push((self.acc >> self.bits) as u8);
        }
        self.acc &= (1u64 << self.bits) - 1;
    }

    /// Pads with zero bits to a byte boundary and returns the bytes.
    fn finish(mut self) -> Vec<u8> {
        if self.bits > 0 {
            let pad = 8 - self.bits;
            self.put(0, pad);
        }
        self.out
    }
}

/// Reads bits most significant first; reads past the end give zeros.
struct BitReader<'a> {
    bytes: &'a [u8],
    bit: usize,
}

impl<'a> BitReader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, bit: 0 }
    }

    fn take(&mut self, bits: u32) -> u32 {
        let mut v = 0;
        for _ in 0..bits {
            let byte = self.bytes.get(self.bit / 8).copied().unwrap_or(0);
            v = (v << 1) | u32::from(byte >> (7 - self.bit % 8) & 1);
            self.bit += 1;
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use itcq_core::bank::Bank;

    fn sample(bank: &'static Bank) -> (Profile, Answers) {
        let profile = Profile {
            company: Some("Müller & Söhne GmbH".into()),
            seats: 45,
            industry: Industry::Legal,
            it_management: ItManagement::OutsourcedMsp,
            goals: vec![Goal::Continuity, Goal::Compliance],
        };
        let mut answers = Answers::empty(bank);
        for (i, q) in bank.questions.iter().enumerate() {
            let a = match i % 7 {
                0 => Answer::DontKnow,
                6 => continue,
                n => Answer::Level((n % 5) as u8),
            };
            let a = if q.scale.accepts(a) {
                a
            } else {
                Answer::Level(0)
            };
            answers.answer(i, a);
        }
        (profile, answers)
    }

    #[test]
    fn crc_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
    }

    #[test]
    fn quick_code_is_short_and_round_trips() {
        let (profile, answers) = sample(Bank::quick());
        let day = Date::parse("2026-11-23").ok();
        let mut anonymous = profile.clone();
        anonymous.company = None;
        let code = encode(&anonymous, &answers, day, None);
        assert!(code.starts_with('B'), "{code}");
        assert!(code.len() < 80, "{} characters: {code}", code.len());
        let back = decode(&code).unwrap();
        assert_eq!(back.profile, anonymous);
        assert_eq!(back.answers, answers);
        assert_eq!(back.taken_on, day);
        assert_eq!(back.lead, None);
    }

    #[test]
    fn contact_travels_only_when_given() {
        let (profile, answers) = sample(Bank::full());
        let lead = Lead {
            name: "Ana Ñúñez".into(),
            email: "ana@example.com".into(),
            company: "Müller & Söhne GmbH".into(),
            phone: "+49 30 1234".into(),
            consent: true,
        };
        let code = encode(&profile, &answers, None, Some(&lead));
        let back = decode(&format!("https://msp.example/check?x=1#itcq={code}")).unwrap();
        assert_eq!(back.lead.as_ref(), Some(&lead));
        assert_eq!(back.profile, profile);
        assert_eq!(back.taken_on, None);
        let without = encode(&profile, &answers, None, None);
        assert!(decode(&without).unwrap().lead.is_none());
        assert!(without.len() < code.len());
    }

    #[test]
    fn damaged_codes_are_refused_with_a_reason() {
        let (profile, answers) = sample(Bank::quick());
        let code = encode(&profile, &answers, None, None);
        let mid = code.len() / 2;
        let flipped: String = code
            .char_indices()
            .map(|(i, c)| {
                if i == mid {
                    if c == 'A' { 'B' } else { 'A' }
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(decode(&flipped), Err(CodeError::Damaged));
        assert!(matches!(
            decode(&code[..code.len() - 3]),
            Err(CodeError::Damaged)
        ));
        assert_eq!(decode(&code[..5]), Err(CodeError::TooShort(5)));
        assert_eq!(decode("  "), Err(CodeError::Empty));
        assert_eq!(
            decode("B!x"),
            Err(CodeError::BadCharacter {
                position: 2,
                found: '!'
            })
        );
        assert_eq!(decode(&"A".repeat(20)), Err(CodeError::NotACode));
        assert_eq!(
            decode(&format!("D{}", &code[1..])),
            Err(CodeError::NewerFormat(3))
        );
        // Format 2 is the quick bank with questions of the MSP's own; this one's header
        // is read with their fields, so its checksum no longer matches.
        assert_eq!(decode(&format!("C{}", &code[1..])), Err(CodeError::Damaged));
        assert!(matches!(
            decode(&"B".repeat(5000)),
            Err(CodeError::TooLong(5000))
        ));
    }
}
