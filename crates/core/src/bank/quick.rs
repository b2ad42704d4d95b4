//! The `quick` bank (version 2): the prospect's self-assessment.
//!
//! Written for a non-technical owner of a 20–300 seat company: one short question, five
//! concrete options for maturity levels 0–4 (the widget adds "Don't know"), a plain help
//! line where a term needs one. Every question lists the framework services it probes; its
//! block and delivery areas follow from them. Together the questions cover every delivery
//! area and every service (checked by tests). IDs are stable: never reuse or renumber one.
//!
//! Each service carries the lowest answer level that already implies it is in place, with
//! the reasoning beside it: the action plan proposes only services the answer does not imply.
//! Level 4 implies every service of its question.
//!
//! Version 2 added the security baseline insurers and auditors ask about first (`mfa`,
//! `endpoint_protection`, `email_filtering`, `admin_rights`, `incident_response`,
//! `patching`; offline or immutable copies in `backup_restore`), split `systems_fit` from
//! `staff_productivity`, merged `business_it_map` into `it_strategy` and
//! `it_management_tools` into `key_person_risk` and `it_reports`, and rewrote the questions
//! an owner could not answer from what they see. [`V1`] keeps version 1's order so its
//! result codes still open.

use super::{Applies, QuickQuestion};
use crate::framework::{BlockId, Weight};

/// Version 1's question IDs in its order (the positions of its result codes' answers).
pub static V1: [&str; 31] = [
    "backup_restore",
    "disaster_recovery",
    "security_rules",
    "security_awareness",
    "accounts_access",
    "lost_devices",
    "it_tools",
    "reliable_systems",
    "staff_productivity",
    "it_leadership",
    "support_response",
    "proactive_care",
    "business_reviews",
    "who_does_what",
    "it_strategy",
    "business_it_map",
    "yearly_it_plan",
    "plan_follow_through",
    "it_targets",
    "project_delivery",
    "it_audits",
    "it_organization",
    "it_reports",
    "key_person_risk",
    "service_expectations",
    "it_management_tools",
    "vendor_management",
    "it_budget",
    "process_improvement",
    "management_framework",
    "it_purchasing",
];

/// Questions of version 1 that version 2 merged into another, with the question that took
/// them over. An MSP's configuration may still name them: its settings for them are
/// ignored, since their content now lives in the other question.
pub static RETIRED: [(&str, &str); 2] = [
    ("business_it_map", "it_strategy"),
    ("it_management_tools", "key_person_risk"),
];

/// Whether `id` is a retired question's ID.
pub fn is_retired(id: &str) -> bool {
    RETIRED.iter().any(|(r, _)| *r == id)
}

/// The quick bank's questions, grouped by block in framework order.
pub static QUICK: &[QuickQuestion] = &[
    // Continuous
    QuickQuestion {
        id: "backup_restore",
        block: BlockId::Continuous,
        services: &[
            // level 2: automatic backups run
            ("continuous.backup.process", 2),
            // level 3: an offline or immutable copy exists
            ("continuous.backup.offsite", 3),
            // level 3: that copy is a working solution
            ("continuous.backup.offsite_solution", 3),
            // only level 4 tests restores on a schedule
            ("continuous.backup.recovery_testing", 4),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "disaster_recovery",
        block: BlockId::Continuous,
        services: &[
            // level 3: the plan says what the business needs back first
            ("continuous.drp.business_assessment", 3),
            // level 3: and how IT restores it
            ("continuous.drp.it_assessment", 3),
            // level 2: a written plan exists
            ("continuous.drp.plan_development", 2),
            // level 3: the plan is current and assigns people
            ("continuous.drp.plan_implementation", 3),
            // only level 4 tests the plan
            ("continuous.drp.plan_audits", 4),
            // level 3: the order of recovery is written down
            ("continuous.backup.recovery_plan", 3),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "incident_response",
        block: BlockId::Continuous,
        services: &[
            // level 3: a written response procedure with contacts
            ("continuous.security_practices.policies_procedures", 3),
            // only level 4 rehearses and reviews it
            ("continuous.security_practices.governance", 4),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "security_rules",
        block: BlockId::Continuous,
        services: &[
            // level 3: written rules, backups included
            ("continuous.backup.policy", 3),
            // level 3: the rules have an owner
            ("continuous.backup.responsibilities", 3),
            // level 2: written rules exist
            ("continuous.security_practices.infosec_policy", 2),
            // level 3: risks reviewed every year
            ("continuous.security_practices.risk_management", 3),
            // only level 4 has outside testing
            ("continuous.security_practices.ethical_hacking", 4),
            // level 3: rules are owned and kept
            ("continuous.security_practices.policies_procedures", 3),
            // level 3: an owner answers for them
            ("continuous.security_practices.governance", 3),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "mfa",
        block: BlockId::Continuous,
        services: &[
            // level 3: MFA on email, remote access and admin accounts
            ("continuous.security_basics.online_access", 3),
            // only level 4 covers every account
            ("continuous.security_basics.access_management", 4),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "email_filtering",
        block: BlockId::Continuous,
        services: &[
            // online access is only fully protected with monitored filtering
            ("continuous.security_basics.online_access", 4),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "admin_rights",
        block: BlockId::Continuous,
        services: &[
            // level 3: no one works as admin day to day
            ("continuous.security_basics.access_management", 3),
            // only level 4 reviews admin accounts regularly
            ("continuous.security_practices.user_lifecycle", 4),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "accounts_access",
        block: BlockId::Continuous,
        services: &[
            // level 3: leavers by checklist on the last day
            ("continuous.security_practices.user_lifecycle", 3),
            // level 3: a company password manager
            ("continuous.security_practices.password_management", 3),
            // level 3: keys are part of the checklist
            ("continuous.security_practices.physical_security", 3),
            // only level 4 reviews access regularly
            ("continuous.security_basics.onsite_access", 4),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "lost_devices",
        block: BlockId::Continuous,
        services: &[
            // only level 4 separates work data on personal phones
            ("continuous.security_practices.byod", 4),
            // level 3: devices can be locked or wiped
            ("continuous.security_basics.mobile_device_management", 3),
            // level 3: all devices encrypted
            ("continuous.security_basics.encryption", 3),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "security_awareness",
        block: BlockId::Continuous,
        services: &[
            // level 3: regular training and reporting
            ("continuous.security_practices.guidelines_education", 3),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    // Competent
    QuickQuestion {
        id: "endpoint_protection",
        block: BlockId::Competent,
        services: &[
            // level 3: every device managed and protected
            ("competent.managed_services.rmm", 3),
            // only level 4 has alerts handled around the clock
            ("competent.managed_services.noc", 4),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "patching",
        block: BlockId::Competent,
        services: &[
            // level 3: servers updated within two weeks, checked
            ("competent.uptime.server_patching", 3),
            // level 3: computers updated within two weeks, checked
            ("competent.uptime.desktop_patching", 3),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "reliable_systems",
        block: BlockId::Competent,
        services: &[
            // only level 4 has spares for key systems
            ("competent.uptime.redundant_infrastructure", 4),
            // level 2: mostly standard models
            ("competent.uptime.standardized_infrastructure", 2),
            // level 3: replaced on a schedule
            ("competent.uptime.lifecycle_recycle", 3),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "it_tools",
        block: BlockId::Competent,
        services: &[
            // level 3: requests tracked in one system
            ("competent.managed_services.psa", 3),
            // only level 4 keeps it current enough to report without asking
            ("competent.managed_services.knowledge_base", 4),
            // only level 4
            ("competent.managed_services.disaster_recovery", 4),
            // level 2: an equipment list exists
            ("competent.managed_services.asset_management", 2),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "staff_productivity",
        block: BlockId::Competent,
        services: &[
            // level 3: regular training
            ("competent.proactive.end_user_training", 3),
            // level 3: written how-tos
            ("competent.proactive.self_service_kb", 3),
            // only level 4 coaches personal effectiveness
            ("competent.proactive.personal_effectiveness", 4),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "systems_fit",
        block: BlockId::Competent,
        services: &[
            // level 3: systems fit how the company works
            ("competent.proactive.process_alignment", 3),
            // level 2: main systems connected
            ("competent.proactive.system_integration", 2),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "it_leadership",
        block: BlockId::Competent,
        services: &[
            // level 3: sets direction with the business
            ("competent.vcio.strategy_development", 3),
            // only level 4 reports on the plan
            ("competent.vcio.strategy_execution", 4),
            // level 3: a named IT lead
            ("competent.vcio.general_leadership", 3),
            // level 2: someone runs the technology
            ("competent.vcio.infrastructure_management", 2),
            // only level 4 reports on risk
            ("competent.vcio.security_risk", 4),
            // only level 4 represents the company with vendors
            ("competent.vcio.consultancy_representation", 4),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    // Charged
    QuickQuestion {
        id: "support_response",
        block: BlockId::Charged,
        services: &[
            // level 2: requests are logged
            ("charged.managed_services.ticketing", 2),
            // only level 4 covers recovery
            ("charged.managed_services.disaster_recovery", 4),
            // level 3: fix times agreed in writing
            ("charged.managed_services.sla_ticketing", 3),
            // level 3: someone answers for meeting them
            ("charged.managed_services.service_manager", 3),
            // only level 4 covers out-of-hours
            ("charged.managed_services.sla_overtime", 4),
            // only level 4 covers special devices
            ("charged.managed_services.sla_special_devices", 4),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "proactive_care",
        block: BlockId::Charged,
        services: &[
            // level 2: routine maintenance
            ("charged.proactive.maintenance", 2),
            // only level 4 talks with staff
            ("charged.proactive.end_user_training", 4),
            // level 3: tuning, reported
            ("charged.proactive.optimization", 3),
            // only level 4 checks in with staff
            ("charged.proactive.onsite_feedback", 4),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "business_reviews",
        block: BlockId::Charged,
        services: &[
            // level 3: quarterly business reviews
            ("charged.proactive.quarterly_reviews", 3),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "who_does_what",
        block: BlockId::Charged,
        services: &[
            // level 3: the IT lead's role is written
            ("charged.responsibility.cio_role", 3),
            // level 3: one overview of who does what
            ("charged.responsibility.main_categories", 3),
            // only level 4: everyone knows it
            ("charged.responsibility.education", 4),
            // only level 4 routes requests by it
            ("charged.responsibility.ticketing_aligned", 4),
            // level 3: vendors' parts are covered
            ("charged.responsibility.contracts", 3),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    // Conscious
    QuickQuestion {
        id: "it_strategy",
        block: BlockId::Conscious,
        services: &[
            // level 3: built from goals
            ("conscious.strategy_retreat.external_swot", 3),
            // level 3
            ("conscious.strategy_retreat.internal_swot", 3),
            // only level 4 reviews the starting point yearly
            ("conscious.strategy_retreat.infrastructure_audit", 4),
            // level 3
            ("conscious.strategy_retreat.business_modelling", 3),
            // only level 4
            ("conscious.strategy_retreat.virtual_it_evaluation", 4),
            // level 3: built from how the business works
            ("conscious.strategy_retreat.business_functions_mapping", 3),
            // level 3
            ("conscious.strategy_retreat.business_processes_mapping", 3),
            // level 2: a written IT plan
            ("conscious.strategy_retreat.it_functions_planning", 2),
            // level 3
            ("conscious.strategy_retreat.strategic_initiatives", 3),
            // level 3: a written roadmap
            ("conscious.strategy_retreat.roadmap", 3),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "yearly_it_plan",
        block: BlockId::Conscious,
        services: &[
            // level 3: with budget
            ("conscious.operational_planning.budgeting", 3),
            // level 3: with people
            ("conscious.operational_planning.capacity", 3),
            // level 2: priorities listed
            ("conscious.operational_planning.priorities", 2),
            // only level 4 rebalances
            ("conscious.operational_planning.resource_redistribution", 4),
            // level 3: agreed with leadership
            ("conscious.operational_planning.finalizing", 3),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "plan_follow_through",
        block: BlockId::Conscious,
        services: &[
            // level 3: tracked against a plan
            ("conscious.execution.quarterly_plan", 3),
            // level 3: monthly
            ("conscious.execution.monthly_cycle", 3),
            // only level 4: weekly
            ("conscious.execution.weekly_cycle", 4),
            // level 3: tracked
            ("conscious.execution.project_system", 3),
            // only level 4 reviews quarterly
            ("conscious.execution.quarterly_performance", 4),
        ],
        weight: Weight::Medium,
        applies: Applies::FromSeats(20),
    },
    // Controlled
    QuickQuestion {
        id: "it_targets",
        block: BlockId::Controlled,
        services: &[
            // only level 4 covers every area
            ("controlled.performance.framework", 4),
            // level 3
            ("controlled.performance.infrastructure", 3),
            // level 3
            ("controlled.performance.management", 3),
            // only level 4 covers plans
            ("controlled.performance.strategy", 4),
            // only level 4 covers vendors
            ("controlled.performance.vendor", 4),
            // only level 4
            ("controlled.performance.user_development", 4),
        ],
        weight: Weight::Medium,
        applies: Applies::FromSeats(20),
    },
    QuickQuestion {
        id: "project_delivery",
        block: BlockId::Controlled,
        services: &[
            // level 2: a plan
            ("controlled.execution_practices.initiatives", 2),
            // level 3: budget and owner
            ("controlled.execution_practices.budget_risk", 3),
            // level 3
            ("controlled.execution_practices.visualization_planning", 3),
            // level 3: staff told what changes
            ("controlled.execution_practices.change_communication", 3),
            // only level 4 reviews finished projects
            ("controlled.execution_practices.project_close", 4),
        ],
        weight: Weight::Medium,
        applies: Applies::FromSeats(20),
    },
    QuickQuestion {
        id: "it_audits",
        block: BlockId::Controlled,
        services: &[
            // level 3: yearly independent check
            ("controlled.audits.independent_auditor", 3),
            // only level 4 fixes findings by process
            ("controlled.audits.audit_process", 4),
            // level 3: security and backups
            ("controlled.audits.security_dr_backup", 3),
            // level 3: network
            ("controlled.audits.infrastructure_services", 3),
            // only level 4 audits management
            ("controlled.audits.management", 4),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "it_organization",
        block: BlockId::Controlled,
        services: &[
            // level 3
            ("controlled.organization.processes_policies", 3),
            // level 3
            ("controlled.organization.operation_manual", 3),
            // level 3: one shared platform
            ("controlled.organization.collaboration_platform", 3),
            // level 3: clear roles
            ("controlled.organization.org_chart", 3),
            // only level 4 plans skills
            ("controlled.organization.competence_growth", 4),
        ],
        weight: Weight::Low,
        applies: Applies::OwnItOrFromSeats(51),
    },
    // Clear
    QuickQuestion {
        id: "it_reports",
        block: BlockId::Clear,
        services: &[
            // only level 4 reports on every area
            ("clear.reporting.framework", 4),
            // level 3: systems
            ("clear.reporting.infrastructure", 3),
            // level 3: service
            ("clear.reporting.management", 3),
            // only level 4: the plan
            ("clear.reporting.strategy", 4),
            // only level 4: vendors
            ("clear.reporting.vendor", 4),
            // level 3
            ("clear.reporting.user", 3),
            // only level 4 reports on the plan from a tool
            ("clear.tools.execution_tool", 4),
            // only level 4
            ("clear.tools.maturity_tool", 4),
            // level 3: spending reported
            ("clear.tools.budget_tool", 3),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "key_person_risk",
        block: BlockId::Clear,
        services: &[
            // only level 4 has it checked
            ("clear.responsibility.audit_workshop", 4),
            // level 3
            ("clear.responsibility.management", 3),
            // level 3: someone else could take over
            ("clear.responsibility.dependency_risk", 3),
            // level 3: current documentation
            ("clear.tools.document_management", 3),
            // level 3: passwords where the company controls them
            ("clear.tools.password_tool", 3),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "service_expectations",
        block: BlockId::Clear,
        services: &[
            // level 3: written and agreed
            ("clear.internal_sla.creation", 3),
            // only level 4 checks results
            ("clear.internal_sla.enforcement", 4),
        ],
        weight: Weight::Low,
        applies: Applies::FromSeats(20),
    },
    QuickQuestion {
        id: "vendor_management",
        block: BlockId::Clear,
        services: &[
            // level 3: all vendors listed and managed
            ("clear.vendors.erp", 3),
            // level 3
            ("clear.vendors.telco", 3),
            // level 3
            ("clear.vendors.cloud", 3),
            // level 2: one person handles vendors
            ("clear.vendors.general", 2),
            // level 3
            ("clear.vendors.printer", 3),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    // CostEffective
    QuickQuestion {
        id: "it_budget",
        block: BlockId::CostEffective,
        services: &[
            // level 2: a written budget
            ("cost_effective.budget.planning", 2),
            // level 3: compared quarterly
            ("cost_effective.budget.controls", 3),
            // only level 4 reviews monthly
            ("cost_effective.budget.reports", 4),
        ],
        weight: Weight::High,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "process_improvement",
        block: BlockId::CostEffective,
        services: &[
            // level 3: regular suggestions
            ("cost_effective.operations.continuous_improvement", 3),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
    QuickQuestion {
        id: "management_framework",
        block: BlockId::CostEffective,
        services: &[
            // level 3: a written method covering every part
            ("cost_effective.framework_vcio.methodology", 3),
            // only level 4: a trained IT leader
            ("cost_effective.framework_vcio.certified_vcio", 4),
            // level 3: checklists they can show
            ("cost_effective.framework_vcio.toolkit", 3),
            // only level 4 improves it
            ("cost_effective.framework_vcio.community_education", 4),
        ],
        weight: Weight::Low,
        applies: Applies::FromSeats(20),
    },
    QuickQuestion {
        id: "it_purchasing",
        block: BlockId::CostEffective,
        services: &[
            // level 3: a written policy
            ("cost_effective.procurement.purchase_policy", 3),
            // level 2: standard models
            ("cost_effective.procurement.standardized_devices", 2),
            // level 3: subscriptions tracked
            ("cost_effective.procurement.licenses_subscriptions", 3),
            // only level 4 reviews and cancels
            ("cost_effective.procurement.purchase_process", 4),
        ],
        weight: Weight::Medium,
        applies: Applies::Always,
    },
];
