//! The English catalogue: texts collected from the data, plus the interface copy.
//!
//! Every text is keyed by stable IDs of the core: the domain's ([`DOMAIN`]: framework,
//! banks, profile, bands, plan), the rep briefing's talking material ([`TALK`],
//! [`UNKNOWN_REVEALS`], [`FIRST_PROJECT_PITCH`]), the interface copy and sentence
//! templates ([`UI`]) and the configurator's words ([`CONFIGURATOR`]). Other languages
//! translate exactly these keys.

mod briefing;
mod configurator;
mod domain;

pub use briefing::{
    BlockTalk, FIRST_PROJECT_PITCH, INDUSTRY_QUESTIONS, IT_ANGLES, TALK, UNKNOWN_REVEALS,
};
pub use configurator::CONFIGURATOR;
pub use domain::DOMAIN;

/// Every English key and text: the domain's, the rep briefing's and the interface copy.
pub fn collect() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::with_capacity(1200);
    let mut put = |key: String, text: &str| out.push((key, text.to_string()));
    // The widget's browser build reads these from its language files instead.
    #[cfg(not(feature = "external-texts"))]
    for (key, text) in DOMAIN {
        put((*key).to_string(), text);
    }
    #[cfg(not(feature = "external-texts"))]
    for t in &TALK {
        let id = t.block.as_str();
        put(format!("talk.{id}.stakes"), t.stakes);
        for (i, o) in t.openers.iter().enumerate() {
            put(format!("talk.{id}.opener{}", i + 1), o);
        }
        for (i, q) in t.questions.iter().enumerate() {
            put(format!("talk.{id}.question{}", i + 1), q);
        }
        put(format!("talk.{id}.unknown"), t.unknown);
    }
    #[cfg(not(feature = "external-texts"))]
    for (id, text) in &UNKNOWN_REVEALS {
        put(format!("reveal.{id}"), text);
    }
    #[cfg(not(feature = "external-texts"))]
    for (id, text) in &FIRST_PROJECT_PITCH {
        put(format!("pitch.{id}"), text);
    }
    #[cfg(not(feature = "external-texts"))]
    for (id, opener, project) in &IT_ANGLES {
        put(format!("angle.{id}.opener"), opener);
        put(format!("angle.{id}.project"), project);
    }
    #[cfg(not(feature = "external-texts"))]
    for (id, text) in &INDUSTRY_QUESTIONS {
        put(format!("angle.industry.{id}"), text);
    }
    for (key, text) in UI {
        put((*key).to_string(), text);
    }
    #[cfg(not(feature = "external-texts"))]
    for (key, text) in CONFIGURATOR {
        put((*key).to_string(), text);
    }
    out
}

/// Interface copy and sentence templates, by key. `{name}` marks a placeholder.
pub static UI: &[(&str, &str)] = &[
    // The widget.
    ("ui.welcome.title", "How competitive is your IT?"),
    (
        "ui.welcome.intro",
        "Answer {n} short questions about how your company runs IT and get your IT Competitiveness quotient (ITCq): a score from 0 to 100 across the seven areas of the 7C IT Management Framework.",
    ),
    (
        "ui.welcome.time",
        "Takes about {minutes} minutes. No technical knowledge needed: \"Don't know\" is always an answer.",
    ),
    (
        "ui.welcome.get",
        "You get your score, how it compares with the 7C framework's recommendation for a company of your size and goals, and a phased action plan.",
    ),
    (
        "ui.welcome.privacy",
        "Your answers stay in this browser until you choose to send your results to {msp}.",
    ),
    (
        "ui.welcome.back",
        "Welcome back. You have an assessment in progress ({count} of {n} questions answered).",
    ),
    (
        "ui.welcome.progress",
        "You have answered {count} of {n} questions so far.",
    ),
    ("ui.welcome.start", "Start the assessment"),
    ("ui.start_over", "Start over"),
    ("ui.resume", "Resume"),
    ("ui.continue", "Continue"),
    ("ui.next", "Next"),
    ("ui.back", "Back"),
    ("ui.see_results", "See my results"),
    ("ui.ok", "OK"),
    ("ui.loading", "Loading…"),
    ("ui.choose", "Choose…"),
    ("ui.dont_know", "Don't know"),
    ("ui.language", "Language"),
    ("ui.logo", "{msp} logo"),
    ("ui.your_it_partner", "your IT partner"),
    (
        "ui.config_error",
        "This assessment is not set up correctly.",
    ),
    (
        "ui.config_blocked",
        "This assessment can't start until its configuration is fixed.",
    ),
    ("ui.cta.button", "Book a free IT review"),
    ("ui.lead.phone_required", "Phone"),
    ("ui.offer.title", "Offered by {msp}"),
    ("ui.offer.price", "Indicative price: {price}"),
    ("ui.offer.more", "More about {service}"),
    (
        "ui.config_error_hint",
        "The site owner can fix it; you can still take it.",
    ),
    (
        "ui.crash",
        "Sorry, something went wrong and the assessment stopped. Please reload the page: the answers you gave are saved on this device.",
    ),
    ("ui.profile.title", "About your company"),
    (
        "ui.profile.intro",
        "This sets what the 7C framework recommends for a company like yours, and which questions you are asked.",
    ),
    ("ui.profile.company", "Company name (optional)"),
    (
        "ui.profile.seats",
        "How many people in your company use IT?",
    ),
    (
        "ui.profile.seats_hint",
        "Everyone who uses a computer, laptop or phone for work.",
    ),
    ("ui.profile.industry", "Industry"),
    ("ui.profile.it", "Who looks after IT today?"),
    ("ui.goals.title", "What matters most in the next year?"),
    (
        "ui.goals.intro",
        "Choose any that apply. The 7C framework then recommends more in the areas they depend on.",
    ),
    ("ui.goals.start", "Start the questions"),
    (
        "ui.question.progress",
        "{block} · Question {i} of {n} · {percent} done",
    ),
    (
        "ui.question.block_done",
        "✓ {block} done: {done} of {total}",
    ),
    (
        "ui.question.keys_auto",
        "Keys: 1–5 choose an answer and go on, 6 \"Don't know\", Enter goes on.",
    ),
    ("ui.question.help_show", "What does this mean?"),
    ("ui.question.help_hide", "Hide the explanation"),
    (
        "ui.question.keys",
        "Keys: 1–5 choose an answer, 6 \"Don't know\", Enter goes on.",
    ),
    ("ui.live.results", "Your results are ready."),
    ("ui.live.lead", "All questions answered."),
    ("ui.lead.title", "Your results are ready"),
    ("ui.lead.title_after", "Get a copy and talk it through"),
    ("ui.lead.title_start", "Where should we send your results?"),
    (
        "ui.lead.intro_start",
        "{msp} sends you your results and can walk you through them. The questions come next.",
    ),
    ("ui.lead.start", "Start the questions"),
    (
        "ui.lead.next",
        "{msp} has your details and will contact you at {email} to talk your results through.",
    ),
    (
        "ui.lead.next_report",
        "{msp} has your details: your printable report and result link are on their way to {email}, and {msp} will contact you to talk them through.",
    ),
    (
        "ui.lead.intro",
        "Tell us who you are and {msp} can send you your results and walk you through them.",
    ),
    ("ui.lead.name", "Your name"),
    ("ui.lead.email", "Work email"),
    ("ui.lead.company", "Company"),
    ("ui.lead.phone", "Phone (optional)"),
    (
        "ui.lead.consent",
        "Send me my results, and {msp} may contact me about them.",
    ),
    ("ui.lead.privacy", "Privacy policy"),
    ("ui.lead.send", "Send"),
    ("ui.results.title", "Your IT Competitiveness quotient"),
    ("ui.results.meaning", "What it means for your company"),
    ("ui.results.heading", "Your ITCq"),
    ("pdf.appendix", "Appendix: the full assessment"),
    (
        "ui.results.gap_below",
        "{gap} points below the 7C framework's recommendation for your company: {target}.",
    ),
    (
        "ui.results.gap_at",
        "At or above the 7C framework's recommendation for your company: {target}.",
    ),
    ("ui.results.blocks", "The seven blocks of the 7C framework"),
    ("ui.status.below_target", "Below"),
    ("ui.status.near_target", "Near"),
    ("ui.status.on_target", "On target"),
    ("ui.status.not_assessed", "Not assessed"),
    ("ui.results.top", "Your first three steps"),
    ("ui.results.you_said", "“{answer}”"),
    (
        "ui.results.plan_open",
        "Your full plan: tick steps to see their effect",
    ),
    (
        "ui.results.whatif_none",
        "Tick the steps you would take: the ITCq and the chart update at once.",
    ),
    (
        "ui.results.whatif",
        "With the {n} steps you ticked: ITCq {itcq} ({band}); today {today}.",
    ),
    (
        "ui.cta.booking_note",
        "{company}: ITCq {itcq}, recommendation {target}. Results: {link}",
    ),
    (
        "ui.results.unknown_count",
        "\"Don't know\" answers: {count} of {answered}.",
    ),
    ("ui.results.after_phase", "ITCq after this phase: {itcq}"),
    (
        "ui.results.action_facts",
        "Effort: {effort}. Done by: {responsible}. Answerable: {accountable}.",
    ),
    ("ui.results.services", "{n} services to put in place"),
    (
        "ui.results.shared",
        "These results were shared with you through a link. Take the assessment for your own company to get your own score and plan.",
    ),
    ("ui.results.thanks", "Thank you, {name}."),
    ("ui.chart.score", "Your score"),
    ("ui.chart.target", "Recommended"),
    ("ui.cta.title", "Talk it through with {msp}"),
    (
        "ui.cta.text",
        "A short conversation turns this plan into the first concrete steps for your company.",
    ),
    ("ui.cta.mail", "Send my results to {msp}"),
    ("ui.share.title", "Keep and share your results"),
    ("ui.share.link", "Link to these results"),
    ("ui.share.copy", "Copy link"),
    (
        "ui.share.hint",
        "The results are inside the link itself, not stored on a server. The link does not contain your contact details.",
    ),
    ("ui.share.pdf", "Save as PDF"),
    ("ui.share.json", "Download JSON"),
    ("ui.share.csv", "Download CSV"),
    ("ui.share.preparing", "Preparing your file…"),
    ("ui.share.copied", "Link copied."),
    (
        "ui.share.copy_manual",
        "Select the link above and copy it (Ctrl+C, or Cmd+C on a Mac).",
    ),
    ("ui.share.downloading", "Your file is downloading."),
    (
        "ui.share.printed",
        "The report opened in a new tab. Choose \"Save as PDF\" in the print dialog to keep it.",
    ),
    (
        "ui.share.print_blocked",
        "Your browser blocked the new tab, so the report was downloaded instead: open it and print it to PDF.",
    ),
    (
        "ui.share.failed",
        "Sorry, that did not work ({reason}). Your results are still here; please try again.",
    ),
    ("ui.restart", "Start again"),
    (
        "ui.restart.confirm",
        "Start again? This clears your answers and results on this device.",
    ),
    ("ui.restart.keep", "Keep my results"),
    ("ui.restart.yes", "Yes, start again"),
    // Formats.
    ("fmt.decimal", "."),
    ("fmt.percent", "{n}%"),
    ("fmt.date", "{month} {d}, {y}"),
    ("month.1", "January"),
    ("month.2", "February"),
    ("month.3", "March"),
    ("month.4", "April"),
    ("month.5", "May"),
    ("month.6", "June"),
    ("month.7", "July"),
    ("month.8", "August"),
    ("month.9", "September"),
    ("month.10", "October"),
    ("month.11", "November"),
    ("month.12", "December"),
    // The bank names, as the printed report's footer uses them.
    ("bank.quick", "quick assessment"),
    ("bank.full", "full assessment"),
    // The block chart.
    ("chart.block", "{block} {score}, recommended {target}"),
    ("chart.block_none", "{block} not assessed"),
    (
        "chart.label",
        "Block scores against the 7C framework's recommendation: {summary}",
    ),
    (
        "chart.legend",
        "Bar: score. Line: the 7C recommendation for this company.",
    ),
    // The printed report.
    ("pdf.title", "IT Competitiveness report"),
    ("pdf.title_company", "IT Competitiveness report: {company}"),
    ("pdf.no_msp", "IT assessment"),
    ("pdf.kicker", "IT Competitiveness quotient (ITCq)"),
    ("pdf.heading", "Your IT Competitiveness report"),
    (
        "pdf.target",
        "The 7C framework recommends {target} for a company of your size and goals.",
    ),
    ("pdf.partial", "Based on {answered} of {total} questions."),
    ("pdf.prepared_for", "Prepared for {name}."),
    ("pdf.taken_on", "Assessment taken on {date}."),
    (
        "pdf.profile",
        "{seats} people using IT · {industry} · IT run by: {it}.",
    ),
    ("pdf.blocks", "Your score per block"),
    ("pdf.block_score", "{score} of 100 · recommended {target}"),
    ("pdf.block_none", "Not assessed · recommended {target}"),
    ("pdf.unknown", "What you didn't know"),
    ("pdf.plan", "Your action plan"),
    (
        "pdf.plan_gain",
        "Doing this plan takes your ITCq from {from} to {to}. It aims at the 7C framework's recommendation for your company, not at a perfect score.",
    ),
    ("pdf.beyond", "Beyond the recommendation"),
    (
        "pdf.beyond_intro",
        "Not needed to reach the 7C framework's recommendation for your company; worth doing once the plan is in place.",
    ),
    ("pdf.beyond_gain", "+{gain} ITCq after the plan"),
    (
        "pdf.reaches_target",
        "Only part of this is needed to reach the recommendation.",
    ),
    ("pdf.asks", "What an insurer or auditor will ask"),
    (
        "pdf.asks_intro",
        "Cyber insurers and auditors check these safeguards (CIS Controls v8, Implementation Group 1) and categories (NIST Cybersecurity Framework 2.0). Your answers relate to them; they are not a compliance assessment.",
    ),
    ("pdf.asks_area", "{area}: {items}"),
    ("pdf.phase", "{phase} · ITCq after this phase: {itcq}"),
    ("pdf.phase_empty", "Nothing needed here."),
    (
        "pdf.action_facts",
        "{block} · +{gain} ITCq · effort: {effort} · done by: {responsible} · answerable: {accountable}",
    ),
    ("pdf.next", "Next steps"),
    (
        "pdf.next_text",
        "A short conversation with {msp} turns this plan into the first concrete steps for your company.",
    ),
    ("pdf.email", "Email"),
    ("pdf.online", "Your results online"),
    (
        "pdf.footer",
        "Scored with the 7C IT Management Framework ({questions}, version {version}). Result code:",
    ),
    // The email a prospect sends the MSP.
    ("mail.subject", "My ITCq result: {itcq}"),
    (
        "mail.intro",
        "Hello {msp},\n\nI took the IT assessment on your website. My ITCq is {itcq} ({band}); the 7C framework recommends {target} for a company like mine.",
    ),
    ("mail.blocks", "Block scores:"),
    ("mail.block", "{block}: {score} (recommended {target})"),
    ("mail.block_none", "{block}: not assessed"),
    ("mail.actions", "The first actions in my plan:"),
    ("mail.link", "My full results: {link}"),
    ("mail.close", "I'd like to talk about the results."),
    // What the prospect entered that cannot be taken.
    (
        "error.seats_empty",
        "Please enter how many people in your company use a computer or phone for work.",
    ),
    (
        "error.seats_range",
        "Please enter a whole number from 1 to {max} (for example 45).",
    ),
    (
        "error.industry",
        "Please choose the industry closest to yours.",
    ),
    (
        "error.it_management",
        "Please choose who looks after IT today.",
    ),
    (
        "error.answer",
        "Please choose an answer, or \"Don't know\" if you're not sure.",
    ),
    ("error.lead.name", "Please enter your name."),
    ("error.lead.email", "Please enter your work email."),
    ("error.lead.company", "Please enter your company's name."),
    ("error.lead.required", "Please fill in this field."),
    (
        "error.lead.too_long",
        "That is longer than we can take (200 characters at most).",
    ),
    (
        "error.lead.email_invalid",
        "That email address doesn't look right; use the form name@company.com.",
    ),
    (
        "error.lead.phone",
        "Please enter a phone number with 6 to 20 digits (spaces, +, - and brackets are fine), or leave it empty.",
    ),
    (
        "error.lead.consent",
        "Please tick the box so we may send you your results and contact you about them.",
    ),
    // Notices.
    (
        "notice.restore_failed",
        "We couldn't restore the answers saved earlier on this device, so you are starting fresh.",
    ),
    (
        "notice.not_saved",
        "This browser isn't keeping your answers, so they will be lost if you leave or reload the page. Best to finish in one go: it takes about {minutes} minutes.",
    ),
    (
        "notice.link_full_bank",
        "This results link was made with the full question set, which this assessment does not show. Ask whoever sent it for the report instead.",
    ),
    (
        "notice.link_damaged",
        "This results link could not be opened: it is incomplete or was changed. You can take the assessment yourself below.",
    ),
    (
        "notice.link_newer",
        "This results link was made by a newer version of this assessment. You can take the assessment yourself below.",
    ),
    (
        "notice.link_other_questions",
        "This results link was made with questions this assessment no longer asks. Ask whoever sent it for the report, or take the assessment yourself below.",
    ),
    // Lead capture.
    (
        "lead.consent_short",
        "I agree to be contacted about my results.",
    ),
    // The rep briefing.
    (
        "brief.unknown_one",
        "{count} \"Don't know\" answer in {block}",
    ),
    (
        "brief.unknown_many",
        "{count} \"Don't know\" answers in {block}",
    ),
    (
        "brief.reveal_own",
        "Nobody could answer one of your own questions. Ask who would know, and what they would check; that answer is where the conversation about this area starts.",
    ),
    ("brief.level_not_in_place", "Not in place"),
    ("brief.level_partly", "Partly"),
    ("brief.level_in_place", "In place"),
    ("brief.told_us", "You told us"),
    ("brief.insurers_ask", "An insurer or auditor will ask about"),
    ("brief.it_angle", "Who runs IT today"),
    ("brief.industry_question", "For their industry"),
    ("brief.project_angle", "How to frame it"),
    ("brief.md_title", "Briefing: {company}"),
    (
        "brief.md_itcq",
        "ITCq {itcq} ({band}); the 7C framework recommends {target} for this company.",
    ),
    ("brief.md_weakest", "Weakest areas"),
    ("brief.md_openers", "Openers"),
    ("brief.md_questions", "Discovery questions"),
    ("brief.md_first_project", "First project"),
    ("brief.md_plan", "Plan"),
    ("brief.md_unknowns", "\"Don't know\" answers"),
    ("brief.md_contact", "Contact"),
    ("brief.md_propose", "Services to propose"),
    ("brief.md_agenda", "Call agenda (30 minutes)"),
    ("brief.minutes", "{n} min"),
    ("brief.opener", "Opener"),
    ("brief.question", "Discovery question"),
    ("brief.answered", "{answered} of {asked} questions answered"),
    (
        "brief.answered_dk_one",
        "{answered} of {asked} questions answered, 1 of them \"Don't know\"",
    ),
    (
        "brief.answered_dk_many",
        "{answered} of {asked} questions answered, {dont_know} of them \"Don't know\"",
    ),
    (
        "brief.agenda_open",
        "Thank them for their time and confirm the profile: {profile}.",
    ),
    (
        "brief.agenda_answers",
        "Go through what they told us in {areas}: read their answer back, then ask the discovery question.",
    ),
    (
        "brief.agenda_unknowns",
        "The {n} \"Don't know\" answers: ask who in the company would know, and what they would check.",
    ),
    (
        "brief.agenda_project",
        "Propose the first project, {project}: what it covers, how long it takes, what it changes for them.",
    ),
    (
        "brief.agenda_next",
        "Agree the next step and its date: a proposal for the first project, or a workshop on the whole plan.",
    ),
    (
        "brief.mail_subject",
        "Your IT assessment: next steps for {company}",
    ),
    ("brief.mail_hello", "Hello,"),
    ("brief.mail_hello_name", "Hello {name},"),
    (
        "brief.mail_intro",
        "Thank you for taking our IT assessment. Your ITCq is {itcq} out of 100; for a company of your size and goals, the 7C IT Management Framework recommends {target}.",
    ),
    ("brief.mail_areas", "These areas stood out in your answers:"),
    (
        "brief.mail_quote",
        "{block}: you told us \"{answer}\" ({question})",
    ),
    (
        "brief.mail_first",
        "A sensible first step would be {project}:",
    ),
    (
        "brief.mail_ask",
        "Could we take 30 minutes to go through the results together? Reply with a time that suits you.",
    ),
    ("brief.mail_link", "Your results: {link}"),
    ("brief.mail_bye", "Best regards,"),
    (
        "brief.md_no_contact",
        "No contact details in this result; they arrive with the lead delivery.",
    ),
    // How each block stands against its target.
    (
        "report.meaning.not_assessed",
        "{block} was not assessed: no answer counted here yet.",
    ),
    (
        "report.meaning.on_target",
        "{block} meets the {target} the 7C framework recommends for a company of your size and goals. {benefit} Keep it there with a yearly review.",
    ),
    (
        "report.meaning.near_target",
        "{block} scores {score}; the 7C framework recommends {target} for a company of your size and goals: close. Closing the last {points} points brings this within reach: {benefit}",
    ),
    (
        "report.meaning.below_target",
        "{block} scores {score}, well below the {target} the 7C framework recommends for a company of your size and goals. The risk today: {risk}",
    ),
    // The rep briefing page (rep.html) around the engine's briefing.
    (
        "rep.ready",
        "Ready. Paste a result code or link, or drop JSON exports.",
    ),
    (
        "rep.lang_failed",
        "The {lang} texts could not be loaded ({error}); the briefing stays in English.",
    ),
    (
        "rep.engine_failed",
        "The briefing engine could not start: {error}. Reload the page to try again.",
    ),
    ("rep.pasted_text", "the pasted text"),
    ("rep.the_link", "the link"),
    (
        "rep.paste_first",
        "Paste a result code, a link containing itcq= or the text of a JSON export first.",
    ),
    (
        "rep.too_many_files",
        "You chose {n} files; at most {max} files can be opened at once. Choose fewer files and try again.",
    ),
    (
        "rep.file_too_large",
        "This file is larger than the 5 MB limit per file ({size}), so it was not read.",
    ),
    ("rep.reading", "Reading files: {i} of {n}…"),
    ("rep.scoring", "Scoring results: {i} of {n}…"),
    ("rep.pages", "Pages of results"),
    ("rep.page_prev", "Previous"),
    ("rep.page_next", "Next"),
    ("rep.page_range", "Rows {from}–{to} of {n}"),
    ("rep.file_unreadable", "The file could not be read: {error}"),
    ("rep.unnamed", "Unnamed company"),
    ("rep.back", "Back to portfolio"),
    ("rep.back_done", "Back to the portfolio."),
    ("rep.print", "Print briefing"),
    ("rep.kicker", "Briefing"),
    ("rep.actions", "Briefing actions"),
    ("rep.copy_text", "Copy for CRM (text)"),
    ("rep.copy_md", "Copy as Markdown"),
    ("rep.copied_text", "The briefing is copied as plain text."),
    ("rep.copied_md", "The briefing is copied as Markdown."),
    (
        "rep.copy_by_hand",
        "The browser did not allow copying: the text is selected in the box below; copy it with Ctrl+C (⌘C on a Mac).",
    ),
    ("rep.consent_given", "agreed to be contacted"),
    ("rep.consent_not_given", "did not agree to be contacted"),
    (
        "rep.contact_arrives",
        "This link carries no contact details, by design: they arrive with the lead delivery (the webhook or email your widget sends). Open the result link from that delivery to see them here.",
    ),
    ("rep.goals_line", "Goals: {goals}"),
    ("rep.taken_on", "taken on {date}"),
    ("rep.full_back", "Sales briefing"),
    ("rep.full_page_title", "Full assessment"),
    (
        "rep.full_intro",
        "For a vCIO with a client: go through every service of the 7C framework and mark what is in place, with a note where it helps. The answers are saved in this browser as you go, and nothing is sent anywhere. The result is the same code, report, exports and briefing the ITCq engine gives for the same answers.",
    ),
    ("rep.full_profile", "The company"),
    ("rep.full_company", "Company"),
    ("rep.full_seats", "People using IT (seats)"),
    ("rep.full_industry", "Industry"),
    ("rep.full_itm", "Who manages IT today"),
    ("rep.full_date", "Day of the assessment"),
    ("rep.full_goals", "Goals"),
    ("rep.full_contents", "Blocks"),
    (
        "rep.full_keys",
        "Keyboard: 1 in place · 2 partly · 3 not in place · 4 don't know · 5 not applicable, and the next service comes up. N writes a note, Esc leaves it.",
    ),
    ("rep.full_na", "Not applicable"),
    ("rep.full_note", "Note"),
    ("rep.full_note_label", "Note on {service}"),
    (
        "rep.full_progress",
        "{answered} of {total} services answered",
    ),
    ("rep.full_block_progress", "{answered}/{total}"),
    (
        "rep.full_missing_one",
        "1 service is not answered yet; it counts as not assessed.",
    ),
    (
        "rep.full_missing_many",
        "{n} services are not answered yet; they count as not assessed.",
    ),
    ("rep.full_see", "See the results"),
    ("rep.full_results", "Result: {company}"),
    ("rep.full_open_briefing", "Open the briefing"),
    ("rep.full_json", "Download JSON"),
    ("rep.full_csv", "Download CSV"),
    ("rep.full_report", "Download the printable report"),
    ("rep.full_answers", "Download the answers (for itcq assess)"),
    ("rep.full_notes_md", "Download the notes"),
    ("rep.full_notes", "Notes"),
    ("rep.full_done", "The result for {company} is ready."),
    (
        "rep.full_changed",
        "The answers changed: see the results again for the new score.",
    ),
    (
        "rep.full_ready",
        "{n} services to go through. Answers are saved in this browser as you go.",
    ),
    (
        "rep.full_resumed",
        "The saved assessment of {company} is open again: {answered} of {total} answered.",
    ),
    ("rep.full_new", "Start a new assessment"),
    (
        "rep.full_started",
        "A new assessment: the saved one is gone.",
    ),
    (
        "rep.full_not_saved",
        "Not saved: this browser blocks storage or has no room left. Download the answers before you leave.",
    ),
    ("rep.full_start", "Start a full assessment"),
    (
        "rep.full_start_hint",
        "Every service of the 7C framework with a client, by keyboard, with notes.",
    ),
    ("rep.agenda", "Call agenda"),
    ("rep.and_more", "and {n} more"),
    ("rep.mail", "Follow-up email"),
    ("rep.mail_open", "Write the follow-up email"),
    ("rep.mail_lang", "Language"),
    (
        "rep.mail_hint",
        "A draft in your email program: their score, what they told us, the first project and a request for a call. Read it through before you send it.",
    ),
    (
        "rep.mail_failed",
        "The email could not be written in that language ({error}); it stays in the previous one.",
    ),
    ("rep.notes", "Your notes"),
    (
        "rep.notes_hint",
        "Kept in this browser only, for this result.",
    ),
    ("rep.notes_saved", "Saved in this browser."),
    (
        "rep.notes_not_saved",
        "Not saved: this browser blocks storage or has no room left. Copy your notes before you leave.",
    ),
    (
        "rep.unknowns_n_one",
        "The 1 “Don’t know” answer and what it reveals",
    ),
    (
        "rep.unknowns_n_many",
        "The {n} “Don’t know” answers and what they reveal",
    ),
    (
        "rep.more",
        "Scores by block, every quoted answer, all openers and questions",
    ),
    ("rep.col_prospect", "Prospect"),
    ("rep.col_gap", "Gap"),
    ("rep.col_history", "ITCq over time"),
    ("rep.col_blocks", "7 blocks"),
    ("rep.prospects_one", "Portfolio: 1 prospect"),
    ("rep.prospects_many", "Portfolio: {n} prospects"),
    (
        "rep.merged",
        "{results} results from {prospects} prospects: results with the same email or company are one row, with their ITCq over time.",
    ),
    ("rep.filters", "Filter the prospects"),
    ("rep.filter_all", "All"),
    ("rep.filter_band", "Band"),
    ("rep.filter_segment", "Segment"),
    ("rep.filter_from", "Taken from"),
    ("rep.filter_to", "Taken until"),
    ("rep.shown_all_one", "Showing 1 prospect."),
    ("rep.shown_all_many", "Showing all {n} prospects."),
    ("rep.shown_some", "Showing {n} of {all} prospects."),
    ("rep.history_one", "1 result"),
    ("rep.history_label", "ITCq of {company} over time"),
    (
        "rep.history_step",
        "ITCq {itcq} on {date}: open this result",
    ),
    ("rep.no_contact", "No contact details"),
    ("rep.no_date", "Date not recorded"),
    ("rep.target_itcq", "7C recommendation {target}"),
    ("rep.to_go", "({gap} points to go)"),
    ("rep.reached", "(reached)"),
    (
        "rep.chart_caption",
        "Score by block (bar) against the 7C framework's recommendation (line).",
    ),
    ("rep.seats_one", "{n} seat"),
    ("rep.seats_many", "{n} seats"),
    ("rep.no_goals", "None chosen"),
    ("rep.col_block", "Block"),
    ("rep.col_score", "Score"),
    ("rep.col_target", "Recommended"),
    ("rep.col_gap", "Gap"),
    ("rep.col_status", "Status"),
    ("rep.status_on_target", "At recommendation"),
    ("rep.status_near_target", "Near recommendation"),
    ("rep.status_below_target", "Below recommendation"),
    ("rep.status_not_assessed", "Not assessed"),
    ("rep.talk", "Where to start the conversation"),
    (
        "rep.all_on_target",
        "Every assessed block meets the 7C recommendation: open with how to keep it that way.",
    ),
    (
        "rep.not_assessed_target",
        "Not assessed · recommended {target}",
    ),
    (
        "rep.score_vs_target",
        "Score {score} vs recommended {target}",
    ),
    ("rep.gap_part", "· gap {gap}"),
    ("rep.stakes", "What is at stake:"),
    ("rep.openers", "Conversation openers"),
    ("rep.questions", "Discovery questions"),
    (
        "rep.first",
        "Recommended first project (the foot in the door)",
    ),
    (
        "rep.no_project",
        "No project to recommend: every block meets the 7C recommendation.",
    ),
    ("rep.propose", "Services to propose"),
    ("rep.no_services", "No services to propose."),
    ("rep.unknowns", "What the “Don’t know” answers reveal"),
    ("rep.plan", "The plan by phase"),
    ("rep.phase_empty", "Nothing in this phase."),
    ("rep.code", "Result code:"),
    ("rep.opened", "Opened the briefing for {company}."),
    ("rep.col_date", "Date"),
    ("rep.col_seats", "Seats"),
    ("rep.col_industry", "Industry"),
    ("rep.col_top", "Top action"),
    ("rep.csv", "Download CSV"),
    (
        "rep.sort_hint",
        "Click a column header to sort, a company to open its briefing. On a small screen the table scrolls sideways.",
    ),
    ("rep.caption_one", "ITCq results of {n} company"),
    ("rep.caption_many", "ITCq results of {n} companies"),
    (
        "rep.nothing",
        "None of the inputs could be opened, so there is nothing to list.",
    ),
    ("rep.loaded_one", "Loaded {n} result."),
    ("rep.loaded_many", "Loaded {n} results."),
    ("rep.loaded_failed", "Loaded {n} results, {failed} failed."),
    ("rep.sorted_asc", "Sorted by {column}, ascending."),
    ("rep.sorted_desc", "Sorted by {column}, descending."),
    ("rep.csv_failed", "The CSV could not be made: {error}"),
    (
        "rep.downloaded",
        "Downloaded itcq-portfolio.csv with {n} rows.",
    ),
    (
        "rep.open_failed",
        "This result could not be opened: {error}",
    ),
    ("rep.page_title", "ITCq sales briefing"),
    (
        "rep.intro",
        "Open a prospect’s ITCq result before the call: what hurts, where to start the conversation, the first project to propose and the services that fit. Everything runs in this browser; nothing you open here is sent anywhere.",
    ),
    ("rep.open_results", "Open results"),
    ("rep.paste_label", "Paste a result code or link"),
    (
        "rep.paste_hint",
        "A result code, a link containing itcq= or the text of a JSON export. Several codes or links, one per line, open a portfolio (Shift+Enter starts a new line).",
    ),
    ("rep.open", "Open"),
    ("rep.lang_label", "Language of the briefing"),
    ("rep.drop_label", "Drop JSON exports here or choose files"),
    (
        "rep.drop_hint",
        "One file opens its briefing; several open a portfolio. Up to 10,000 files at a time, 5 MB each.",
    ),
    ("rep.skip", "Skip to the briefing tool"),
    ("rep.config_label", "Your configuration file (optional)"),
    (
        "rep.config_hint",
        "With it, results use your own questions, question weights, targets and services, as your widget did; results with your own questions open only with it. Add ?config=<address of the file> to this page's address to load it every time.",
    ),
    ("rep.config_used", "Using the configuration in {source}."),
    (
        "rep.config_not_applied",
        "{source} has problems and is not applied:",
    ),
    (
        "rep.config_partly",
        "{source} has problems; what is right is applied:",
    ),
    (
        "rep.config_unreadable",
        "{source} could not be read: {error}",
    ),
    ("rep.offer", "Your service: {name}"),
    ("rep.line", "line {n}"),
    ("rep.failed_one", "{n} input could not be opened"),
    ("rep.failed_many", "{n} inputs could not be opened"),
    (
        "rep.plan_action",
        "{name} ({block}, effort: {effort}, +{gain} ITCq)",
    ),
];
