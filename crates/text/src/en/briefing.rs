//! Talking material for the rep briefing: per block, conversation openers and discovery
//! questions for a business conversation; per quick-bank question, what a "Don't know"
//! reveals; per delivery area, the pitch of it as a first project.
//!
//! The intent is the MSP 2.0 "trusted advisor" conversation, not a technical pitch: the rep
//! or vCIO talks with the owner about downtime, growth, customers, audits, staff time and
//! decisions, asks open questions that put a number on the impact, and proposes one small,
//! low-risk first project. Texts are plain American English, one complete sentence or two,
//! and work whatever the exact score is (the rep sees the score separately). Nothing here
//! claims a fact about the prospect or promises an outcome: what the prospect said comes
//! from their answers (quoted by the briefing), everything else is asked as a question or
//! describes what the MSP would do.

use itcq_core::framework::BlockId;

/// What a rep says and asks about one block.
pub struct BlockTalk {
    /// The block.
    pub block: BlockId,
    /// Why a weak score here matters to the business, one sentence for the rep.
    pub stakes: &'static str,
    /// Conversation openers: open questions that start a business conversation.
    pub openers: [&'static str; 3],
    /// Discovery questions: what the rep asks to learn the business impact.
    pub questions: [&'static str; 4],
    /// What "Don't know" answers in this block usually reveal (used for the full bank).
    pub unknown: &'static str,
}

/// Per block, in [`BlockId::ALL`] order.
pub static TALK: [BlockTalk; 7] = [
    BlockTalk {
        block: BlockId::Continuous,
        stakes: "A weak score here means one incident, such as ransomware, a failed server or a stolen laptop, could stop operations for days and lose data the business cannot recreate.",
        openers: [
            "How long could the business keep serving customers if its main systems stopped this morning?",
            "What would a week without email, files or your main application cost you?",
            "Have insurers, banks or larger customers asked how you protect your data, and what did you answer?",
        ],
        questions: [
            "If your main system were down for a full day, what would that cost you in orders, overtime or goodwill?",
            "Which data would hurt most to lose for good: customer records, financials, designs or something else?",
            "Have any customers, insurers or auditors asked you about security or backups in the past year, and how did you answer?",
            "Who in the company would make the decisions if ransomware locked your systems on a Monday morning?",
        ],
        unknown: "\"Don't know\" answers here usually mean nobody has ever shown leadership evidence that data is safe and recoverable, so protection may exist but cannot be relied on.",
    },
    BlockTalk {
        block: BlockId::Competent,
        stakes: "A weak score here means staff time leaks away to slow, unreliable systems and repeat problems, a hidden payroll cost that grows with every hire.",
        openers: [
            "How much of your team's week goes to working around technology instead of serving customers?",
            "Which software do you pay for that people use only a little, and why do you think that is?",
            "When a computer or system misbehaves, who notices first: your staff or whoever runs IT?",
        ],
        questions: [
            "Roughly how many hours a week do your people lose to slow computers, outages or re-typing data between systems?",
            "What would you want your team to do with that time if they got it back?",
            "When you add five or ten people, which part of IT becomes the bottleneck today?",
            "Who makes IT decisions today, and how much of your own time goes into them?",
        ],
        unknown: "\"Don't know\" answers here usually mean leadership has no view of how IT is run day to day, so quality depends on whoever happens to be doing the work.",
    },
    BlockTalk {
        block: BlockId::Charged,
        stakes: "A weak score here means problems are fixed only after they hurt, and tasks that fall between staff, provider and vendors end up on the owner's desk.",
        openers: [
            "What happens in the hours after something important breaks, and who do your people call?",
            "How many outside parties touch your IT, and who makes sure nothing falls between them?",
            "When did someone last review with you how IT serves the business, rather than what broke?",
        ],
        questions: [
            "Think of the last time something important broke: how long did it take to fix, and what did it cost in lost work or goodwill?",
            "When a problem involves your provider and a software vendor at the same time, who makes sure it actually gets solved?",
            "What response time do your most important systems really need, and what do you get today?",
            "When did someone last sit down with you to review how IT serves the business rather than what broke?",
        ],
        unknown: "\"Don't know\" answers here usually mean service levels and responsibilities were never agreed, so expectations differ and nobody can say whether support is good enough.",
    },
    BlockTalk {
        block: BlockId::Conscious,
        stakes: "A weak score here means technology money follows emergencies and vendor suggestions instead of the company's goals, so investments rarely move the business forward.",
        openers: [
            "Where do you want the business to be in two or three years?",
            "Which of those plans depend on systems, data or tools you don't have yet?",
            "Would a few hours with leadership to agree a short IT roadmap be worth it to you?",
        ],
        questions: [
            "What are the two or three business goals that matter most to you over the next few years?",
            "Which of those goals depends on systems, data or tools you don't have today?",
            "Which IT projects did you start or discuss in the past year that never got finished, and why do you think that was?",
            "How are IT priorities decided today, and who has the final say?",
        ],
        unknown: "\"Don't know\" answers here usually mean IT planning, if there is any, happens outside leadership's view, so nobody can tell whether technology spending supports the company's goals.",
    },
    BlockTalk {
        block: BlockId::Controlled,
        stakes: "A weak score here means nobody can tell whether IT is performing, projects overrun without warning, and audits or customer reviews bring unwelcome surprises.",
        openers: [
            "You run the rest of the business on numbers: which few IT figures would you like to see each quarter?",
            "How did your last IT project go against its plan and budget?",
            "When did someone independent last check your security, backups and how IT is managed?",
        ],
        questions: [
            "How do you know today whether IT is performing well, and what would you want to see each month to feel confident?",
            "Tell me about your last IT project: did it finish on time and on budget, and what did any delay cost you?",
            "Do customers, insurers or regulators ask for evidence of how IT is run, and how long does it take you to put that together?",
            "If your IT provider changed tomorrow, how much of what they know is written down somewhere you could find it?",
        ],
        unknown: "\"Don't know\" answers here usually mean IT is not measured or reviewed in a way leadership sees, so problems surface only once they have become expensive.",
    },
    BlockTalk {
        block: BlockId::Clear,
        stakes: "A weak score here means leadership cannot see who does what in IT or what vendors deliver, so the owner carries risks and costs nobody has named.",
        openers: [
            "For which parts of IT is it unclear who is responsible, and who ends up dealing with them?",
            "Whose memory does the company depend on for passwords, contacts and how things work?",
            "What would you want to know about IT each month to feel in control without the technical detail?",
        ],
        questions: [
            "If your IT person or provider were unavailable for a month, what would stop first, and who would you call?",
            "How many IT vendors and subscriptions do you pay for, and when were their prices and service last reviewed?",
            "What would you want to know about IT each month to feel in control without getting into the details?",
            "When a vendor underdelivers today, who holds them to account on your behalf?",
        ],
        unknown: "\"Don't know\" answers here usually mean knowledge about IT sits with individual people or providers rather than with the company, which is itself the transparency gap.",
    },
    BlockTalk {
        block: BlockId::CostEffective,
        stakes: "A weak score here means IT spending is neither planned nor checked, so forgotten subscriptions, unplanned purchases and manual work quietly raise the cost of running the business.",
        openers: [
            "Do you know what IT costs the company in total each year?",
            "When were your subscriptions, licenses and IT contracts last reviewed?",
            "Which IT spending would you like to see planned instead of arriving as a surprise?",
        ],
        questions: [
            "What did the company spend on IT last year in total, including people, providers, hardware, software and subscriptions?",
            "How often does an IT expense surprise you, and what was the most recent one?",
            "Which manual, repetitive tasks in the business would you most like to see automated?",
            "Who approves technology purchases today, and how do you find out afterward whether a purchase was worth it?",
        ],
        unknown: "\"Don't know\" answers here usually mean nobody owns the full picture of IT spending, so costs are paid as they arrive rather than managed.",
    },
];

/// Per quick-bank question ID, in bank order: what a "Don't know" answer reveals about the
/// company, one or two sentences for the rep.
pub static UNKNOWN_REVEALS: [(&str, &str); 36] = [
    // Continuous
    (
        "backup_restore",
        "Nobody has seen a restore succeed, so recovery is a hope rather than a plan. A test restore of one important system turns that unknown into a fact within days.",
    ),
    (
        "disaster_recovery",
        "If leadership doesn't know whether a recovery plan exists, there is none it could use on the day, so what comes back first would be decided under pressure.",
    ),
    (
        "incident_response",
        "Leadership cannot say what happens in the first hour of a cyber incident, so the first decisions, including calling the insurer, would be improvised.",
    ),
    (
        "security_rules",
        "Security and backup rules, if they exist, have no owner leadership knows of, so nobody checks that they are followed or that they still cover the biggest risks.",
    ),
    (
        "mfa",
        "Nobody can say whether a stolen password alone opens email or remote access, the way most break-ins at companies this size begin.",
    ),
    (
        "email_filtering",
        "Leadership does not know what stands between the inbox and a scam email, so every employee is the only filter.",
    ),
    (
        "admin_rights",
        "Nobody knows who can install software, which usually means most people can, and so can malware that tricks them.",
    ),
    (
        "accounts_access",
        "Nobody can say who still has access to what, which often means former employees' accounts and shared logins are still active somewhere.",
    ),
    (
        "lost_devices",
        "The company probably couldn't lock or wipe a lost device today, so a stolen laptop or phone could expose company data without anyone knowing what was on it.",
    ),
    (
        "security_awareness",
        "Staff have probably never been trained in a way leadership would notice, and since most breaches start with a single click, this is one of the cheapest gaps to close.",
    ),
    // Competent
    (
        "endpoint_protection",
        "Leadership cannot say whether anyone would notice an attack in progress on a company computer, or how quickly.",
    ),
    (
        "patching",
        "Nobody reports on updates, so some computers or servers may be missing fixes that attackers already use.",
    ),
    (
        "reliable_systems",
        "Nobody tracks the age of the equipment, so some machines may be running past the point where they are likely to fail.",
    ),
    (
        "it_tools",
        "Leadership has never seen a list of its equipment or support requests, which often means neither is recorded anywhere the company owns.",
    ),
    (
        "staff_productivity",
        "Leadership hasn't looked at how well people use their software, so time lost to workarounds is probably invisible.",
    ),
    (
        "systems_fit",
        "Nobody has looked at how data moves between systems, so re-typing and errors are probably costing time nobody has counted.",
    ),
    (
        "it_leadership",
        "If the owner can't name who leads IT, nobody does, so direction, security risk and vendor decisions fall to the owner, usually without the time to give them proper attention.",
    ),
    // Charged
    (
        "support_response",
        "Response times have never been agreed or reported, so nobody can say whether support is fast enough for what the business needs.",
    ),
    (
        "proactive_care",
        "Leadership can't see whether anyone looks after IT before problems appear, which usually means maintenance happens only when someone has spare time.",
    ),
    (
        "business_reviews",
        "Not knowing whether IT is reviewed with leadership means it isn't, at least not in business terms. A first review meeting is the easiest gap to close and can happen within weeks.",
    ),
    (
        "who_does_what",
        "Responsibilities across staff, provider and vendors have never been written down where leadership can see them, so whatever nobody owns falls to the owner by default.",
    ),
    // Conscious
    (
        "it_strategy",
        "There is no IT roadmap leadership has agreed on, so technology decisions are being made one purchase at a time.",
    ),
    (
        "yearly_it_plan",
        "No yearly IT plan has reached leadership, so IT time and money go to whatever is most urgent or whoever asks loudest.",
    ),
    (
        "plan_follow_through",
        "Leadership can't say whether agreed IT projects get done, which usually means nobody tracks them and some have quietly stalled.",
    ),
    // Controlled
    (
        "it_targets",
        "IT has no targets that leadership reviews, so the company judges IT by complaints rather than by numbers.",
    ),
    (
        "project_delivery",
        "Nobody reports project cost and timing against plan, so overruns are probably happening without being noticed or learned from.",
    ),
    (
        "it_audits",
        "If nobody remembers an independent review, there probably hasn't been one, so security and backups have only been checked by the people who set them up.",
    ),
    (
        "it_organization",
        "How IT work is organized lives in people's heads rather than on paper, which makes the company dependent on those individuals staying.",
    ),
    // Clear
    (
        "it_reports",
        "Leadership gets no IT reporting it recognizes, so IT is visible only as a cost and an occasional problem.",
    ),
    (
        "key_person_risk",
        "The company probably depends on one person's memory for passwords, contacts and how things work, and nobody has checked what would happen if that person left.",
    ),
    (
        "service_expectations",
        "Leadership has never agreed what level of IT service the business needs, so good service means something different to everyone and cannot be checked.",
    ),
    (
        "vendor_management",
        "No one visibly owns the vendor contracts, so renewals, prices and service quality are probably running on autopilot.",
    ),
    // CostEffective
    (
        "it_budget",
        "The company can't say what IT costs in total, so spending is paid as it comes rather than planned and compared with a budget.",
    ),
    (
        "process_improvement",
        "Nobody is looking for time or money IT could save, so manual work and inefficient processes carry on by default.",
    ),
    (
        "management_framework",
        "Leadership has never seen how IT is run from month to month, so it is probably handled problem by problem.",
    ),
    (
        "it_purchasing",
        "Nobody tracks what the company buys or subscribes to, which usually means unused licenses and forgotten subscriptions are adding to the bill.",
    ),
];

/// Per delivery area ID, in framework order: how the rep pitches this area as a first
/// project, in business terms (outcome, time to value, low risk).
pub static FIRST_PROJECT_PITCH: [(&str, &str); 27] = [
    // Continuous
    (
        "continuous.backup",
        "We check that every important system is backed up, add a copy that ransomware cannot reach, and restore real data to prove it works, so you know what you could recover and how fast.",
    ),
    (
        "continuous.drp",
        "We start with a short session to agree what the business needs back first after a major outage, which gives leadership a clear recovery priority list within weeks and a sound base for the full plan.",
    ),
    (
        "continuous.security_practices",
        "We start with short staff training, a written incident response plan and security rules with a named owner, the evidence insurers and auditors ask for first.",
    ),
    (
        "continuous.security_basics",
        "We turn on two-step sign-in for email, remote access and admin accounts, remove everyday admin rights, and encrypt and manage every company laptop and phone.",
    ),
    // Competent
    (
        "competent.managed_services",
        "We put monitored protection on every computer and server, log every request and build a complete equipment list you can see.",
    ),
    (
        "competent.proactive",
        "We find the tasks where your people lose the most time and address them with targeted training or by connecting two systems, with the hours measured before and after.",
    ),
    (
        "competent.uptime",
        "We put every computer and server on a security update schedule with a monthly report, and list the equipment due for replacement so it becomes a planned cost.",
    ),
    (
        "competent.vcio",
        "An experienced part-time IT leader takes ownership of direction, security risk and vendors, and reports to you on each.",
    ),
    // Charged
    (
        "charged.managed_services",
        "We put support on a written agreement with clear response times, a named service manager and every request tracked, so within weeks you know what to expect and can check that it happens.",
    ),
    (
        "charged.proactive",
        "We replace fixing things after they break with scheduled maintenance, regular check-ins with your staff and a quarterly business review, so small issues are dealt with before they interrupt work.",
    ),
    (
        "charged.responsibility",
        "In one or two workshops we map who is responsible for each part of IT across your staff, provider and vendors, so the gaps that now land on your desk are named and assigned within weeks.",
    ),
    // Conscious
    (
        "conscious.strategy_retreat",
        "In a few focused hours with leadership we turn your business goals into a short, prioritized IT roadmap, so technology spending has a clear direction from the next budget cycle on.",
    ),
    (
        "conscious.operational_planning",
        "In a few short sessions we turn your priorities into a one-year IT plan with budget, owners and the time they need, so the year's IT spending is agreed in advance rather than decided under pressure.",
    ),
    (
        "conscious.execution",
        "We set up a simple rhythm of quarterly goals and monthly check-ins for the IT projects you have already agreed, so progress is visible to you.",
    ),
    // Controlled
    (
        "controlled.performance",
        "We agree a handful of IT targets, such as uptime, support speed and project progress, and review them with you each month, so within a quarter you manage IT by numbers instead of complaints.",
    ),
    (
        "controlled.execution_practices",
        "We run your next IT project with a plan, a budget that allows for risk, an owner and regular updates for the people affected, and review it when it closes.",
    ),
    (
        "controlled.audits",
        "An independent review of your security, backups and IT management gives you a prioritized list of gaps within a few weeks, and a document you can show insurers, auditors and customers.",
    ),
    (
        "controlled.organization",
        "We start by writing down how IT work gets done and who does it, in one shared place, so the company owns that knowledge instead of depending on individual memory.",
    ),
    // Clear
    (
        "clear.reporting",
        "We set up a short monthly IT report in plain business language covering systems, support, projects and vendors, so from the first month you can see what IT delivers without technical detail.",
    ),
    (
        "clear.responsibility",
        "A short workshop and a few interviews show who the business depends on for each part of IT and where one departure could stop work, so key-person risk is named and covered within weeks.",
    ),
    (
        "clear.internal_sla",
        "In a few short sessions leadership agrees in writing how fast fixes must come and what must never stop, which gives everyone working on your IT one clear definition of good service.",
    ),
    (
        "clear.tools",
        "We move passwords, IT documents, plans and the IT budget into shared company tools, which takes a few weeks and means that knowledge and access belong to the company, not to one person's laptop.",
    ),
    (
        "clear.vendors",
        "We gather all your IT contracts in one list with renewal dates and review price and service with each vendor before its next renewal.",
    ),
    // Cost effective
    (
        "cost_effective.budget",
        "We build a complete IT budget covering people, providers, hardware, software and subscriptions and compare it with actual spending each quarter, so IT costs stop being a surprise.",
    ),
    (
        "cost_effective.operations",
        "We review one or two of your main processes for manual, repeated work and propose specific improvements with the time or money each would save, for you to decide on.",
    ),
    (
        "cost_effective.framework_vcio",
        "We run your IT with one written management method: the same checks every month, quarter and year, which you can see.",
    ),
    (
        "cost_effective.procurement",
        "We list every license and subscription, mark what nobody uses for you to cancel, and set simple purchase rules with standard devices.",
    ),
];

/// Per way of running IT today ([`itcq_core::profile::ItManagement`] ID): the opening
/// question that fits who the rep is talking to, and how to frame the first project.
pub static IT_ANGLES: [(&str, &str, &str); 4] = [
    (
        "executive_part_time",
        "You run IT yourself next to the business: how much of your week does it take, and what would you rather spend that time on?",
        "Offer it as work taken off the owner's desk; they keep the decisions.",
    ),
    (
        "internal_admin",
        "Your administrator keeps things running: what would help them most, another pair of hands on routine work or someone to plan with?",
        "Offer it as support for their administrator, who stays in charge.",
    ),
    (
        "outsourced_msp",
        "You already work with an IT provider: would a second opinion on these areas be useful, alongside them rather than instead of them?",
        "Offer it as a second opinion next to their current provider, not a replacement.",
    ),
    (
        "internal_department",
        "You have your own IT team: where would outside support help them most, with specialist skills, peak work or an independent view?",
        "Offer it as help for their IT team, which keeps ownership.",
    ),
];

/// Per industry ID ([`itcq_core::profile::Industry`]): a discovery question about what
/// that industry's customers, regulators or insurers ask of IT.
pub static INDUSTRY_QUESTIONS: [(&str, &str); 15] = [
    (
        "professional_services",
        "Do clients ask how you protect their documents, in contracts or security questionnaires, and what do you answer?",
    ),
    (
        "legal",
        "Client confidentiality is your business: has a client or your bar association asked how you protect case files and email?",
    ),
    (
        "finance",
        "Which regulator or auditor reviews your IT, and what did they ask about last time?",
    ),
    (
        "healthcare",
        "Patient data falls under strict rules: when did someone last check how yours is protected and who can reach it?",
    ),
    (
        "manufacturing",
        "If production systems or the ERP stopped for a day, what would that cost in output and delivery dates?",
    ),
    (
        "construction",
        "How do your crews on site reach plans, email and time sheets, and what happens when a device goes missing?",
    ),
    (
        "retail",
        "If your checkout or web shop went down on your busiest day, what would it cost?",
    ),
    (
        "hospitality",
        "How are bookings and card payments protected, and what happens when the booking system is down?",
    ),
    (
        "logistics",
        "If tracking or dispatch systems stopped, how long could you keep deliveries moving?",
    ),
    (
        "education",
        "Who can reach student data today, and how do you know former staff no longer can?",
    ),
    (
        "nonprofit",
        "Do donors or funders ask how you protect their data, and how much IT can your budget carry?",
    ),
    (
        "public_sector",
        "Which rules or audits apply to your IT, and when were you last reviewed?",
    ),
    (
        "technology",
        "Do customers ask for security evidence in contracts or questionnaires, and how long does answering take?",
    ),
    (
        "other",
        "Which customers, insurers or partners ask about your IT today, and what do they ask?",
    ),
    (
        "accounting",
        "Your clients trust you with their financial and tax data: have clients, your professional body or your insurer asked how you protect it, and what did you answer?",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use itcq_core::bank::Bank;
    use itcq_core::framework::AREAS;
    use itcq_core::profile::{Industry, ItManagement};

    #[test]
    fn talking_material_lines_up_with_the_framework() {
        for (t, id) in TALK.iter().zip(BlockId::ALL) {
            assert_eq!(t.block, id);
        }
        let quick_ids: Vec<&str> = Bank::quick()
            .questions
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        let reveal_ids: Vec<&str> = UNKNOWN_REVEALS.iter().map(|(id, _)| *id).collect();
        assert_eq!(reveal_ids, quick_ids);
        let area_ids: Vec<&str> = AREAS.iter().map(|a| a.id).collect();
        let pitch_ids: Vec<&str> = FIRST_PROJECT_PITCH.iter().map(|(id, _)| *id).collect();
        assert_eq!(pitch_ids, area_ids);
        let angle_ids: Vec<&str> = IT_ANGLES.iter().map(|(id, _, _)| *id).collect();
        let itm_ids: Vec<&str> = ItManagement::ALL.iter().map(|m| m.as_str()).collect();
        assert_eq!(angle_ids, itm_ids);
        let industry_ids: Vec<&str> = INDUSTRY_QUESTIONS.iter().map(|(id, _)| *id).collect();
        let all: Vec<&str> = Industry::ALL.iter().map(|i| i.as_str()).collect();
        assert_eq!(industry_ids, all);
    }

    #[test]
    fn openers_are_questions() {
        for t in &TALK {
            for o in t.openers {
                assert!(o.ends_with('?'), "{o}");
            }
        }
        for (_, opener, _) in &IT_ANGLES {
            assert!(opener.ends_with('?'), "{opener}");
        }
        for (_, q) in &INDUSTRY_QUESTIONS {
            assert!(q.ends_with('?'), "{q}");
        }
    }
}
