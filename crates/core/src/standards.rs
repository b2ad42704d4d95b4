//! Standards tags: which CIS Controls v8 Implementation Group 1 (IG1) safeguards and which
//! NIST Cybersecurity Framework (CSF) 2.0 categories each question of the quick bank and
//! each framework service (the full bank's question) relates to.
//!
//! A tag is a relation, not a compliance claim: it says that the item asks about the same
//! practice as the safeguard or category, so an answer is evidence toward it. A high score
//! does not mean a safeguard is implemented, nor a low one that it is missing. Only IG1
//! safeguards are used (the 56 "essential cyber hygiene" safeguards for small companies);
//! where a closer safeguard exists only in IG2 or IG3, the list leaves it out and the
//! comment above the entry usually names it. Many governance, strategy and budget items
//! relate to NIST's Govern categories only, and some to nothing: an empty list is
//! deliberate, not an omission.
//! Each list holds at most four safeguards and three categories, most relevant first.
//!
//! IDs only; the official names are the text layer's (`itcq_text::standards`).
//!
//! Sources (checked 2026-12-04):
//! - CIS Critical Security Controls v8 (May 2021), <https://www.cisecurity.org/controls/v8>,
//!   and its Implementation Group 1, <https://www.cisecurity.org/controls/implementation-groups/ig1>.
//!   Safeguard IDs, titles and groups as in the CIS Controls Assessment Specification,
//!   <https://controls-assessment-specification.readthedocs.io/> (that specification marks
//!   14.9 and 17.9 as IG1 too; CIS's own IG1 count of 56 and the v8 document place them in
//!   IG2, so they are left out).
//! - NIST CSF 2.0, NIST CSWP 29 (26 February 2024), <https://doi.org/10.6028/NIST.CSWP.29>,
//!   <https://www.nist.gov/cyberframework>: the 22 categories of the CSF Core.

use crate::bank::{Question, QuestionId, Scale};

/// The safeguards and categories an item relates to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Tags {
    /// CIS Controls v8 Implementation Group 1 safeguard IDs ("6.3"), most relevant first.
    pub cis: &'static [&'static str],
    /// NIST CSF 2.0 category IDs ("PR.AA"), most relevant first.
    pub nist: &'static [&'static str],
}

/// Every CIS Controls v8 IG1 safeguard ID, in numeric order.
pub const CIS_IG1: &[&str] = &[
    "1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.2",
    "4.3", "4.4", "4.5", "4.6", "4.7", "5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "6.4",
    "6.5", "7.1", "7.2", "7.3", "7.4", "8.1", "8.2", "8.3", "9.1", "9.2", "10.1", "10.2", "10.3",
    "11.1", "11.2", "11.3", "11.4", "12.1", "14.1", "14.2", "14.3", "14.4", "14.5", "14.6", "14.7",
    "14.8", "15.1", "17.1", "17.2", "17.3",
];

/// Every NIST CSF 2.0 category ID, in the framework's order.
pub const NIST_CATEGORIES: &[&str] = &[
    "GV.OC", "GV.RM", "GV.RR", "GV.PO", "GV.OV", "GV.SC", "ID.AM", "ID.RA", "ID.IM", "PR.AA",
    "PR.AT", "PR.DS", "PR.PS", "PR.IR", "DE.CM", "DE.AE", "RS.MA", "RS.AN", "RS.CO", "RS.MI",
    "RC.RP", "RC.CO",
];

/// Tags of the quick bank's questions, by question ID.
pub static QUICK: &[(&str, Tags)] = &[
    // Restore testing itself is 11.5, which is IG2.
    (
        "backup_restore",
        Tags {
            cis: &["11.2", "11.4", "11.1", "11.3"],
            nist: &["PR.DS", "RC.RP"],
        },
    ),
    // ID.IM-04: continuity plans are established and improved; PR.IR-03: resilience for a long outage.
    (
        "disaster_recovery",
        Tags {
            cis: &["11.1"],
            nist: &["RC.RP", "ID.IM", "PR.IR"],
        },
    ),
    // A written response plan is 17.4 (IG2); calling the insurer is RS.CO; ID.IM-04 covers the plan.
    (
        "incident_response",
        Tags {
            cis: &["17.1", "17.2", "17.3"],
            nist: &["RS.MA", "RS.CO", "ID.IM"],
        },
    ),
    // Policy, risk assessment and an owner are governance; penetration testing (Control 18) is IG2+.
    (
        "security_rules",
        Tags {
            cis: &[],
            nist: &["GV.PO", "ID.RA", "GV.RR"],
        },
    ),
    (
        "mfa",
        Tags {
            cis: &["6.3", "6.4", "6.5"],
            nist: &["PR.AA"],
        },
    ),
    // Email-server anti-malware (9.7) is not IG1; DNS filtering blocks malicious links.
    (
        "email_filtering",
        Tags {
            cis: &["9.2", "10.1", "9.1"],
            nist: &["PR.PS", "DE.CM"],
        },
    ),
    (
        "admin_rights",
        Tags {
            cis: &["5.4", "4.7"],
            nist: &["PR.AA"],
        },
    ),
    // Leavers first; a password manager serves unique passwords; PR.AA-06 covers physical access.
    (
        "accounts_access",
        Tags {
            cis: &["6.2", "6.1", "5.3", "5.2"],
            nist: &["PR.AA"],
        },
    ),
    // Device management sets the configuration (4.1); remote wipe (4.11) is IG2.
    (
        "lost_devices",
        Tags {
            cis: &["3.6", "4.3", "4.1", "1.1"],
            nist: &["PR.DS", "PR.PS", "ID.AM"],
        },
    ),
    (
        "security_awareness",
        Tags {
            cis: &["14.1", "14.2", "14.6", "14.3"],
            nist: &["PR.AT"],
        },
    ),
    // Behaviour-based EDR (10.7) is IG2; analysing alerts is DE.AE; endpoint suites include the host firewall.
    (
        "endpoint_protection",
        Tags {
            cis: &["10.1", "10.2", "4.5"],
            nist: &["DE.CM", "DE.AE", "PR.PS"],
        },
    ),
    (
        "patching",
        Tags {
            cis: &["7.3", "7.4", "7.2", "7.1"],
            nist: &["PR.PS", "ID.RA"],
        },
    ),
    // Standard builds (4.1) and replacing equipment before support ends (2.2, 12.1); PR.PS-03 hardware replaced.
    (
        "reliable_systems",
        Tags {
            cis: &["4.1", "2.2", "12.1"],
            nist: &["PR.IR", "PR.PS"],
        },
    ),
    // The support log has no safeguard of its own.
    (
        "it_tools",
        Tags {
            cis: &["1.1", "2.1"],
            nist: &["ID.AM"],
        },
    ),
    // Training in business software is not security training.
    (
        "staff_productivity",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // Integration and process fit have no security outcome of their own.
    (
        "systems_fit",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // Who leads IT, owns security risk and manages vendors.
    (
        "it_leadership",
        Tags {
            cis: &[],
            nist: &["GV.RR", "GV.RM", "GV.SC"],
        },
    ),
    // Agreed fix times are requirements in the provider's contract (GV.SC-05).
    (
        "support_response",
        Tags {
            cis: &[],
            nist: &["GV.SC"],
        },
    ),
    // Routine maintenance keeps software and hardware maintained (PR.PS-02, PR.PS-03).
    (
        "proactive_care",
        Tags {
            cis: &["7.3", "7.4", "12.1"],
            nist: &["PR.PS"],
        },
    ),
    // Reviews of results with the provider: oversight and supplier monitoring (GV.SC-07).
    (
        "business_reviews",
        Tags {
            cis: &[],
            nist: &["GV.OV", "GV.SC"],
        },
    ),
    // The matrix names every provider and a contact for it, as 15.1's inventory does.
    (
        "who_does_what",
        Tags {
            cis: &["15.1"],
            nist: &["GV.RR", "GV.SC"],
        },
    ),
    // Strategy from business goals: organizational context and direction.
    (
        "it_strategy",
        Tags {
            cis: &[],
            nist: &["GV.OC", "GV.RM"],
        },
    ),
    // Budget and capacity are resources allocated (GV.RR-03).
    (
        "yearly_it_plan",
        Tags {
            cis: &[],
            nist: &["GV.RR", "GV.RM"],
        },
    ),
    (
        "plan_follow_through",
        Tags {
            cis: &[],
            nist: &["GV.OV", "ID.IM"],
        },
    ),
    // Measured targets reviewed: performance oversight (GV.OV-03).
    (
        "it_targets",
        Tags {
            cis: &[],
            nist: &["GV.OV", "ID.IM"],
        },
    ),
    // Project method has no security outcome of its own.
    (
        "project_delivery",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // Independent evaluations yield improvements (ID.IM-01) and findings (ID.RA).
    (
        "it_audits",
        Tags {
            cis: &[],
            nist: &["GV.OV", "ID.IM", "ID.RA"],
        },
    ),
    (
        "it_organization",
        Tags {
            cis: &[],
            nist: &["GV.RR", "GV.PO"],
        },
    ),
    (
        "it_reports",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    // The company holds the admin accounts and credentials: account inventory (5.1), PR.AA-01.
    (
        "key_person_risk",
        Tags {
            cis: &["5.1"],
            nist: &["GV.RR", "PR.AA"],
        },
    ),
    // Agreeing the services the business depends on (GV.OC-05).
    (
        "service_expectations",
        Tags {
            cis: &[],
            nist: &["GV.OC"],
        },
    ),
    // Provider policy and contracts (15.2, 15.4) are IG2; ID.AM-04: inventories of supplier services.
    (
        "vendor_management",
        Tags {
            cis: &["15.1"],
            nist: &["GV.SC", "ID.AM"],
        },
    ),
    // Resources allocated to IT and security (GV.RR-03).
    (
        "it_budget",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    (
        "process_improvement",
        Tags {
            cis: &[],
            nist: &["ID.IM"],
        },
    ),
    // A written management method: oversight, roles, improvement cycle.
    (
        "management_framework",
        Tags {
            cis: &[],
            nist: &["GV.OV", "GV.RR", "ID.IM"],
        },
    ),
    // License management is the software inventory; buying rules are supplier governance.
    (
        "it_purchasing",
        Tags {
            cis: &["2.1", "2.2", "2.3"],
            nist: &["ID.AM", "GV.SC"],
        },
    ),
];

/// Tags of the framework's services (the full bank's questions), by service ID, in framework order.
pub static SERVICES: &[(&str, Tags)] = &[
    // — continuous.backup —
    // What is backed up and how long it is kept: recovery scope (11.1) and retention (3.4).
    (
        "continuous.backup.policy",
        Tags {
            cis: &["11.1", "3.4"],
            nist: &["PR.DS", "GV.PO"],
        },
    ),
    (
        "continuous.backup.process",
        Tags {
            cis: &["11.2"],
            nist: &["PR.DS"],
        },
    ),
    // A named person checks the automated backups.
    (
        "continuous.backup.responsibilities",
        Tags {
            cis: &["11.2"],
            nist: &["GV.RR", "PR.DS"],
        },
    ),
    // Restore testing itself is 11.5 (IG2); PR.DS-11 and RC.RP-03 cover tested backups.
    (
        "continuous.backup.recovery_testing",
        Tags {
            cis: &["11.1"],
            nist: &["PR.DS", "RC.RP"],
        },
    ),
    (
        "continuous.backup.offsite",
        Tags {
            cis: &["11.4", "11.3"],
            nist: &["PR.DS"],
        },
    ),
    // 11.1 includes recovery prioritization; ID.IM-04 covers maintaining plans.
    (
        "continuous.backup.recovery_plan",
        Tags {
            cis: &["11.1"],
            nist: &["RC.RP", "ID.IM"],
        },
    ),
    (
        "continuous.backup.offsite_solution",
        Tags {
            cis: &["11.2", "11.4", "11.3"],
            nist: &["PR.DS"],
        },
    ),
    // — continuous.drp —
    // Critical processes and tolerable loss: GV.OC-04/05, impacts (ID.RA-04), recovery priorities (11.1).
    (
        "continuous.drp.business_assessment",
        Tags {
            cis: &["11.1"],
            nist: &["GV.OC", "ID.RA"],
        },
    ),
    // Mapping systems and dependencies builds on the asset and software inventories.
    (
        "continuous.drp.it_assessment",
        Tags {
            cis: &["1.1", "2.1"],
            nist: &["ID.AM", "ID.RA"],
        },
    ),
    // ID.IM-04: continuity and recovery plans are established.
    (
        "continuous.drp.plan_development",
        Tags {
            cis: &["11.1"],
            nist: &["ID.IM", "RC.RP"],
        },
    ),
    // Failover and spare capacity are resilience mechanisms (PR.IR-03).
    (
        "continuous.drp.plan_implementation",
        Tags {
            cis: &[],
            nist: &["PR.IR", "RC.RP"],
        },
    ),
    // Improvements from tests and exercises (ID.IM-02).
    (
        "continuous.drp.plan_audits",
        Tags {
            cis: &[],
            nist: &["ID.IM", "RC.RP"],
        },
    ),
    // — continuous.security_practices —
    // No IG1 safeguard is an overall security policy.
    (
        "continuous.security_practices.infosec_policy",
        Tags {
            cis: &[],
            nist: &["GV.PO"],
        },
    ),
    (
        "continuous.security_practices.guidelines_education",
        Tags {
            cis: &["14.1", "14.2", "14.3", "14.4"],
            nist: &["PR.AT"],
        },
    ),
    (
        "continuous.security_practices.user_lifecycle",
        Tags {
            cis: &["6.1", "6.2", "5.3", "5.1"],
            nist: &["PR.AA"],
        },
    ),
    // Rules decide which personal devices may connect (1.2) and protect data on them.
    (
        "continuous.security_practices.byod",
        Tags {
            cis: &["1.2", "3.6"],
            nist: &["PR.AA", "PR.DS", "GV.PO"],
        },
    ),
    (
        "continuous.security_practices.password_management",
        Tags {
            cis: &["5.2", "6.3", "6.4", "6.5"],
            nist: &["PR.AA"],
        },
    ),
    (
        "continuous.security_practices.risk_management",
        Tags {
            cis: &[],
            nist: &["GV.RM", "ID.RA"],
        },
    ),
    // Penetration testing (Control 18) is IG2+.
    (
        "continuous.security_practices.ethical_hacking",
        Tags {
            cis: &[],
            nist: &["ID.RA", "ID.IM"],
        },
    ),
    // No IG1 safeguard covers physical security; PR.AA-06 and PR.IR-02 do.
    (
        "continuous.security_practices.physical_security",
        Tags {
            cis: &[],
            nist: &["PR.AA", "PR.IR"],
        },
    ),
    // Incident procedures are the written everyday procedure the help names.
    (
        "continuous.security_practices.policies_procedures",
        Tags {
            cis: &["17.3"],
            nist: &["GV.PO", "RS.MA"],
        },
    ),
    (
        "continuous.security_practices.governance",
        Tags {
            cis: &[],
            nist: &["GV.RR", "GV.OV"],
        },
    ),
    // — continuous.security_basics —
    // Enrolment configures and inventories devices; remote wipe (4.11) is IG2.
    (
        "continuous.security_basics.mobile_device_management",
        Tags {
            cis: &["4.1", "4.3", "1.1"],
            nist: &["PR.PS", "ID.AM"],
        },
    ),
    (
        "continuous.security_basics.encryption",
        Tags {
            cis: &["3.6"],
            nist: &["PR.DS"],
        },
    ),
    (
        "continuous.security_basics.access_management",
        Tags {
            cis: &["3.3", "6.1", "6.2", "5.4"],
            nist: &["PR.AA"],
        },
    ),
    (
        "continuous.security_basics.onsite_access",
        Tags {
            cis: &["3.3"],
            nist: &["PR.AA", "PR.DS"],
        },
    ),
    // Monitoring remote access needs its logs collected (8.2).
    (
        "continuous.security_basics.online_access",
        Tags {
            cis: &["6.3", "6.4", "8.2"],
            nist: &["PR.AA", "DE.CM"],
        },
    ),
    // — competent.managed_services —
    // Remote management inventories devices and deploys patches.
    (
        "competent.managed_services.rmm",
        Tags {
            cis: &["1.1", "7.3", "7.4"],
            nist: &["DE.CM", "PR.PS", "ID.AM"],
        },
    ),
    // The asset part of the PSA is the inventory.
    (
        "competent.managed_services.psa",
        Tags {
            cis: &["1.1", "2.1"],
            nist: &["ID.AM"],
        },
    ),
    // Technical documentation has no security outcome of its own.
    (
        "competent.managed_services.knowledge_base",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // Watching alerts around the clock depends on collected logs (8.2).
    (
        "competent.managed_services.noc",
        Tags {
            cis: &["8.2"],
            nist: &["DE.CM", "DE.AE", "RS.MA"],
        },
    ),
    (
        "competent.managed_services.disaster_recovery",
        Tags {
            cis: &["11.1"],
            nist: &["RC.RP", "PR.IR"],
        },
    ),
    (
        "competent.managed_services.asset_management",
        Tags {
            cis: &["1.1", "2.1", "2.2", "1.2"],
            nist: &["ID.AM"],
        },
    ),
    // — competent.proactive —
    // Training in new features is not security training.
    (
        "competent.proactive.end_user_training",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "competent.proactive.self_service_kb",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "competent.proactive.personal_effectiveness",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "competent.proactive.process_alignment",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "competent.proactive.system_integration",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // — competent.uptime —
    // Redundancy is resilience (PR.IR-03); no IG1 safeguard covers it.
    (
        "competent.uptime.redundant_infrastructure",
        Tags {
            cis: &[],
            nist: &["PR.IR"],
        },
    ),
    // Standard configurations are the secure configuration baselines (PR.PS-01).
    (
        "competent.uptime.standardized_infrastructure",
        Tags {
            cis: &["4.1", "4.2"],
            nist: &["PR.PS"],
        },
    ),
    (
        "competent.uptime.server_patching",
        Tags {
            cis: &["7.3", "7.4", "7.2"],
            nist: &["PR.PS", "ID.RA"],
        },
    ),
    // Browsers and email clients kept on supported versions (9.1).
    (
        "competent.uptime.desktop_patching",
        Tags {
            cis: &["7.3", "7.4", "9.1"],
            nist: &["PR.PS", "ID.RA"],
        },
    ),
    // Retired devices wiped (3.5); life-cycle management (ID.AM-08, PR.PS-03).
    (
        "competent.uptime.lifecycle_recycle",
        Tags {
            cis: &["3.5", "1.1", "2.2"],
            nist: &["ID.AM", "PR.PS"],
        },
    ),
    // — competent.vcio —
    (
        "competent.vcio.strategy_development",
        Tags {
            cis: &[],
            nist: &["GV.OC", "GV.RM"],
        },
    ),
    (
        "competent.vcio.strategy_execution",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    // Coordinating staff, MSP and vendors.
    (
        "competent.vcio.general_leadership",
        Tags {
            cis: &[],
            nist: &["GV.RR", "GV.SC"],
        },
    ),
    // Capacity planning is PR.IR-04.
    (
        "competent.vcio.infrastructure_management",
        Tags {
            cis: &[],
            nist: &["PR.IR", "PR.PS"],
        },
    ),
    (
        "competent.vcio.security_risk",
        Tags {
            cis: &[],
            nist: &["GV.RM", "GV.RR", "ID.RA"],
        },
    ),
    // Representing the company toward vendors and partners.
    (
        "competent.vcio.consultancy_representation",
        Tags {
            cis: &[],
            nist: &["GV.SC"],
        },
    ),
    // — charged.managed_services —
    // A ticketing system for everyday requests has no security outcome of its own.
    (
        "charged.managed_services.ticketing",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // Suppliers included in recovery activities (GV.SC-08).
    (
        "charged.managed_services.disaster_recovery",
        Tags {
            cis: &[],
            nist: &["RC.RP", "GV.SC"],
        },
    ),
    // Service levels written into the provider's contract (GV.SC-05).
    (
        "charged.managed_services.sla_ticketing",
        Tags {
            cis: &[],
            nist: &["GV.SC"],
        },
    ),
    (
        "charged.managed_services.service_manager",
        Tags {
            cis: &[],
            nist: &["GV.SC", "GV.RR"],
        },
    ),
    (
        "charged.managed_services.sla_overtime",
        Tags {
            cis: &[],
            nist: &["GV.SC"],
        },
    ),
    (
        "charged.managed_services.sla_special_devices",
        Tags {
            cis: &[],
            nist: &["GV.SC"],
        },
    ),
    // — charged.proactive —
    // Preventive maintenance keeps software and hardware maintained (PR.PS-02, PR.PS-03).
    (
        "charged.proactive.maintenance",
        Tags {
            cis: &["7.3", "7.4", "12.1"],
            nist: &["PR.PS"],
        },
    ),
    // Training to reduce everyday tickets is not security training.
    (
        "charged.proactive.end_user_training",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // Tuning performance keeps adequate capacity (PR.IR-04).
    (
        "charged.proactive.optimization",
        Tags {
            cis: &[],
            nist: &["PR.IR"],
        },
    ),
    (
        "charged.proactive.onsite_feedback",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "charged.proactive.quarterly_reviews",
        Tags {
            cis: &[],
            nist: &["GV.OV", "GV.SC"],
        },
    ),
    // — charged.responsibility —
    (
        "charged.responsibility.cio_role",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    (
        "charged.responsibility.main_categories",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    // People in the matrix are trained for their duties (PR.AT-02).
    (
        "charged.responsibility.education",
        Tags {
            cis: &[],
            nist: &["GV.RR", "PR.AT"],
        },
    ),
    (
        "charged.responsibility.ticketing_aligned",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    // Responsibilities written into supplier contracts (GV.SC-05).
    (
        "charged.responsibility.contracts",
        Tags {
            cis: &[],
            nist: &["GV.SC", "GV.RR"],
        },
    ),
    // — conscious.strategy_retreat —
    (
        "conscious.strategy_retreat.external_swot",
        Tags {
            cis: &[],
            nist: &["GV.OC"],
        },
    ),
    (
        "conscious.strategy_retreat.internal_swot",
        Tags {
            cis: &[],
            nist: &["GV.OC"],
        },
    ),
    // Surveying the systems starts from the asset and software inventories.
    (
        "conscious.strategy_retreat.infrastructure_audit",
        Tags {
            cis: &["1.1", "2.1"],
            nist: &["ID.AM"],
        },
    ),
    (
        "conscious.strategy_retreat.business_modelling",
        Tags {
            cis: &[],
            nist: &["GV.OC"],
        },
    ),
    // Evaluating every party needs the list of service providers (15.1).
    (
        "conscious.strategy_retreat.virtual_it_evaluation",
        Tags {
            cis: &["15.1"],
            nist: &["GV.SC", "GV.RR"],
        },
    ),
    // Which systems the business depends on (GV.OC-05).
    (
        "conscious.strategy_retreat.business_functions_mapping",
        Tags {
            cis: &[],
            nist: &["GV.OC", "ID.AM"],
        },
    ),
    (
        "conscious.strategy_retreat.business_processes_mapping",
        Tags {
            cis: &[],
            nist: &["GV.OC"],
        },
    ),
    // Who will deliver each IT function.
    (
        "conscious.strategy_retreat.it_functions_planning",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    // Ranking initiatives sets priorities.
    (
        "conscious.strategy_retreat.strategic_initiatives",
        Tags {
            cis: &[],
            nist: &["GV.RM"],
        },
    ),
    (
        "conscious.strategy_retreat.roadmap",
        Tags {
            cis: &[],
            nist: &["GV.RM"],
        },
    ),
    // — conscious.operational_planning —
    // Resources allocated (GV.RR-03).
    (
        "conscious.operational_planning.budgeting",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    // People (GV.RR-03) and system capacity (PR.IR-04).
    (
        "conscious.operational_planning.capacity",
        Tags {
            cis: &[],
            nist: &["GV.RR", "PR.IR"],
        },
    ),
    (
        "conscious.operational_planning.priorities",
        Tags {
            cis: &[],
            nist: &["GV.RM"],
        },
    ),
    (
        "conscious.operational_planning.resource_redistribution",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    // Deliverables signed off with owners.
    (
        "conscious.operational_planning.finalizing",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    // — conscious.execution —
    (
        "conscious.execution.quarterly_plan",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    (
        "conscious.execution.monthly_cycle",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    // Weekly task check-ins have no security outcome of their own.
    (
        "conscious.execution.weekly_cycle",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "conscious.execution.project_system",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "conscious.execution.quarterly_performance",
        Tags {
            cis: &[],
            nist: &["GV.OV", "ID.IM"],
        },
    ),
    // — controlled.performance —
    // KPIs reviewed against targets: performance oversight (GV.OV-03).
    (
        "controlled.performance.framework",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    // Capacity (PR.IR-04) and health monitoring.
    (
        "controlled.performance.infrastructure",
        Tags {
            cis: &[],
            nist: &["PR.IR", "DE.CM"],
        },
    ),
    (
        "controlled.performance.management",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    (
        "controlled.performance.strategy",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    // Supplier delivery monitored (GV.SC-07).
    (
        "controlled.performance.vendor",
        Tags {
            cis: &[],
            nist: &["GV.SC"],
        },
    ),
    // General IT skills are not security training.
    (
        "controlled.performance.user_development",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // — controlled.execution_practices —
    // Project portfolio practice has no security outcome of its own.
    (
        "controlled.execution_practices.initiatives",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // Project budget and delivery risk, not cybersecurity risk.
    (
        "controlled.execution_practices.budget_risk",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "controlled.execution_practices.visualization_planning",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "controlled.execution_practices.change_communication",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // Lessons learned feed improvement (ID.IM-03).
    (
        "controlled.execution_practices.project_close",
        Tags {
            cis: &[],
            nist: &["ID.IM"],
        },
    ),
    // — controlled.audits —
    (
        "controlled.audits.independent_auditor",
        Tags {
            cis: &[],
            nist: &["GV.OV", "ID.IM"],
        },
    ),
    (
        "controlled.audits.audit_process",
        Tags {
            cis: &[],
            nist: &["GV.OV", "ID.IM"],
        },
    ),
    // Audits check the recovery process; they verify safeguards rather than implement them.
    (
        "controlled.audits.security_dr_backup",
        Tags {
            cis: &["11.1"],
            nist: &["ID.IM", "GV.OV", "PR.DS"],
        },
    ),
    // Servers and network checked against their secure baselines.
    (
        "controlled.audits.infrastructure_services",
        Tags {
            cis: &["4.1", "4.2", "12.1"],
            nist: &["ID.RA", "ID.IM"],
        },
    ),
    (
        "controlled.audits.management",
        Tags {
            cis: &[],
            nist: &["GV.OV", "ID.IM"],
        },
    ),
    // — controlled.organization —
    (
        "controlled.organization.processes_policies",
        Tags {
            cis: &[],
            nist: &["GV.PO", "GV.RR"],
        },
    ),
    // Documents systems and who is responsible for them.
    (
        "controlled.organization.operation_manual",
        Tags {
            cis: &[],
            nist: &["GV.RR", "ID.AM"],
        },
    ),
    (
        "controlled.organization.collaboration_platform",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "controlled.organization.org_chart",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    // Skills of people in IT roles (PR.AT-02, GV.RR-04); role-specific training (14.9) is IG2.
    (
        "controlled.organization.competence_growth",
        Tags {
            cis: &[],
            nist: &["PR.AT", "GV.RR"],
        },
    ),
    // — clear.reporting —
    (
        "clear.reporting.framework",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    // Health, backup and security status reported to management.
    (
        "clear.reporting.infrastructure",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    (
        "clear.reporting.management",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    (
        "clear.reporting.strategy",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    (
        "clear.reporting.vendor",
        Tags {
            cis: &[],
            nist: &["GV.SC", "GV.OV"],
        },
    ),
    // User satisfaction and adoption have no security outcome of their own.
    (
        "clear.reporting.user",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // — clear.responsibility —
    (
        "clear.responsibility.audit_workshop",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    (
        "clear.responsibility.management",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    // Dependence on single people or vendors is a risk to assess.
    (
        "clear.responsibility.dependency_risk",
        Tags {
            cis: &[],
            nist: &["GV.RR", "GV.SC", "ID.RA"],
        },
    ),
    // — clear.internal_sla —
    // Agreeing the services the business depends on (GV.OC-05).
    (
        "clear.internal_sla.creation",
        Tags {
            cis: &[],
            nist: &["GV.OC"],
        },
    ),
    (
        "clear.internal_sla.enforcement",
        Tags {
            cis: &[],
            nist: &["GV.OV"],
        },
    ),
    // — clear.tools —
    (
        "clear.tools.execution_tool",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "clear.tools.maturity_tool",
        Tags {
            cis: &[],
            nist: &["ID.IM"],
        },
    ),
    // Diagrams and configurations kept current (ID.AM-03).
    (
        "clear.tools.document_management",
        Tags {
            cis: &[],
            nist: &["ID.AM"],
        },
    ),
    // A password manager makes unique passwords practical.
    (
        "clear.tools.password_tool",
        Tags {
            cis: &["5.2"],
            nist: &["PR.AA"],
        },
    ),
    (
        "clear.tools.budget_tool",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // — clear.vendors —
    (
        "clear.vendors.erp",
        Tags {
            cis: &["15.1"],
            nist: &["GV.SC"],
        },
    ),
    (
        "clear.vendors.telco",
        Tags {
            cis: &["15.1"],
            nist: &["GV.SC"],
        },
    ),
    // ID.AM-04: inventories of services provided by suppliers.
    (
        "clear.vendors.cloud",
        Tags {
            cis: &["15.1"],
            nist: &["GV.SC", "ID.AM"],
        },
    ),
    (
        "clear.vendors.general",
        Tags {
            cis: &["15.1"],
            nist: &["GV.SC"],
        },
    ),
    // Print cost management has no security outcome of its own.
    (
        "clear.vendors.printer",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // — cost_effective.budget —
    // Resources allocated (GV.RR-03).
    (
        "cost_effective.budget.planning",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    // Spending control has no security outcome of its own.
    (
        "cost_effective.budget.controls",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "cost_effective.budget.reports",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // — cost_effective.operations —
    (
        "cost_effective.operations.continuous_improvement",
        Tags {
            cis: &[],
            nist: &["ID.IM"],
        },
    ),
    // — cost_effective.framework_vcio —
    (
        "cost_effective.framework_vcio.methodology",
        Tags {
            cis: &[],
            nist: &["GV.OV", "ID.IM"],
        },
    ),
    (
        "cost_effective.framework_vcio.certified_vcio",
        Tags {
            cis: &[],
            nist: &["GV.RR"],
        },
    ),
    (
        "cost_effective.framework_vcio.toolkit",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    (
        "cost_effective.framework_vcio.community_education",
        Tags {
            cis: &[],
            nist: &[],
        },
    ),
    // — cost_effective.procurement —
    // Rules for buying are supplier governance (GV.SC-06 due diligence).
    (
        "cost_effective.procurement.purchase_policy",
        Tags {
            cis: &[],
            nist: &["GV.SC", "GV.PO"],
        },
    ),
    // Approved models make a standard baseline possible.
    (
        "cost_effective.procurement.standardized_devices",
        Tags {
            cis: &[],
            nist: &["PR.PS", "GV.SC"],
        },
    ),
    // Tracked licenses are the software inventory.
    (
        "cost_effective.procurement.licenses_subscriptions",
        Tags {
            cis: &["2.1", "2.2", "2.3"],
            nist: &["ID.AM"],
        },
    ),
    (
        "cost_effective.procurement.purchase_process",
        Tags {
            cis: &[],
            nist: &["GV.SC"],
        },
    ),
];

/// The tags of a quick-bank question by ID (`None` for an MSP's own question).
pub fn of_quick(id: &str) -> Option<&'static Tags> {
    QUICK.iter().find(|(q, _)| *q == id).map(|(_, t)| t)
}

/// The tags of a framework service by ID.
pub fn of_service(id: &str) -> Option<&'static Tags> {
    SERVICES.iter().find(|(s, _)| *s == id).map(|(_, t)| t)
}

/// The tags of a question of either bank: the quick bank's own, or the service a full-bank
/// question asks about.
pub fn of_question(q: &Question) -> Option<&'static Tags> {
    match q.scale {
        Scale::Levels => of_quick(&q.id),
        Scale::InPlace => of_service(&q.id),
    }
}

/// What an insurer or auditor asks about a set of questions: the union of their tags, most
/// relevant first (each question's order kept, the first question first), without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Asks {
    /// CIS Controls v8 IG1 safeguard IDs.
    pub cis: Vec<&'static str>,
    /// NIST CSF 2.0 category IDs.
    pub nist: Vec<&'static str>,
}

/// The union of the tags of the questions `ids` (quick-bank IDs or, for the full bank,
/// service IDs; an MSP's own questions have none).
pub fn asks(ids: &[QuestionId]) -> Asks {
    let mut out = Asks::default();
    for t in ids
        .iter()
        .filter_map(|id| of_quick(id).or_else(|| of_service(id)))
    {
        for c in t.cis {
            if !out.cis.contains(c) {
                out.cis.push(c);
            }
        }
        for n in t.nist {
            if !out.nist.contains(n) {
                out.nist.push(n);
            }
        }
    }
    out
}
