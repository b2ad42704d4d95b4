//! The `quick` bank: the prospect's self-assessment.
//!
//! Written for a non-technical owner or executive of a 20–300 seat company: plain words,
//! any unavoidable term explained in one line. Each question's five options describe
//! concrete maturity levels 0–4 for that question; "Don't know" is always offered by the
//! widget. Every question lists the framework services it probes; its block and delivery
//! areas follow from them. Together the questions cover every delivery area and every
//! service (checked by tests). IDs are stable: never reuse or renumber one.

use super::QuickQuestion;
use crate::framework::{BlockId, Weight};

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
    },
    QuickQuestion {
        id: "security_awareness",
        block: BlockId::Continuous,
        services: &["continuous.security_practices.guidelines_education"],
        weight: Weight::High,
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
    },
    QuickQuestion {
        id: "business_reviews",
        block: BlockId::Charged,
        services: &["charged.proactive.quarterly_reviews"],
        weight: Weight::Medium,
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
    },
    QuickQuestion {
        id: "service_expectations",
        block: BlockId::Clear,
        services: &[
            "clear.internal_sla.creation",
            "clear.internal_sla.enforcement",
        ],
        weight: Weight::Low,
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
    },
    QuickQuestion {
        id: "process_improvement",
        block: BlockId::CostEffective,
        services: &["cost_effective.operations.continuous_improvement"],
        weight: Weight::Medium,
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
    },
];
