//! Talking material for the rep briefing: per block, conversation openers and discovery
//! questions for a business conversation; per quick-bank question, what a "Don't know"
//! reveals; per delivery area, the pitch of it as a first project.
//!
//! The intent is the MSP 2.0 "trusted advisor" conversation, not a technical pitch: the rep
//! or vCIO talks with the owner about downtime, growth, customers, audits, staff time and
//! decisions, asks open questions that put a number on the impact, and proposes one small,
//! low-risk first project. Texts are plain American English, one complete sentence or two,
//! and work whatever the exact score is (the rep sees the score separately).

use itcq_core::framework::BlockId;

/// What a rep says and asks about one block.
pub struct BlockTalk {
    /// The block.
    pub block: BlockId,
    /// Why a weak score here matters to the business, one sentence for the rep.
    pub stakes: &'static str,
    /// Conversation openers: statements or open questions that start a business conversation.
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
            "Most owners have never been told how long the business could keep running if its main systems stopped, so I'd like to start there.",
            "Security is less about technology than about how long you can keep serving customers when something goes wrong.",
            "Insurers, banks and larger customers increasingly ask how a company protects its data, and it helps to have a clear answer ready.",
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
            "I'd like to understand how much of your team's week goes to working around technology instead of serving customers.",
            "Companies your size often pay for software features nobody uses, and the fix is usually training and connecting systems, not new purchases.",
            "When IT is run with the right tools and routines, most problems are solved before anyone notices, and your people can get on with their actual jobs.",
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
            "I'd like to talk about what happens in the hours after something breaks, because that is where most of the real cost sits.",
            "In most companies your size, a dozen or more outside parties touch IT, and the gaps between them are where things fall through.",
            "The best IT support is the kind you hardly notice, because problems are prevented and how IT serves the business is reviewed with you every quarter.",
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
            "Before we talk about technology at all, I'd like to hear where you want the business to be in two or three years.",
            "The companies that get the most from IT decide what the business needs first and then choose the technology, not the other way around.",
            "A few focused hours with leadership are usually enough to turn scattered IT ideas into a short roadmap everyone agrees on.",
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
            "You run the rest of the business on numbers, and IT can be measured the same way with a handful of figures reviewed each quarter.",
            "Projects like a new system or an office move are where IT budgets most often slip, and a simple, repeatable method prevents most of that.",
            "An independent check of security, backups and how IT is managed tends to find issues before a customer, insurer or auditor does.",
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
            "If nobody is clearly responsible for a part of IT, in practice the owner is, and most owners would rather know that in advance.",
            "Many companies depend on one person's memory for passwords, contacts and how things work, and that dependency is easy to reduce once it is visible.",
            "Good IT reporting gives you a handful of business numbers each month, not pages of technical detail.",
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
            "Most companies your size can't say what IT costs them in total, and getting that one number is often where real savings start.",
            "Forgotten subscriptions, unused licenses and a mix of equipment are common hidden costs, and they are usually quick to find.",
            "The goal is not to spend as little as possible on IT but to make sure each dollar is planned and buys something the business needs.",
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
pub static UNKNOWN_REVEALS: [(&str, &str); 31] = [
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
        "security_rules",
        "Security and backup rules, if they exist, have no owner leadership knows of, so nobody checks that they are followed or that they still cover the biggest risks.",
    ),
    (
        "security_awareness",
        "Staff have probably never been trained in a way leadership would notice, and since most breaches start with a single click, this is one of the cheapest gaps to close.",
    ),
    (
        "accounts_access",
        "Nobody can say who still has access to what, which often means former employees' accounts and shared logins are still active somewhere.",
    ),
    (
        "lost_devices",
        "The company probably couldn't lock or wipe a lost device today, so a stolen laptop or phone could expose company data without anyone knowing what was on it.",
    ),
    // Competent
    (
        "it_tools",
        "Leadership has no view of how IT work is tracked, which often means requests, equipment and know-how are not recorded anywhere the company owns.",
    ),
    (
        "reliable_systems",
        "Nobody reports on updates or equipment age, so some machines may be missing security updates or running past the point where they are likely to fail.",
    ),
    (
        "staff_productivity",
        "Leadership hasn't looked at how well people use their tools, so time lost to workarounds and re-typing is probably invisible and unmeasured.",
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
        "business_it_map",
        "Nobody has connected the company's processes to the systems and providers behind them, so it is unclear where IT slows work down or where money is wasted.",
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
        "it_management_tools",
        "The owner doesn't know where passwords, documents and IT plans are kept, which often means they sit in spreadsheets or on one person's laptop.",
    ),
    (
        "vendor_management",
        "No one visibly owns the vendor contracts, so renewals, prices and service quality are probably running on autopilot.",
    ),
    // Cost effective
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
        "IT has no overall method that leadership knows of, so it is handled problem by problem and gaps show up only when something goes wrong.",
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
        "We make sure every important system is backed up with an offsite copy and prove it by restoring real data, so within a few weeks you know what you could recover and how fast.",
    ),
    (
        "continuous.drp",
        "We start with a short session to agree what the business needs back first after a major outage, which gives leadership a clear recovery priority list within weeks and a sound base for the full plan.",
    ),
    (
        "continuous.security_practices",
        "We begin with what stops most real incidents, short staff training and written security rules with a named owner, so risk drops noticeably within the first month without disrupting work.",
    ),
    (
        "continuous.security_basics",
        "We encrypt and manage every company laptop and phone and add two-step login to email and key apps, so within a few weeks a lost device or stolen password no longer becomes a data breach.",
    ),
    // Competent
    (
        "competent.managed_services",
        "We bring your systems under monitoring, log every request and build a complete equipment list, so problems are caught before staff notice and you can see the work being done from the first month.",
    ),
    (
        "competent.proactive",
        "We find the few tasks where your people lose the most time and fix them with targeted training or by connecting two systems, which usually pays back in hours saved within the first quarter.",
    ),
    (
        "competent.uptime",
        "We put every computer and server on a regular update schedule and list the equipment due for replacement, so the likeliest causes of downtime are handled within weeks and replacements become planned costs.",
    ),
    (
        "competent.vcio",
        "An experienced part-time IT leader takes ownership of direction, security risk and vendors, so IT decisions come off your desk from the first month at a fraction of the cost of a full-time hire.",
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
        "We set up a simple rhythm of quarterly goals and monthly check-ins for the IT projects you have already agreed, so stalled initiatives start moving within the first quarter and progress is easy to see.",
    ),
    // Controlled
    (
        "controlled.performance",
        "We agree a handful of IT targets, such as uptime, support speed and project progress, and review them with you each month, so within a quarter you manage IT by numbers instead of complaints.",
    ),
    (
        "controlled.execution_practices",
        "We run your next IT project with a clear plan, a budget that allows for risk and regular updates for the people affected, so it finishes on time and on budget and sets the pattern for the rest.",
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
        "We gather all your IT contracts in one place and review price and service with each vendor, which can pay for itself at the first renewal and puts you back in charge of those relationships.",
    ),
    // Cost effective
    (
        "cost_effective.budget",
        "We build a complete IT budget covering people, providers, hardware, software and subscriptions and compare it with actual spending each quarter, so IT costs stop being a surprise.",
    ),
    (
        "cost_effective.operations",
        "We review one or two of your main processes for manual, repeated work and propose specific improvements with the savings estimated, so you see measurable time or money back within a quarter.",
    ),
    (
        "cost_effective.framework_vcio",
        "We run your IT with one complete management method, led by a qualified vCIO and measured with assessments like this one, so nothing important is missed and progress is visible every quarter.",
    ),
    (
        "cost_effective.procurement",
        "We list every license and subscription, cancel what nobody uses and set simple purchase rules with standard devices, which often saves money in the first month and makes support cheaper afterward.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use itcq_core::bank::Bank;
    use itcq_core::framework::AREAS;

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
    }
}
