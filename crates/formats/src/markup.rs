//! Reading back the markup this crate writes (the printable report, the block chart) as
//! tokens, so that a browser can build it element by element instead of handing a string
//! to its HTML parser (which pages enforcing Trusted Types refuse).
//!
//! It reads what [`crate::export`] writes: a doctype, elements with double-quoted (or bare)
//! attributes, and escaped text. It refuses anything active or out of place (a script,
//! a style or frame element, a closing tag that does not match), and [`kept`] says which
//! attributes to drop (event handlers, `javascript:` addresses, `http-equiv`), so nothing
//! in a result's words can run.

/// Elements with no content and no closing tag.
const VOID: &[&str] = &["area", "br", "col", "hr", "img", "meta", "source", "wbr"];

/// Elements the engine never writes and that could run, load or restyle something.
const REFUSED: &[&str] = &[
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "foreignobject",
    "link",
    "base",
    "template",
    "noscript",
    "form",
    "use",
    "image",
    "set",
    "animate",
    "animatemotion",
    "animatetransform",
];

/// One piece of markup.
#[derive(Debug, PartialEq)]
pub enum Token<'a> {
    /// An opening tag: its name (lower case), its attributes, and whether it closes itself
    /// (`<rect/>`, or an element with no content such as `<meta>`).
    Open {
        /// The element's name, lower case.
        name: String,
        /// Its attributes, values unescaped, in the order written.
        attrs: Vec<(&'a str, String)>,
        /// Whether it has no content.
        empty: bool,
    },
    /// A closing tag's name, lower case.
    Close(String),
    /// Text, unescaped.
    Text(String),
}

/// Reads markup into tokens, or says where it stopped being the engine's markup.
pub fn tokens(markup: &str) -> Result<Vec<Token<'_>>, String> {
    let mut out = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut rest = markup;
    let at = |rest: &str| markup.len() - rest.len();
    while !rest.is_empty() {
        let Some(tag) = rest.strip_prefix('<') else {
            let end = rest.find('<').unwrap_or(rest.len());
            out.push(Token::Text(unescape(&rest[..end])));
            rest = &rest[end..];
            continue;
        };
        let end = tag
            .find('>')
            .ok_or_else(|| format!("an unclosed tag at byte {}", at(rest)))?;
        let inner = &tag[..end];
        let after = &tag[end + 1..];
        if inner
            .as_bytes()
            .get(..2)
            .is_some_and(|b| b.eq_ignore_ascii_case(b"!d"))
        {
            // <!doctype html>
            rest = after;
            continue;
        }
        if let Some(name) = inner.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if open.pop().as_deref() != Some(name.as_str()) {
                return Err(format!("</{name}> closes nothing at byte {}", at(rest)));
            }
            out.push(Token::Close(name));
            rest = after;
            continue;
        }
        let (inner, self_closing) = match inner.strip_suffix('/') {
            Some(i) => (i, true),
            None => (inner, false),
        };
        let name_end = inner
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(format!("not a tag at byte {}", at(rest)));
        }
        if REFUSED.contains(&name.as_str()) {
            return Err(format!("<{name}> is not accepted"));
        }
        let attrs = attributes(&inner[name_end..])
            .ok_or_else(|| format!("unreadable attributes in <{name}>"))?;
        let empty = self_closing || VOID.contains(&name.as_str());
        if !empty {
            open.push(name.clone());
        }
        out.push(Token::Open { name, attrs, empty });
        rest = after;
    }
    match open.pop() {
        Some(name) => Err(format!("<{name}> is not closed")),
        None => Ok(out),
    }
}

/// `name="value"` pairs (and bare names), or `None` if something else is there.
fn attributes(mut s: &str) -> Option<Vec<(&str, String)>> {
    let mut out = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return Some(out);
        }
        let end = s
            .find(|c: char| c == '=' || c.is_ascii_whitespace())
            .unwrap_or(s.len());
        let name = &s[..end];
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b':' || b == b'_')
        {
            return None;
        }
        s = &s[end..];
        match s.strip_prefix("=\"") {
            Some(quoted) => {
                let close = quoted.find('"')?;
                out.push((name, unescape(&quoted[..close])));
                s = &quoted[close + 1..];
            }
            None => out.push((name, String::new())),
        }
    }
}

/// Text with the engine's escapes (`&amp;` `&lt;` `&gt;` `&quot;` `&#39;`, numeric ones)
/// read back; any other `&` stays as written.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let entity = rest[1..].find(';').filter(|&n| n <= 8).and_then(|n| {
            let name = &rest[1..1 + n];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name.strip_prefix('#').and_then(|num| {
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => num.parse().ok(),
                    };
                    code.and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, n + 2))
        });
        match entity {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether an attribute is kept: no event handler, no `http-equiv`, no script address.
pub fn kept(name: &str, value: &str) -> bool {
    let name = name.to_ascii_lowercase();
    if name.starts_with("on") || name == "http-equiv" || name == "style" {
        return false;
    }
    if name == "href" || name == "src" || name.ends_with(":href") || name == "action" {
        let squeezed: String = value
            .chars()
            .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
            .take(11)
            .collect::<String>()
            .to_ascii_lowercase();
        return !squeezed.starts_with("javascript:") && !squeezed.starts_with("vbscript:");
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open<'a>(name: &str, attrs: &[(&'a str, &str)], empty: bool) -> Token<'a> {
        Token::Open {
            name: name.into(),
            attrs: attrs.iter().map(|(k, v)| (*k, v.to_string())).collect(),
            empty,
        }
    }

    #[test]
    fn reads_what_the_engine_writes() {
        let got = tokens("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>A &amp; B &lt;C&gt; &#39;D&#39; &#x263A; &nbsp;</title></head><body><svg viewBox=\"0 0 1 1\"><rect x=\"1\"/></svg><details open><summary>x</summary></details></body></html>").unwrap();
        assert_eq!(
            got,
            vec![
                open("html", &[("lang", "de")], false),
                open("head", &[], false),
                open("meta", &[("charset", "utf-8")], true),
                open("title", &[], false),
                Token::Text("A & B <C> 'D' \u{263A} &nbsp;".into()),
                Token::Close("title".into()),
                Token::Close("head".into()),
                open("body", &[], false),
                open("svg", &[("viewBox", "0 0 1 1")], false),
                open("rect", &[("x", "1")], true),
                Token::Close("svg".into()),
                open("details", &[("open", "")], false),
                open("summary", &[], false),
                Token::Text("x".into()),
                Token::Close("summary".into()),
                Token::Close("details".into()),
                Token::Close("body".into()),
                Token::Close("html".into()),
            ]
        );
    }

    #[test]
    fn refuses_what_the_engine_does_not_write() {
        for bad in [
            "<p><script>x</script></p>",
            "<svg><foreignObject></foreignObject></svg>",
            "<style>p{}</style>",
            "<p>",
            "<p></b>",
            "</p>",
            "<p",
            "<p x='1'>",
            "<p x=\"1>",
            "< p>",
            "<IFRAME src=\"x\"></IFRAME>",
            "<svg><set attributeName=\"href\" to=\"javascript:x\"/></svg>",
            "<svg><animate attributeName=\"href\" values=\"javascript:x\"/></svg>",
            "<svg><image href=\"x\"/></svg>",
            // Not ASCII where a tag starts: refused, never a panic.
            "<\u{2039}a\u{20ac}>",
            "<\u{e9}\u{e9}>",
        ] {
            assert!(tokens(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn drops_active_attributes() {
        assert!(kept("href", "https://example.com/"));
        assert!(kept("href", "mailto:a@example.com"));
        assert!(kept("class", "javascript:"));
        for (name, value) in [
            ("onclick", "x()"),
            ("ONLOAD", "x()"),
            ("style", "color:red"),
            ("http-equiv", "refresh"),
            ("href", "javascript:alert(1)"),
            ("href", " JaVa\tScRiPt:alert(1)"),
            ("xlink:href", "javascript:x"),
            ("src", "vbscript:x"),
        ] {
            assert!(!kept(name, value), "{name}={value}");
        }
    }

    #[test]
    fn the_engines_report_reads_whole_with_hostile_words() {
        use crate::code::Decoded;
        use crate::export::{Brand, Scored, report_document};
        use crate::lead::Lead;
        use itcq_core::answers::{Answer, Answers};
        use itcq_core::bank::Bank;
        use itcq_core::profile::{Industry, ItManagement, Profile};
        let mut answers = Answers::empty(Bank::quick());
        for i in 0..Bank::quick().questions.len() {
            answers.answer(i, Answer::Level((i % 5) as u8));
        }
        let company = "<script>alert(1)</script> & \"Co\"";
        let scored = Scored::new(Decoded {
            profile: Profile {
                company: Some(company.into()),
                seats: 60,
                industry: Industry::Finance,
                it_management: ItManagement::InternalAdmin,
                goals: vec![],
            },
            answers,
            taken_on: None,
            lead: Some(Lead {
                name: "<img src=x onerror=alert(1)>".into(),
                email: "a@b.co".into(),
                company: company.into(),
                phone: String::new(),
                consent: true,
            }),
        });
        let html = report_document(
            &scored,
            &Brand::default(),
            Some("https://msp.example/"),
            itcq_text::english(),
            false,
        );
        let got = tokens(&html).expect("the report reads");
        let names: Vec<&str> = got
            .iter()
            .filter_map(|t| match t {
                Token::Open { name, .. } => Some(name.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(names[..3], ["html", "head", "meta"]);
        assert!(names.contains(&"svg") && names.contains(&"rect"));
        assert!(!names.contains(&"script") && !names.contains(&"img"));
        // The hostile words come back as text, exactly as given.
        assert!(got.contains(&Token::Text(company.into())), "{html}");
    }
}
