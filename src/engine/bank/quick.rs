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
        text: en!(
            "If a laptop, a server or a cloud account lost its data tomorrow, how sure are you that you could get it all back?"
        ),
        help: en!(
            "Backups only count if someone has actually restored from them. \"Offsite\" means a copy kept outside the office, for example in the cloud, safe from fire or ransomware."
        ),
        options: [
            en!("We have no regular backups, or I don't think we do."),
            en!("Some data is backed up, but it depends on individual people remembering."),
            en!("Automatic backups run for the main systems, but no one has tested a restore."),
            en!(
                "Automatic backups of everything important, with a copy stored offsite; restores are tested now and then."
            ),
            en!(
                "Automatic, monitored backups with an offsite copy; restores are tested on a schedule and failures are fixed the same day."
            ),
        ],
    },
    QuickQuestion {
        id: "disaster_recovery",
        block: BlockId::Continuous,
        services: &[
            "continuous.drp.business_assessment",
            "continuous.drp.it_assessment",
            "continuous.drp.plan_development",
            "continuous.drp.plan_implementation",
            "continuous.drp.plan_audits",
            "continuous.backup.recovery_plan",
        ],
        weight: Weight::High,
        text: en!(
            "If your office or your main systems were out for a week, is there a written plan to keep the business running?"
        ),
        help: en!(
            "A disaster recovery plan says what the business needs back first, how IT restores it and who does what after a fire, flood, ransomware or major outage. It only works if it is tested."
        ),
        options: [
            en!("No plan; we would work it out on the day."),
            en!("We have a rough idea of what we'd do, but nothing is written down."),
            en!(
                "There is a written plan for our IT systems, but it isn't based on what the business needs first."
            ),
            en!(
                "A written plan, built from our business priorities, says what comes back first, how, and who does it."
            ),
            en!(
                "Our written plan is rehearsed and audited every year, and updated whenever the business changes."
            ),
        ],
    },
    QuickQuestion {
        id: "security_rules",
        block: BlockId::Continuous,
        services: &[
            "continuous.backup.policy",
            "continuous.backup.responsibilities",
            "continuous.security_practices.infosec_policy",
            "continuous.security_practices.risk_management",
            "continuous.security_practices.ethical_hacking",
            "continuous.security_practices.policies_procedures",
            "continuous.security_practices.governance",
        ],
        weight: Weight::Medium,
        text: en!(
            "Are your IT security and backup rules written down, with an owner and regular checks of your biggest risks?"
        ),
        help: en!(
            "Written rules cover things like who may access what, what is backed up and who checks it, and what to do after an incident. A \"penetration test\" is when experts try to break in on purpose to find weak spots first."
        ),
        options: [
            en!("No written rules; everyone does what seems sensible."),
            en!("Some rules exist in emails or in people's heads, but no one owns them."),
            en!(
                "Written security and backup rules exist, but they're rarely updated and no one checks they're followed."
            ),
            en!(
                "A named person owns our rules, checks backups are handled as agreed and reviews our main risks every year."
            ),
            en!(
                "Leadership reviews rules and risks regularly, and outside experts test our defences (penetration test)."
            ),
        ],
    },
    QuickQuestion {
        id: "security_awareness",
        block: BlockId::Continuous,
        services: &["continuous.security_practices.guidelines_education"],
        weight: Weight::High,
        text: en!(
            "Would your staff recognise a fake email or a phone scam, and do they know what to do about it?"
        ),
        help: en!(
            "Most breaches start with someone clicking a link or giving away a password. Clear guidelines and short, regular training are among the cheapest protections there are."
        ),
        options: [
            en!("Staff have never had any security training or guidance."),
            en!("We warn people by email now and then, usually after something has happened."),
            en!("New staff get security guidelines, but there is no regular training."),
            en!(
                "Everyone gets short security training every year and knows how to report a suspicious email."
            ),
            en!(
                "Regular training with practice phishing emails; results are tracked and people who slip get extra help."
            ),
        ],
    },
    QuickQuestion {
        id: "accounts_access",
        block: BlockId::Continuous,
        services: &[
            "continuous.security_practices.user_lifecycle",
            "continuous.security_practices.password_management",
            "continuous.security_practices.physical_security",
            "continuous.security_basics.access_management",
            "continuous.security_basics.onsite_access",
            "continuous.security_basics.online_access",
        ],
        weight: Weight::High,
        text: en!(
            "When someone joins, changes role or leaves, how well do you control which systems, files and rooms they can get into?"
        ),
        help: en!(
            "Access should match each person's job and end on their last day. Two-step login (MFA) asks for a code or app approval on top of the password, which stops most stolen-password attacks."
        ),
        options: [
            en!("People share logins, and old accounts stay open after people leave."),
            en!("We add and remove accounts when we remember; most people can see most files."),
            en!(
                "Accounts are closed when people leave, but access rights and passwords are never reviewed."
            ),
            en!(
                "Access is set by role from a checklist, with strong passwords and two-step login (MFA) on email and key apps."
            ),
            en!(
                "Access by role, reviewed regularly; MFA everywhere; a password manager; the server or network room is locked."
            ),
        ],
    },
    QuickQuestion {
        id: "lost_devices",
        block: BlockId::Continuous,
        services: &[
            "continuous.security_practices.byod",
            "continuous.security_basics.mobile_device_management",
            "continuous.security_basics.encryption",
        ],
        weight: Weight::High,
        text: en!(
            "If a laptop or phone with company email on it were lost or stolen, could you lock it and keep the data safe?"
        ),
        help: en!(
            "Encryption scrambles a device's data so a thief can't read it. Device management software lets you lock or wipe company data remotely, also on staff's own phones (\"BYOD\", bring your own device)."
        ),
        options: [
            en!("No; we couldn't lock or wipe it, and the data on it isn't protected."),
            en!(
                "We could change the passwords, but the data on the device would still be readable."
            ),
            en!("Company laptops are encrypted, but phones and personal devices aren't managed."),
            en!(
                "All company devices are encrypted and managed; we can lock or wipe them remotely."
            ),
            en!(
                "Company and personal devices follow a clear policy: encrypted, remotely wipeable, and checked regularly."
            ),
        ],
    },
    // Competent
    QuickQuestion {
        id: "it_tools",
        block: BlockId::Competent,
        services: &[
            "competent.managed_services.rmm",
            "competent.managed_services.psa",
            "competent.managed_services.knowledge_base",
            "competent.managed_services.noc",
            "competent.managed_services.disaster_recovery",
            "competent.managed_services.asset_management",
        ],
        weight: Weight::Medium,
        text: en!(
            "Does your IT team or provider use proper tools to watch your systems, log every request and track all equipment?"
        ),
        help: en!(
            "Monitoring software warns about problems before staff notice them, a ticketing system records every request so nothing gets lost, and an asset list tracks every device and licence."
        ),
        options: [
            en!("No; problems are noticed when someone complains, and nothing is recorded."),
            en!("Requests come by phone or email; there is no full list of our equipment."),
            en!(
                "Requests are logged and some systems are monitored, but the equipment list is out of date."
            ),
            en!(
                "All devices are monitored, and requests, equipment and how-to notes are kept in one system."
            ),
            en!(
                "A team watches our systems around the clock; equipment list, documentation and recovery steps stay current."
            ),
        ],
    },
    QuickQuestion {
        id: "reliable_systems",
        block: BlockId::Competent,
        services: &[
            "competent.uptime.redundant_infrastructure",
            "competent.uptime.standardized_infrastructure",
            "competent.uptime.server_patching",
            "competent.uptime.desktop_patching",
            "competent.uptime.lifecycle_recycle",
        ],
        weight: Weight::High,
        text: en!(
            "How well are your computers and servers kept up to date, standardised and replaced before they fail?"
        ),
        help: en!(
            "\"Patching\" means installing the security updates vendors release; unpatched systems are a top cause of breaches. Standard, planned equipment breaks less and costs less to support."
        ),
        options: [
            en!(
                "We fix things when they break; updates and replacements happen when someone finds time."
            ),
            en!(
                "Each person updates their own computer; equipment is a mix of models, kept until it dies."
            ),
            en!("Computers update automatically, but servers and older machines are hit and miss."),
            en!(
                "Computers and servers are updated on a schedule; we buy standard models and replace them on a plan."
            ),
            en!(
                "Updates checked within days; standard kit replaced and safely disposed of on plan; critical systems doubled."
            ),
        ],
    },
    QuickQuestion {
        id: "staff_productivity",
        block: BlockId::Competent,
        services: &[
            "competent.proactive.end_user_training",
            "competent.proactive.self_service_kb",
            "competent.proactive.personal_effectiveness",
            "competent.proactive.process_alignment",
            "competent.proactive.system_integration",
        ],
        weight: Weight::Medium,
        text: en!(
            "Do your people get help to use their software well, and do your systems fit the way your business works?"
        ),
        help: en!(
            "Most companies use a fraction of the software they already pay for. Training, simple how-to guides and connected systems (no re-typing data from one to another) turn IT into time saved."
        ),
        options: [
            en!("People learn software on their own; there is a lot of re-typing between systems."),
            en!(
                "Help comes only when someone asks; data is copied by hand between our main systems."
            ),
            en!(
                "New staff get an introduction and there are some how-to guides; a few systems are connected."
            ),
            en!(
                "Regular short trainings and a self-help guide; our main systems are connected and match how we work."
            ),
            en!(
                "Ongoing training and productivity tips; guides kept current; processes and systems reviewed every year."
            ),
        ],
    },
    QuickQuestion {
        id: "it_leadership",
        block: BlockId::Competent,
        services: &[
            "competent.vcio.strategy_development",
            "competent.vcio.strategy_execution",
            "competent.vcio.general_leadership",
            "competent.vcio.infrastructure_management",
            "competent.vcio.security_risk",
            "competent.vcio.consultancy_representation",
        ],
        weight: Weight::High,
        text: en!(
            "Who leads IT for your company: sets its direction, owns the security risk and speaks for you with vendors?"
        ),
        help: en!(
            "Few companies your size need a full-time IT director (CIO), but someone has to play that role. A virtual CIO (vCIO) is an experienced outside IT executive who does it part-time."
        ),
        options: [
            en!("No one; IT decisions get made when something goes wrong."),
            en!("I or another executive handle it on the side, without an IT background."),
            en!("Our IT person or provider advises us, but mostly on technical matters."),
            en!(
                "A named IT leader (in-house or a vCIO) owns IT direction, security and vendors, and meets us regularly."
            ),
            en!(
                "An experienced IT leader (in-house or vCIO) owns strategy, delivery, security and vendors, and reports to us."
            ),
        ],
    },
    // Charged
    QuickQuestion {
        id: "support_response",
        block: BlockId::Charged,
        services: &[
            "charged.managed_services.ticketing",
            "charged.managed_services.disaster_recovery",
            "charged.managed_services.sla_ticketing",
            "charged.managed_services.service_manager",
            "charged.managed_services.sla_overtime",
            "charged.managed_services.sla_special_devices",
        ],
        weight: Weight::Medium,
        text: en!(
            "When something breaks, how fast is it fixed, and is that speed agreed in writing?"
        ),
        help: en!(
            "A service level agreement (SLA) sets how fast your IT team or provider must respond and fix issues. A ticketing system logs every request so you can see it is being handled."
        ),
        options: [
            en!("We call whoever might know and hope for the best."),
            en!("We have an IT person or provider, but no agreed response times."),
            en!(
                "Requests are logged and there is a rough promise on response times, not always kept."
            ),
            en!(
                "A written SLA with response times, a named service manager, and every request tracked until it's closed."
            ),
            en!(
                "The SLA also covers after-hours work, special equipment and disasters; results are reviewed with us."
            ),
        ],
    },
    QuickQuestion {
        id: "proactive_care",
        block: BlockId::Charged,
        services: &[
            "charged.proactive.maintenance",
            "charged.proactive.end_user_training",
            "charged.proactive.optimization",
            "charged.proactive.onsite_feedback",
        ],
        weight: Weight::Medium,
        text: en!(
            "Does someone look after your IT before problems appear: routine maintenance, tuning and checking in with your staff?"
        ),
        help: en!(
            "Preventing problems costs less than fixing emergencies. Asking staff what slows them down, and training them when things change, stops small issues becoming daily frustrations."
        ),
        options: [
            en!("No; IT only gets attention when something breaks."),
            en!("Some maintenance happens, but only when someone has spare time."),
            en!(
                "Routine maintenance is scheduled, but no one asks staff how IT is working for them."
            ),
            en!(
                "Scheduled maintenance and tuning, regular check-ins with staff, and training when systems change."
            ),
            en!(
                "Maintenance, tuning, staff feedback and training follow a plan; what was found and fixed is reported to us."
            ),
        ],
    },
    QuickQuestion {
        id: "business_reviews",
        block: BlockId::Charged,
        services: &["charged.proactive.quarterly_reviews"],
        weight: Weight::Medium,
        text: en!(
            "Does your IT provider or IT lead meet you regularly to review how IT serves the business, not just what broke?"
        ),
        help: en!(
            "A quarterly business review looks at what went well, what hurt, upcoming risks and what to improve next, in business terms rather than technical ones."
        ),
        options: [
            en!("No; we only talk to IT when there's a problem."),
            en!("We meet now and then, mostly about technical issues or a new purchase."),
            en!("There is a yearly conversation about IT, but without data or follow-up."),
            en!(
                "Every quarter we review IT with data on issues, risks and plans, and agree next steps."
            ),
            en!(
                "Quarterly reviews tie IT to our business goals; agreed actions are tracked and reported back."
            ),
        ],
    },
    QuickQuestion {
        id: "who_does_what",
        block: BlockId::Charged,
        services: &[
            "charged.responsibility.cio_role",
            "charged.responsibility.main_categories",
            "charged.responsibility.education",
            "charged.responsibility.ticketing_aligned",
            "charged.responsibility.contracts",
        ],
        weight: Weight::High,
        text: en!(
            "Is it written down who is responsible for each part of your IT: your staff, your provider and each vendor?"
        ),
        help: en!(
            "A typical company relies on 15 or more IT parties (internet, software, cloud, hardware, support); a responsibility matrix lists who does what. If no one owns something, in practice the CEO does."
        ),
        options: [
            en!("No; we work it out when a problem comes up."),
            en!("It's roughly known but not written down, so things fall through the cracks."),
            en!("A list of who does what exists, but it is incomplete or out of date."),
            en!(
                "A complete written list of responsibilities, including who leads IT, that everyone involved knows."
            ),
            en!(
                "The list is part of our contracts and our ticketing system, kept current, and new people are taught it."
            ),
        ],
    },
    // Conscious
    QuickQuestion {
        id: "it_strategy",
        block: BlockId::Conscious,
        services: &[
            "conscious.strategy_retreat.external_swot",
            "conscious.strategy_retreat.internal_swot",
            "conscious.strategy_retreat.business_modelling",
            "conscious.strategy_retreat.it_functions_planning",
            "conscious.strategy_retreat.strategic_initiatives",
            "conscious.strategy_retreat.roadmap",
        ],
        weight: Weight::Medium,
        text: en!(
            "Does your company have a 2–3 year IT roadmap that follows from your business goals?"
        ),
        help: en!(
            "An IT roadmap lists, in order, the few technology initiatives that matter most for where the business is going. It can be built in a few focused hours, not weeks."
        ),
        options: [
            en!("No; we buy technology as needs come up."),
            en!("We have ideas, but nothing written down or agreed."),
            en!("There is a list of IT projects, but it isn't linked to our business goals."),
            en!(
                "A written roadmap built from our business goals, strengths and weaknesses, with agreed initiatives."
            ),
            en!(
                "The roadmap is revisited every year in a strategy session with leadership and updated as the business changes."
            ),
        ],
    },
    QuickQuestion {
        id: "business_it_map",
        block: BlockId::Conscious,
        services: &[
            "conscious.strategy_retreat.infrastructure_audit",
            "conscious.strategy_retreat.virtual_it_evaluation",
            "conscious.strategy_retreat.business_functions_mapping",
            "conscious.strategy_retreat.business_processes_mapping",
        ],
        weight: Weight::Low,
        text: en!(
            "When you plan IT, do you look at how work flows through the business and which systems and providers support it?"
        ),
        help: en!(
            "Mapping which business activities depend on which systems and providers shows where IT holds you back and where money is wasted."
        ),
        options: [
            en!("We have never looked at IT this way."),
            en!("We know our main systems, but haven't connected them to how the business works."),
            en!("We have listed our systems and providers, but not mapped them to our processes."),
            en!(
                "Our main business processes are mapped to the systems and providers that support them."
            ),
            en!(
                "Processes, systems and providers are mapped and assessed together, and revisited at every strategy review."
            ),
        ],
    },
    QuickQuestion {
        id: "yearly_it_plan",
        block: BlockId::Conscious,
        services: &[
            "conscious.operational_planning.budgeting",
            "conscious.operational_planning.capacity",
            "conscious.operational_planning.priorities",
            "conscious.operational_planning.resource_redistribution",
            "conscious.operational_planning.finalizing",
        ],
        weight: Weight::Medium,
        text: en!(
            "Is there a yearly IT plan that sets priorities, budget, and the people and time needed to deliver it?"
        ),
        help: en!(
            "A yearly plan turns the strategy into concrete projects and decisions, so IT time and money go to what matters most, not to whoever shouts loudest."
        ),
        options: [
            en!("No; we decide as things come up."),
            en!("We set an IT budget, but there is no plan for projects or people."),
            en!("We have a project list and a budget, but priorities and people aren't agreed."),
            en!(
                "A written yearly plan with priorities, budget, owners and the time they need, agreed with leadership."
            ),
            en!(
                "Built in structured sessions and signed off by leadership; people and time are reassigned to deliver it."
            ),
        ],
    },
    QuickQuestion {
        id: "plan_follow_through",
        block: BlockId::Conscious,
        services: &[
            "conscious.execution.quarterly_plan",
            "conscious.execution.monthly_cycle",
            "conscious.execution.weekly_cycle",
            "conscious.execution.project_system",
            "conscious.execution.quarterly_performance",
        ],
        weight: Weight::Medium,
        text: en!("Once IT projects are agreed, how reliably do they actually get done?"),
        help: en!(
            "Plans fail when no one sets time aside for them. A fixed rhythm of quarterly goals with monthly and weekly check-ins keeps projects moving."
        ),
        options: [
            en!("Projects get agreed, then rarely happen."),
            en!("Some get done, mostly when someone keeps pushing."),
            en!("Projects are tracked, but there is no regular rhythm of check-ins."),
            en!("Quarterly goals with monthly check-ins; every project has an owner and a plan."),
            en!(
                "Quarterly goals, monthly and weekly check-ins, one project system, and results reviewed every quarter."
            ),
        ],
    },
    // Controlled
    QuickQuestion {
        id: "it_targets",
        block: BlockId::Controlled,
        services: &[
            "controlled.performance.framework",
            "controlled.performance.infrastructure",
            "controlled.performance.management",
            "controlled.performance.strategy",
            "controlled.performance.vendor",
            "controlled.performance.user_development",
        ],
        weight: Weight::Medium,
        text: en!(
            "Does IT have measurable targets (like uptime, support speed or project progress) that you review regularly?"
        ),
        help: en!(
            "What isn't measured can't be managed. A few monthly or quarterly numbers show whether IT is getting better and where to act."
        ),
        options: [
            en!("No; we judge IT by how often people complain."),
            en!("We look at a few numbers when there's a problem."),
            en!("Some technical numbers are tracked, but no one sets targets or acts on them."),
            en!(
                "Targets for systems, support, projects and vendors are set and reviewed every quarter."
            ),
            en!(
                "Targets for systems, management, strategy, vendors and staff IT skills, reviewed monthly with action plans."
            ),
        ],
    },
    QuickQuestion {
        id: "project_delivery",
        block: BlockId::Controlled,
        services: &[
            "controlled.execution_practices.initiatives",
            "controlled.execution_practices.budget_risk",
            "controlled.execution_practices.visualization_planning",
            "controlled.execution_practices.change_communication",
            "controlled.execution_practices.project_close",
        ],
        weight: Weight::Medium,
        text: en!(
            "When you run an IT project, such as a new system or an office move, does it finish on time and on budget?"
        ),
        help: en!(
            "Good project practice means a clear plan, a budget that allows for risks, regular updates for the people affected and a proper close-out."
        ),
        options: [
            en!("Projects usually run late, over budget, or are never quite finished."),
            en!("We get there, but with surprises in cost, timing or disruption."),
            en!(
                "Projects have a plan and a budget, but risks and communication with staff are hit and miss."
            ),
            en!(
                "Every project has a plan, budget, risk list and staff communication, and is formally closed."
            ),
            en!(
                "One project method for all key initiatives; progress is visible, changes managed and lessons reviewed."
            ),
        ],
    },
    QuickQuestion {
        id: "it_audits",
        block: BlockId::Controlled,
        services: &[
            "controlled.audits.independent_auditor",
            "controlled.audits.audit_process",
            "controlled.audits.security_dr_backup",
            "controlled.audits.infrastructure_services",
            "controlled.audits.management",
        ],
        weight: Weight::Medium,
        text: en!(
            "When was your IT last checked by someone independent: security, backups, network, or how IT is managed?"
        ),
        help: en!(
            "An IT audit is a review against best practice by someone who didn't build the systems. It finds gaps before an attacker, an insurer or a customer does."
        ),
        options: [
            en!("Never."),
            en!("Once, years ago, or only after something went wrong."),
            en!("Our own IT person or provider checks things now and then, without a set method."),
            en!(
                "Every year, security, backups and disaster recovery are audited against a standard checklist."
            ),
            en!(
                "Scheduled independent audits of security, backups, systems and IT management; findings tracked to closure."
            ),
        ],
    },
    QuickQuestion {
        id: "it_organization",
        block: BlockId::Controlled,
        services: &[
            "controlled.organization.processes_policies",
            "controlled.organization.operation_manual",
            "controlled.organization.collaboration_platform",
            "controlled.organization.org_chart",
            "controlled.organization.competence_growth",
        ],
        weight: Weight::Low,
        text: en!(
            "Do your IT staff and providers work as one organised team, with clear roles and written procedures?"
        ),
        help: en!(
            "Your \"IT department\" is often many people across several companies. Written procedures, an IT org chart and a shared work platform keep them working as one team."
        ),
        options: [
            en!("No; IT work happens ad hoc and lives in people's heads."),
            en!("Some people know their part, but little is written down."),
            en!("Some procedures are written down, but roles and tools are scattered."),
            en!(
                "Written procedures and an IT manual, an IT org chart, and one shared platform for requests and plans."
            ),
            en!(
                "All of that kept current, and the people working on our IT have skills and growth plans."
            ),
        ],
    },
    // Clear
    QuickQuestion {
        id: "it_reports",
        block: BlockId::Clear,
        services: &[
            "clear.reporting.framework",
            "clear.reporting.infrastructure",
            "clear.reporting.management",
            "clear.reporting.strategy",
            "clear.reporting.vendor",
            "clear.reporting.user",
        ],
        weight: Weight::Medium,
        text: en!("Do you get regular, easy-to-read reports on how IT is doing?"),
        help: en!(
            "Good reports show leadership the handful of numbers that matter (systems, support, projects, vendors, users) without burying you in technical detail."
        ),
        options: [
            en!("No; we don't get any IT reports."),
            en!("Only technical reports that we don't really read or understand."),
            en!(
                "A monthly report on support requests or systems, but nothing on projects, vendors or users."
            ),
            en!(
                "Regular reports on systems, support, projects and vendors, in plain business language."
            ),
            en!(
                "A set of weekly-to-yearly reports on systems, management, strategy, vendors and users, discussed with us."
            ),
        ],
    },
    QuickQuestion {
        id: "key_person_risk",
        block: BlockId::Clear,
        services: &[
            "clear.responsibility.audit_workshop",
            "clear.responsibility.management",
            "clear.responsibility.dependency_risk",
        ],
        weight: Weight::High,
        text: en!(
            "If your IT person or provider disappeared tomorrow, would someone else know how things work and who to call?"
        ),
        help: en!(
            "Many companies depend on one person's memory. Reviewing who depends on whom shows where a single departure could stop the business."
        ),
        options: [
            en!("No; it's all in one person's head."),
            en!("We'd find our way eventually, but it would hurt for weeks."),
            en!("Some documentation and passwords are shared, but there would be gaps."),
            en!(
                "Responsibilities and key contacts are documented and kept current; key roles have a backup person."
            ),
            en!(
                "Responsibilities are reviewed in a yearly workshop, and dependency risks are assessed and covered."
            ),
        ],
    },
    QuickQuestion {
        id: "service_expectations",
        block: BlockId::Clear,
        services: &[
            "clear.internal_sla.creation",
            "clear.internal_sla.enforcement",
        ],
        weight: Weight::Low,
        text: en!(
            "Has your leadership agreed what IT service the business needs: how fast fixes must come, what must never stop?"
        ),
        help: en!(
            "An internal service level agreement (SLA) states the service your company expects from everyone working on IT, staff and providers. Without one, \"good IT\" means something different to everyone."
        ),
        options: [
            en!("No; everyone has their own idea of good IT service."),
            en!("We have talked about it, but nothing is agreed."),
            en!("We have expectations for some services, but they aren't written down or checked."),
            en!(
                "A written internal agreement sets the speed, quality and cost we expect from each key IT service."
            ),
            en!(
                "The agreement is checked regularly against the service we actually get, and gaps lead to action."
            ),
        ],
    },
    QuickQuestion {
        id: "it_management_tools",
        block: BlockId::Clear,
        services: &[
            "clear.tools.execution_tool",
            "clear.tools.maturity_tool",
            "clear.tools.document_management",
            "clear.tools.password_tool",
            "clear.tools.budget_tool",
        ],
        weight: Weight::Low,
        text: en!(
            "Do the people running your IT use shared tools for documents, passwords, projects and the IT budget?"
        ),
        help: en!(
            "A company password manager keeps shared passwords safe instead of in spreadsheets. Shared tools make IT work visible to you and save everyone time."
        ),
        options: [
            en!("No; it's spreadsheets, sticky notes and email."),
            en!("Passwords and documents sit in shared files or on one person's laptop."),
            en!(
                "We use a password manager, but documents, projects and budget live in separate spreadsheets."
            ),
            en!(
                "Dedicated tools for passwords, documents, projects and budget, used by everyone involved."
            ),
            en!(
                "Dedicated tools for all of these, plus a regular IT maturity score (like this assessment) to track progress."
            ),
        ],
    },
    QuickQuestion {
        id: "vendor_management",
        block: BlockId::Clear,
        services: &[
            "clear.vendors.erp",
            "clear.vendors.telco",
            "clear.vendors.cloud",
            "clear.vendors.general",
            "clear.vendors.printer",
        ],
        weight: Weight::Medium,
        text: en!(
            "Who manages your IT vendors (internet, phones, cloud, business software, printers), including prices and contracts?"
        ),
        help: en!(
            "Vendor management means reviewing price and service every year, holding vendors to their promises and switching when they don't deliver."
        ),
        options: [
            en!("No one; contracts renew automatically and we rarely check."),
            en!("We deal with vendors only when something breaks or a bill looks wrong."),
            en!(
                "Someone handles the big contracts; printers, phones and subscriptions run on autopilot."
            ),
            en!(
                "A named person or provider manages all IT vendors and reviews prices and service every year."
            ),
            en!(
                "All vendors have agreed service levels, are renegotiated yearly, and problems are escalated for us."
            ),
        ],
    },
    // Cost effective
    QuickQuestion {
        id: "it_budget",
        block: BlockId::CostEffective,
        services: &[
            "cost_effective.budget.planning",
            "cost_effective.budget.controls",
            "cost_effective.budget.reports",
        ],
        weight: Weight::High,
        text: en!(
            "Do you have an IT budget, and do you know how actual IT spending compares with it?"
        ),
        help: en!(
            "An IT budget covers everything IT: people, providers, hardware, software and subscriptions. Comparing plan and actual spending regularly prevents surprises."
        ),
        options: [
            en!("No IT budget; we pay the bills as they come."),
            en!("A rough figure in the company budget, but IT spending isn't tracked against it."),
            en!("A yearly IT budget, but we only compare it with actual spending at year end."),
            en!("A detailed IT budget, compared with actual spending every month or quarter."),
            en!(
                "A detailed budget, approval rules for spending, and monthly reports that leadership acts on."
            ),
        ],
    },
    QuickQuestion {
        id: "process_improvement",
        block: BlockId::CostEffective,
        services: &["cost_effective.operations.continuous_improvement"],
        weight: Weight::Medium,
        text: en!(
            "Does anyone regularly look for ways IT could save your team time or money, such as automating manual work?"
        ),
        help: en!(
            "Continuous improvement means regularly reviewing how work gets done and removing waste, with new tools, training or connecting systems."
        ),
        options: [
            en!("No; we keep doing things the way we always have."),
            en!("Improvements happen only when someone complains loudly enough."),
            en!("We improve a process now and then, when a project comes along."),
            en!(
                "Someone reviews our main processes regularly and proposes savings that we act on."
            ),
            en!(
                "A steady improvement cycle: processes reviewed, savings measured and reported, next steps agreed quarterly."
            ),
        ],
    },
    QuickQuestion {
        id: "management_framework",
        block: BlockId::CostEffective,
        services: &[
            "cost_effective.framework_vcio.methodology",
            "cost_effective.framework_vcio.certified_vcio",
            "cost_effective.framework_vcio.toolkit",
            "cost_effective.framework_vcio.community_education",
        ],
        weight: Weight::Low,
        text: en!(
            "Is your IT run with one proven management method, led by a qualified IT leader, so nothing is missed or wasted?"
        ),
        help: en!(
            "A management framework (such as 7C) is a complete map of what IT must cover, with tools to measure progress. A virtual CIO (vCIO), a part-time outside IT executive, can run it for you."
        ),
        options: [
            en!("No method; IT is handled problem by problem."),
            en!("Parts are handled (support, some security), but no one looks at the whole."),
            en!("We follow parts of a method, but not consistently."),
            en!(
                "A complete IT management framework, run by a qualified IT leader or vCIO with proper tools."
            ),
            en!(
                "A complete framework run by a certified vCIO with dedicated software, who keeps learning with peers."
            ),
        ],
    },
    QuickQuestion {
        id: "it_purchasing",
        block: BlockId::CostEffective,
        services: &[
            "cost_effective.procurement.purchase_policy",
            "cost_effective.procurement.standardized_devices",
            "cost_effective.procurement.licenses_subscriptions",
            "cost_effective.procurement.purchase_process",
        ],
        weight: Weight::Medium,
        text: en!("How does your company buy computers, software and subscriptions?"),
        help: en!(
            "Purchase rules and standard devices keep costs down and support simple. Unused software licences and forgotten subscriptions are a common hidden cost."
        ),
        options: [
            en!("Anyone buys what they need, however they like."),
            en!("Purchases need a manager's OK, but there are no standards or records."),
            en!("Most staff get standard devices, but software subscriptions aren't tracked."),
            en!(
                "Written purchase rules, standard devices, and a list of all our licences and subscriptions."
            ),
            en!(
                "Written rules and approvals, standard devices, and licences reviewed regularly so unused ones get cancelled."
            ),
        ],
    },
];
