//! The rep's one-page briefing, on many answer patterns: the story holds together (the
//! first project is in one of the weakest blocks, at most three services, the first of
//! them the first project's), the call agenda fits 30 minutes and names the "Don't know"
//! answers only when there are some, the follow-up email is a working `mailto:` in the
//! language it is written in and carries no contact details in its link, and the notes
//! for a CRM say the same in plain text and Markdown.

mod common;

use common::{assessment, profile};
use itcq::engine::briefing::{self, Briefing, Style, WithNotes, crm, link_base, prospect_keys};
use itcq::engine::code;
use itcq::engine::export::Scored;
use itcq::engine::i18n::{self, Lang, Part, Texts, english};
use itcq::engine::lead::Lead;
use itcq::engine::{Answer, Assessment, BankId};
use std::path::PathBuf;

fn patterns() -> Vec<Assessment> {
    let mut out = Vec::new();
    for bank in [BankId::Quick, BankId::Full] {
        let levels: &'static [u8] = if bank == BankId::Quick {
            &[0, 1, 2, 3, 4]
        } else {
            &[0, 2, 4]
        };
        out.push(assessment(bank, profile(), |_, _| Some(Answer::Level(0))));
        for shift in 0..4usize {
            out.push(assessment(bank, profile(), move |i, _| {
                Some(if (i + shift) % 7 == 3 {
                    Answer::DontKnow
                } else {
                    Answer::Level(levels[(i * (shift + 2) + shift) % levels.len()])
                })
            }));
        }
        out.push(assessment(bank, profile(), |i, _| {
            (i % 3 != 0).then_some(Answer::Level((i % 2) as u8 * 4))
        }));
    }
    out
}

fn lead() -> Lead {
    Lead {
        name: "Pat Lee".into(),
        email: "Pat@Example.com".into(),
        company: "Example Ltd".into(),
        phone: "+1 (555) 010-7".into(),
        consent: true,
    }
}

fn scored(a: &Assessment, lead: Option<&Lead>) -> Scored {
    let answers = a.validate().expect("valid test input");
    let text = code::encode(&a.profile, &answers, None, lead);
    Scored::new(code::decode(&text).expect("the code reads back"))
}

/// Percent-decodes a `mailto:` query value.
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() + 1 {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).expect("hex"));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

fn query(mailto: &str, key: &str) -> String {
    let q = mailto.split_once('?').expect("a query").1;
    let v = q
        .split('&')
        .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
        .expect("the key");
    decode(v)
}

fn german() -> Texts {
    let mut t = english().clone();
    for part in Part::ALL {
        let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("www/lang")
            .join(part.file_name(Lang::De));
        let file = i18n::parse_file(&std::fs::read_to_string(p).unwrap()).unwrap();
        t.overlay(file.entries().map(|(k, v)| (k.to_string(), v.to_string())));
    }
    Texts::new(
        Lang::De,
        t.entries().map(|(k, v)| (k.to_string(), v.to_string())),
    )
}

#[test]
fn the_first_project_and_the_services_follow_from_the_weakest_blocks() {
    for a in patterns() {
        let s = scored(&a, None);
        let b = briefing::briefing(&s, english(), None);
        assert!(
            b.services.len() <= briefing::MAX_PROPOSED,
            "{}",
            b.services.len()
        );
        let areas: Vec<&str> = b.services.iter().map(|g| g.area).collect();
        let mut unique = areas.clone();
        unique.dedup();
        assert_eq!(areas.len(), unique.len(), "each area once: {areas:?}");
        let weak: Vec<String> = b.weakest.iter().map(|w| w.name.clone()).collect();
        let in_weak_block = |block: &str| weak.iter().any(|w| w == block);
        if let Some(fp) = &b.first_project {
            assert_eq!(
                areas.first(),
                Some(&fp.area),
                "the first project is proposed first"
            );
            // When the plan has an action in a weak block, the first project is one.
            let plan_has = b
                .plan
                .iter()
                .flat_map(|p| &p.actions)
                .any(|x| in_weak_block(&x.block));
            if plan_has {
                assert!(in_weak_block(&fp.block), "{} not in {weak:?}", fp.block);
            }
        }
        // The proposed areas cover the weak blocks before anything else.
        let covered = b
            .services
            .iter()
            .filter(|g| in_weak_block(&g.block))
            .count();
        let blocks_in_plan = weak
            .iter()
            .filter(|w| {
                b.plan
                    .iter()
                    .flat_map(|p| &p.actions)
                    .any(|x| &x.block == *w)
            })
            .count();
        assert!(
            covered >= blocks_in_plan.min(briefing::MAX_PROPOSED),
            "{covered}"
        );
    }
}

#[test]
fn the_agenda_fits_half_an_hour_and_names_what_the_answers_hold() {
    let t = english();
    for a in patterns() {
        let b = briefing::briefing(&scored(&a, None), t, None);
        let minutes: u32 = b.agenda.iter().map(|x| x.minutes).sum();
        assert!((10..=30).contains(&minutes), "{minutes} minutes");
        let unknowns = b
            .agenda
            .iter()
            .any(|x| x.text.contains(&b.dont_know.to_string()) && x.text.contains("Don't know"));
        assert_eq!(unknowns, b.dont_know > 0, "{:?}", b.agenda);
        if let Some(fp) = &b.first_project {
            assert!(b.agenda.iter().any(|x| x.text.contains(&fp.name)));
        }
        for w in &b.weakest {
            assert!(
                b.agenda.iter().any(|x| x.text.contains(&w.name)),
                "{}",
                w.name
            );
        }
        // "100 % answered" never stands beside "Don't know" answers without saying so.
        assert!(b.answered_line.contains(&b.asked.to_string()));
        if b.dont_know > 0 {
            assert!(
                b.answered_line.contains("Don't know"),
                "{}",
                b.answered_line
            );
        }
    }
}

#[test]
fn the_follow_up_email_is_a_working_draft_without_contact_details_in_its_link() {
    let a = &patterns()[1];
    let s = scored(a, Some(&lead()));
    let link = format!("https://msp.example/assess#itcq={}", s.code);
    let base = link_base(&link);
    assert_eq!(base.as_deref(), Some("https://msp.example/assess"));
    // The page's own query stays; ITCq's parameters (a code with contact) do not.
    assert_eq!(
        link_base(&format!(
            "https://msp.example/?page_id=12&itcq={}&itcq-lang=de",
            s.code
        ))
        .as_deref(),
        Some("https://msp.example/?page_id=12")
    );
    let base = base.as_deref();
    let b = briefing::briefing(&s, english(), base);
    let share = b.share_link.as_deref().expect("a link");
    let shared = code::decode(share).expect("the share link reads");
    assert_eq!(shared.lead, None, "the link carries no contact details");
    assert_eq!(shared.answers, s.decoded.answers);
    let m = &b.followup.mailto;
    assert!(m.starts_with("mailto:Pat@Example.com?subject="), "{m}");
    assert_eq!(query(m, "subject"), b.followup.subject);
    assert_eq!(query(m, "body"), b.followup.body.replace('\n', "\r\n"));
    let body = &b.followup.body;
    assert!(body.starts_with("Hello Pat Lee,"), "{body}");
    assert!(body.contains(share), "{body}");
    assert!(!body.contains("Pat@Example.com"));
    for w in &b.weakest {
        if let Some(q) = w.quotes.first() {
            assert!(body.contains(&q.answer), "{body}");
        }
    }
    assert_eq!(b.tel.as_deref(), Some("tel:+15550107"));
    assert_eq!(b.mailto.as_deref(), Some("mailto:Pat@Example.com"));

    // An address with `?` or `&` in it cannot add a header to the email.
    let mut odd = lead();
    odd.email = "a?bcc=x%40evil.example&@corp.example".into();
    let b2 = briefing::briefing(&scored(a, Some(&odd)), english(), None);
    if let Some(m) = &b2.mailto {
        assert!(
            !m.contains("bcc=") && !m["mailto:".len()..].contains('?'),
            "{m}"
        );
        assert!(
            b2.followup.mailto.matches('?').count() == 1,
            "{}",
            b2.followup.mailto
        );
    }

    // Without contact details: a draft with no recipient and no name.
    let b = briefing::briefing(&scored(a, None), english(), None);
    assert!(b.followup.mailto.starts_with("mailto:?subject="));
    assert!(b.followup.body.starts_with("Hello,"));
    assert_eq!(b.share_link, None);

    // In German: every line of it.
    let de = german();
    let b = briefing::briefing(&s, &de, base);
    assert!(
        b.followup.body.starts_with("Hallo Pat Lee,")
            || b.followup.body.starts_with("Guten Tag Pat Lee,"),
        "{}",
        b.followup.body
    );
    for key in ["brief.mail_areas", "brief.mail_ask", "brief.mail_bye"] {
        assert!(b.followup.body.contains(de.get(key)), "{key}");
        assert_ne!(de.get(key), english().get(key), "{key} is translated");
    }
}

#[test]
fn the_notes_for_a_crm_say_the_same_in_text_and_markdown() {
    let t = english();
    let s = scored(&patterns()[2], Some(&lead()));
    let b: Briefing = briefing::briefing(&s, t, None);
    let md = crm(&b, t, Style::Markdown);
    let text = crm(&b, t, Style::Text);
    assert!(md.contains("\n## "), "{md}");
    assert!(!text.contains("**") && !text.contains("\n#"), "{text}");
    for line in [
        b.answered_line.as_str(),
        b.weakest[0].openers[0].as_str(),
        b.weakest[0].questions[0].as_str(),
        b.agenda[0].text.as_str(),
        "Pat Lee",
    ] {
        assert!(md.contains(line) && text.contains(line), "{line}");
    }
    for g in &b.services {
        assert!(md.contains(&g.name) && text.contains(&g.name));
    }
    // What the prospect typed shows as typed in a CRM that renders Markdown.
    let mut evil = lead();
    evil.name = "[Pay here](https://evil.example) <img src=x onerror=alert(1)>".into();
    let e = briefing::briefing(&scored(&patterns()[2], Some(&evil)), t, None);
    let md_e = crm(&e, t, Style::Markdown);
    assert!(
        md_e.contains(r"\[Pay here\]\(https://evil.example\) \<img"),
        "{md_e}"
    );
    assert!(crm(&e, t, Style::Text).contains("[Pay here](https://evil.example) <img"));
    let with = serde_json::to_value(WithNotes::of(b, t)).unwrap();
    assert_eq!(with["crm_markdown"].as_str(), Some(md.as_str()));
    assert_eq!(with["crm_text"].as_str(), Some(text.as_str()));
    assert!(with["agenda"].is_array() && with["followup"]["mailto"].is_string());
}

#[test]
fn one_prospect_is_known_by_email_or_company_whatever_the_spelling() {
    let a = prospect_keys(Some(" Pat@Example.COM "), Some("Acme Ltd."));
    assert_eq!(a, ["email:pat@example.com", "company:acme"]);
    assert_eq!(prospect_keys(None, Some("ACME")), ["company:acme"]);
    assert_eq!(
        prospect_keys(None, Some("Müller & Söhne GmbH")),
        ["company:müller söhne"]
    );
    assert_eq!(
        prospect_keys(Some("not an email"), Some("  ")),
        Vec::<String>::new()
    );
    // A portfolio row carries them, and one result has one ID whatever link it came by.
    let s = scored(&patterns()[1], Some(&lead()));
    let row = briefing::row(&s, english());
    assert_eq!(row.prospect, ["email:pat@example.com", "company:example"]);
    let public = briefing::row(&s.without_contact(), english());
    assert_eq!(row.result_id, public.result_id);
    assert_ne!(row.code, public.code);
}
