//! The framework's data: blocks, delivery areas and services.
//!
//! Service weights, and each area's effort, risk weight, responsibility (R = who does the
//! work, A = who answers for it) and the goals it serves are product judgements made for 20–300 seat
//! companies without a full-time CIO; the reasoning for each area is in the comment above
//! it. Change them here and only here. The framework's words are the text layer's.

use super::{Area, Block, BlockId, Effort, Goal, Role, Service, Weight};

use Effort::{Large, Medium, Small};
use Goal::{Compliance, Continuity, CutCosts, GrowRevenue, Scale};
use Weight::{High, Low, Medium as Med};

/// The seven blocks, in [`BlockId::ALL`] order.
pub static BLOCKS: [Block; 7] = [
    Block {
        id: BlockId::Continuous,
    },
    Block {
        id: BlockId::Competent,
    },
    Block {
        id: BlockId::Charged,
    },
    Block {
        id: BlockId::Conscious,
    },
    Block {
        id: BlockId::Controlled,
    },
    Block { id: BlockId::Clear },
    Block {
        id: BlockId::CostEffective,
    },
];

/// The 27 delivery areas with their services, in the framework's order.
///
/// Risk weights (3 = a gap here is how most losses at small companies start, 2 = a gap
/// makes a loss likelier or longer, 1 = a gap costs time or money but causes no loss
/// event): backup 3 (lost data is the costliest failure; ransomware recovery depends on
/// it), security basics 3 (MFA, admin rights and encryption stop most break-ins cyber
/// insurers see), disaster recovery 2, security practices 2 (leavers' access, incident
/// response, awareness), Competent's managed services 2 (monitored endpoint protection),
/// uptime 2 (missing security updates), Clear's responsibility 2 (dependence on one
/// person); every other area 1.
pub static AREAS: &[Area] = &[
    // Backup: small effort — a managed backup with an offsite copy and a restore test can be
    // in place within weeks. The MSP runs it (R); the executive answers for data loss (A),
    // because no one else can accept the business risk. Serves continuity and compliance
    // (retention rules).
    Area {
        id: "continuous.backup",
        block: BlockId::Continuous,
        effort: Small,
        risk: 3,
        responsible: Role::Msp,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.backup.policy",
                weight: Med,
            },
            Service {
                id: "continuous.backup.process",
                weight: High,
            },
            Service {
                id: "continuous.backup.responsibilities",
                weight: Med,
            },
            Service {
                id: "continuous.backup.recovery_testing",
                weight: High,
            },
            Service {
                id: "continuous.backup.offsite",
                weight: High,
            },
            Service {
                id: "continuous.backup.recovery_plan",
                weight: Med,
            },
            Service {
                id: "continuous.backup.offsite_solution",
                weight: Med,
            },
        ],
    },
    // Disaster Recovery Plan: large effort — assessing the business, writing scenario-by-scenario
    // procedures, building failover and testing it takes months and some budget. The vCIO leads
    // it (R) because it starts from business impact, not technology; the executive accepts the
    // downtime risk (A). Serves continuity and compliance (insurers and regulators ask for it).
    Area {
        id: "continuous.drp",
        block: BlockId::Continuous,
        effort: Large,
        risk: 2,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.drp.business_assessment",
                weight: High,
            },
            Service {
                id: "continuous.drp.it_assessment",
                weight: Med,
            },
            Service {
                id: "continuous.drp.plan_development",
                weight: High,
            },
            Service {
                id: "continuous.drp.plan_implementation",
                weight: High,
            },
            Service {
                id: "continuous.drp.plan_audits",
                weight: Med,
            },
        ],
    },
    // IT security best practices: large effort — policies, training, role-based access, risk
    // management and governance change how people work and take months to embed. The vCIO
    // drives it (R) with the MSP doing the technical parts; the executive answers for it (A),
    // as security policy is a management decision. Serves continuity and compliance.
    Area {
        id: "continuous.security_practices",
        block: BlockId::Continuous,
        effort: Large,
        risk: 2,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.security_practices.infosec_policy",
                weight: High,
            },
            Service {
                id: "continuous.security_practices.guidelines_education",
                weight: High,
            },
            Service {
                id: "continuous.security_practices.user_lifecycle",
                weight: High,
            },
            Service {
                id: "continuous.security_practices.byod",
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.password_management",
                weight: High,
            },
            Service {
                id: "continuous.security_practices.risk_management",
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.ethical_hacking",
                weight: Low,
            },
            Service {
                id: "continuous.security_practices.physical_security",
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.policies_procedures",
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.governance",
                weight: Med,
            },
        ],
    },
    // Basic security tooling: medium effort — MDM, encryption and access controls are standard
    // products an MSP can roll out in a few weeks per site. The MSP does it (R) and, as it is a
    // managed technical deliverable, answers for it too (A). Serves continuity and compliance
    // (a lost unencrypted laptop is a reportable breach).
    Area {
        id: "continuous.security_basics",
        block: BlockId::Continuous,
        effort: Medium,
        risk: 3,
        responsible: Role::Msp,
        accountable: Role::Msp,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.security_basics.mobile_device_management",
                weight: Med,
            },
            Service {
                id: "continuous.security_basics.encryption",
                weight: High,
            },
            Service {
                id: "continuous.security_basics.access_management",
                weight: High,
            },
            Service {
                id: "continuous.security_basics.onsite_access",
                weight: Med,
            },
            Service {
                id: "continuous.security_basics.online_access",
                weight: High,
            },
        ],
    },
    // Managed services (Competent focus: professional tooling): medium effort — onboarding
    // onto an MSP's RMM, PSA, NOC and asset inventory takes weeks. The MSP does the work and
    // answers for the quality of its own platform (R and A). Serves cutting costs (automation
    // instead of manual work), continuity (monitoring) and scale (standard tooling grows easily).
    Area {
        id: "competent.managed_services",
        block: BlockId::Competent,
        effort: Medium,
        risk: 2,
        responsible: Role::Msp,
        accountable: Role::Msp,
        goals: &[CutCosts, Continuity, Scale],
        services: &[
            Service {
                id: "competent.managed_services.rmm",
                weight: High,
            },
            Service {
                id: "competent.managed_services.psa",
                weight: High,
            },
            Service {
                id: "competent.managed_services.knowledge_base",
                weight: Med,
            },
            Service {
                id: "competent.managed_services.noc",
                weight: Low,
            },
            Service {
                id: "competent.managed_services.disaster_recovery",
                weight: Med,
            },
            Service {
                id: "competent.managed_services.asset_management",
                weight: Med,
            },
        ],
    },
    // Proactive services (Competent focus: user productivity): medium effort — a training
    // programme, a self-service knowledge base and integration work run over weeks. The MSP
    // delivers (R); the vCIO answers for whether it pays off in productivity (A). Serves
    // cutting costs (less time lost) and revenue (people spend time on customers, not tools).
    Area {
        id: "competent.proactive",
        block: BlockId::Competent,
        effort: Medium,
        risk: 1,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[CutCosts, GrowRevenue],
        services: &[
            Service {
                id: "competent.proactive.end_user_training",
                weight: Med,
            },
            Service {
                id: "competent.proactive.self_service_kb",
                weight: Low,
            },
            Service {
                id: "competent.proactive.personal_effectiveness",
                weight: Low,
            },
            Service {
                id: "competent.proactive.process_alignment",
                weight: Med,
            },
            Service {
                id: "competent.proactive.system_integration",
                weight: Med,
            },
        ],
    },
    // Uptime extension: large effort — redundancy needs hardware/cloud budget and standardising
    // the fleet means replacing devices over months (patching alone would be quick). The MSP
    // does the work (R); the internal IT administrator answers for uptime day to day (A).
    // Serves continuity and scale (a standard, redundant base absorbs growth).
    Area {
        id: "competent.uptime",
        block: BlockId::Competent,
        effort: Large,
        risk: 2,
        responsible: Role::Msp,
        accountable: Role::InternalIt,
        goals: &[Continuity, Scale],
        services: &[
            Service {
                id: "competent.uptime.redundant_infrastructure",
                weight: High,
            },
            Service {
                id: "competent.uptime.standardized_infrastructure",
                weight: Med,
            },
            Service {
                id: "competent.uptime.server_patching",
                weight: High,
            },
            Service {
                id: "competent.uptime.desktop_patching",
                weight: High,
            },
            Service {
                id: "competent.uptime.lifecycle_recycle",
                weight: Med,
            },
        ],
    },
    // Virtual CIO: medium effort — selecting a vCIO, agreeing the scope and onboarding takes a
    // few weeks; the value comes over time. The vCIO does the work (R); the executive who hires
    // them answers for using them (A). Serves revenue, cost and scale: the missing leadership
    // capacity is what lets IT support growth instead of just running.
    Area {
        id: "competent.vcio",
        block: BlockId::Competent,
        effort: Medium,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[GrowRevenue, CutCosts, Scale],
        services: &[
            Service {
                id: "competent.vcio.strategy_development",
                weight: High,
            },
            Service {
                id: "competent.vcio.strategy_execution",
                weight: Med,
            },
            Service {
                id: "competent.vcio.general_leadership",
                weight: Med,
            },
            Service {
                id: "competent.vcio.infrastructure_management",
                weight: Med,
            },
            Service {
                id: "competent.vcio.security_risk",
                weight: High,
            },
            Service {
                id: "competent.vcio.consultancy_representation",
                weight: Low,
            },
        ],
    },
    // Managed services (Charged focus: responsibility): medium effort — agreeing SLAs, a
    // service manager and the scope of coverage is contract work of a few weeks. The MSP does it
    // and answers for meeting it (R and A): the point is that the provider takes ownership.
    // Serves continuity (fast, assured response) and cutting costs (no surprise overtime bills).
    Area {
        id: "charged.managed_services",
        block: BlockId::Charged,
        effort: Medium,
        risk: 1,
        responsible: Role::Msp,
        accountable: Role::Msp,
        goals: &[Continuity, CutCosts],
        services: &[
            Service {
                id: "charged.managed_services.ticketing",
                weight: Med,
            },
            Service {
                id: "charged.managed_services.disaster_recovery",
                weight: Med,
            },
            Service {
                id: "charged.managed_services.sla_ticketing",
                weight: High,
            },
            Service {
                id: "charged.managed_services.service_manager",
                weight: Med,
            },
            Service {
                id: "charged.managed_services.sla_overtime",
                weight: Low,
            },
            Service {
                id: "charged.managed_services.sla_special_devices",
                weight: Low,
            },
        ],
    },
    // Proactive services (Charged focus: prevention): medium effort — setting up maintenance
    // routines, optimisation reviews, onsite visits and the first quarterly review takes a few
    // weeks. The MSP does it (R); the vCIO answers for whether problems are really prevented (A).
    // Serves continuity (fewer outages) and cutting costs (less firefighting).
    Area {
        id: "charged.proactive",
        block: BlockId::Charged,
        effort: Medium,
        risk: 1,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[Continuity, CutCosts],
        services: &[
            Service {
                id: "charged.proactive.maintenance",
                weight: High,
            },
            Service {
                id: "charged.proactive.end_user_training",
                weight: Low,
            },
            Service {
                id: "charged.proactive.optimization",
                weight: Med,
            },
            Service {
                id: "charged.proactive.onsite_feedback",
                weight: Low,
            },
            Service {
                id: "charged.proactive.quarterly_reviews",
                weight: High,
            },
        ],
    },
    // Responsibility matrix (Charged focus: accountability of all parties): small effort — a
    // workshop or two with a template gets a first matrix in place within days. The vCIO runs it
    // (R); the executive answers for it (A), since unowned duties fall back on the CEO. Serves
    // continuity (nothing falls through the cracks) and scale (new vendors slot into a structure).
    Area {
        id: "charged.responsibility",
        block: BlockId::Charged,
        effort: Small,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Scale],
        services: &[
            Service {
                id: "charged.responsibility.cio_role",
                weight: High,
            },
            Service {
                id: "charged.responsibility.main_categories",
                weight: High,
            },
            Service {
                id: "charged.responsibility.education",
                weight: Low,
            },
            Service {
                id: "charged.responsibility.ticketing_aligned",
                weight: Med,
            },
            Service {
                id: "charged.responsibility.contracts",
                weight: Med,
            },
        ],
    },
    // IT strategy planning retreat: small effort — the source's point is 4–16 hours of executive
    // time with a facilitated, templated process; a quick-win first engagement. The vCIO
    // facilitates (R); the executive owns the strategy (A). Serves revenue, cost and scale: the
    // strategy decides where technology should move the business.
    Area {
        id: "conscious.strategy_retreat",
        block: BlockId::Conscious,
        effort: Small,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[GrowRevenue, CutCosts, Scale],
        services: &[
            Service {
                id: "conscious.strategy_retreat.external_swot",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.internal_swot",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.infrastructure_audit",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.business_modelling",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.virtual_it_evaluation",
                weight: Low,
            },
            Service {
                id: "conscious.strategy_retreat.business_functions_mapping",
                weight: Low,
            },
            Service {
                id: "conscious.strategy_retreat.business_processes_mapping",
                weight: Low,
            },
            Service {
                id: "conscious.strategy_retreat.it_functions_planning",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.strategic_initiatives",
                weight: High,
            },
            Service {
                id: "conscious.strategy_retreat.roadmap",
                weight: High,
            },
        ],
    },
    // IT operational planning: small effort — with templates, a handful of short sessions turns
    // the strategy into a yearly plan, as the source stresses. The vCIO runs the sessions (R); the
    // executive signs off budget and priorities (A). Serves cutting costs (planned, not reactive
    // spending) and scale (capacity is planned before it is needed).
    Area {
        id: "conscious.operational_planning",
        block: BlockId::Conscious,
        effort: Small,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "conscious.operational_planning.budgeting",
                weight: High,
            },
            Service {
                id: "conscious.operational_planning.capacity",
                weight: Med,
            },
            Service {
                id: "conscious.operational_planning.priorities",
                weight: Med,
            },
            Service {
                id: "conscious.operational_planning.resource_redistribution",
                weight: Low,
            },
            Service {
                id: "conscious.operational_planning.finalizing",
                weight: Med,
            },
        ],
    },
    // IT strategy execution management: large effort — quarterly, monthly and weekly rhythms and
    // a project system only stick after months of practice and habit change. The vCIO runs the
    // cadence (R); the executive answers for the strategy being delivered (A). Serves revenue and
    // scale: the growth initiatives only pay off if they get done.
    Area {
        id: "conscious.execution",
        block: BlockId::Conscious,
        effort: Large,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[GrowRevenue, Scale],
        services: &[
            Service {
                id: "conscious.execution.quarterly_plan",
                weight: High,
            },
            Service {
                id: "conscious.execution.monthly_cycle",
                weight: Med,
            },
            Service {
                id: "conscious.execution.weekly_cycle",
                weight: Low,
            },
            Service {
                id: "conscious.execution.project_system",
                weight: Med,
            },
            Service {
                id: "conscious.execution.quarterly_performance",
                weight: Med,
            },
        ],
    },
    // IT performance management: medium effort — choosing KPIs, wiring data from the MSP's tools
    // and running the first quarterly target cycle takes weeks. The vCIO designs and runs it and
    // answers for IT performance (R and A). Serves cutting costs and continuity: the source ties
    // it to reliability and lower costs.
    Area {
        id: "controlled.performance",
        block: BlockId::Controlled,
        effort: Medium,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Vcio,
        goals: &[CutCosts, Continuity],
        services: &[
            Service {
                id: "controlled.performance.framework",
                weight: High,
            },
            Service {
                id: "controlled.performance.infrastructure",
                weight: Med,
            },
            Service {
                id: "controlled.performance.management",
                weight: Med,
            },
            Service {
                id: "controlled.performance.strategy",
                weight: Med,
            },
            Service {
                id: "controlled.performance.vendor",
                weight: Med,
            },
            Service {
                id: "controlled.performance.user_development",
                weight: Low,
            },
        ],
    },
    // Strategy execution best practices: medium effort — introducing project management practice
    // (portfolio, budget/risk, planning, change communication, closure) takes weeks of coaching.
    // Internal IT runs the projects day to day (R); the vCIO answers for delivery (A). Serves
    // revenue and scale: key initiatives land instead of drifting.
    Area {
        id: "controlled.execution_practices",
        block: BlockId::Controlled,
        effort: Medium,
        risk: 1,
        responsible: Role::InternalIt,
        accountable: Role::Vcio,
        goals: &[GrowRevenue, Scale],
        services: &[
            Service {
                id: "controlled.execution_practices.initiatives",
                weight: High,
            },
            Service {
                id: "controlled.execution_practices.budget_risk",
                weight: Med,
            },
            Service {
                id: "controlled.execution_practices.visualization_planning",
                weight: Med,
            },
            Service {
                id: "controlled.execution_practices.change_communication",
                weight: Med,
            },
            Service {
                id: "controlled.execution_practices.project_close",
                weight: Low,
            },
        ],
    },
    // IT audits: medium effort — designing the audit process and running the first round of
    // security, backup, DR and infrastructure audits takes a few weeks. An independent auditor
    // (vendor) does the audits (R); the executive answers for acting on findings (A). Serves
    // compliance and continuity.
    Area {
        id: "controlled.audits",
        block: BlockId::Controlled,
        effort: Medium,
        risk: 1,
        responsible: Role::Vendor,
        accountable: Role::Executive,
        goals: &[Compliance, Continuity],
        services: &[
            Service {
                id: "controlled.audits.independent_auditor",
                weight: Med,
            },
            Service {
                id: "controlled.audits.audit_process",
                weight: Med,
            },
            Service {
                id: "controlled.audits.security_dr_backup",
                weight: High,
            },
            Service {
                id: "controlled.audits.infrastructure_services",
                weight: Med,
            },
            Service {
                id: "controlled.audits.management",
                weight: Low,
            },
        ],
    },
    // IT organization: large effort — writing the operations manual, agreeing processes and an
    // org chart across 20–30 parties and rolling out a shared collaboration platform takes months
    // of change management. The vCIO organises it (R); the executive answers for the structure
    // (A). Serves scale (a structure new people and vendors can join) and cutting costs.
    Area {
        id: "controlled.organization",
        block: BlockId::Controlled,
        effort: Large,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Scale, CutCosts],
        services: &[
            Service {
                id: "controlled.organization.processes_policies",
                weight: Med,
            },
            Service {
                id: "controlled.organization.operation_manual",
                weight: High,
            },
            Service {
                id: "controlled.organization.collaboration_platform",
                weight: Med,
            },
            Service {
                id: "controlled.organization.org_chart",
                weight: Low,
            },
            Service {
                id: "controlled.organization.competence_growth",
                weight: Low,
            },
        ],
    },
    // IT reporting: medium effort — defining the reporting framework and building recurring
    // reports from the MSP's and vendors' tools takes weeks. The MSP produces most reports (R);
    // the vCIO answers for leadership getting the right metrics (A). Serves cutting costs (what
    // is measured can be managed) and compliance (evidence for audits).
    Area {
        id: "clear.reporting",
        block: BlockId::Clear,
        effort: Medium,
        risk: 1,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[CutCosts, Compliance],
        services: &[
            Service {
                id: "clear.reporting.framework",
                weight: High,
            },
            Service {
                id: "clear.reporting.infrastructure",
                weight: Med,
            },
            Service {
                id: "clear.reporting.management",
                weight: Med,
            },
            Service {
                id: "clear.reporting.strategy",
                weight: Med,
            },
            Service {
                id: "clear.reporting.vendor",
                weight: Low,
            },
            Service {
                id: "clear.reporting.user",
                weight: Low,
            },
        ],
    },
    // Responsibility matrix (Clear focus: transparency of who does what): small effort —
    // interviews and one workshop produce the matrix within days; a classic quick win. The vCIO
    // runs it (R); the executive answers for it (A), since unowned duties end with the CEO.
    // Serves continuity (no forgotten duties, fewer single points of failure) and compliance.
    Area {
        id: "clear.responsibility",
        block: BlockId::Clear,
        effort: Small,
        risk: 2,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "clear.responsibility.audit_workshop",
                weight: High,
            },
            Service {
                id: "clear.responsibility.management",
                weight: Med,
            },
            Service {
                id: "clear.responsibility.dependency_risk",
                weight: Med,
            },
        ],
    },
    // Internal SLA: small effort — starting from a template, the service levels can be agreed in
    // a couple of sessions. Internal IT drafts and keeps it (R); the executive decides the
    // quality/speed/cost trade-offs (A). Serves cutting costs (pay for the service level actually
    // needed) and continuity (agreed response times).
    Area {
        id: "clear.internal_sla",
        block: BlockId::Clear,
        effort: Small,
        risk: 1,
        responsible: Role::InternalIt,
        accountable: Role::Executive,
        goals: &[CutCosts, Continuity],
        services: &[
            Service {
                id: "clear.internal_sla.creation",
                weight: High,
            },
            Service {
                id: "clear.internal_sla.enforcement",
                weight: Med,
            },
        ],
    },
    // IT management tools: medium effort — each tool (password vault, documentation, budget,
    // execution tracking) is quick alone, but choosing and adopting five takes weeks. The MSP
    // sets them up (R); internal IT answers for their daily use (A). Serves cutting costs (the
    // source's stated aim) and scale (tools keep working as the team grows).
    Area {
        id: "clear.tools",
        block: BlockId::Clear,
        effort: Medium,
        risk: 1,
        responsible: Role::Msp,
        accountable: Role::InternalIt,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "clear.tools.execution_tool",
                weight: Med,
            },
            Service {
                id: "clear.tools.maturity_tool",
                weight: Low,
            },
            Service {
                id: "clear.tools.document_management",
                weight: Med,
            },
            Service {
                id: "clear.tools.password_tool",
                weight: High,
            },
            Service {
                id: "clear.tools.budget_tool",
                weight: Low,
            },
        ],
    },
    // Vendor management: medium effort — inventorying contracts, setting owners and running the
    // first round of reviews and renegotiations takes weeks. The vCIO does it on the client's
    // behalf (R); the executive who signs the contracts answers for them (A). Serves cutting
    // costs (renegotiation) and continuity (enforced vendor SLAs).
    Area {
        id: "clear.vendors",
        block: BlockId::Clear,
        effort: Medium,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Continuity],
        services: &[
            Service {
                id: "clear.vendors.erp",
                weight: Med,
            },
            Service {
                id: "clear.vendors.telco",
                weight: Med,
            },
            Service {
                id: "clear.vendors.cloud",
                weight: Med,
            },
            Service {
                id: "clear.vendors.general",
                weight: High,
            },
            Service {
                id: "clear.vendors.printer",
                weight: Low,
            },
        ],
    },
    // IT budget management: medium effort — defining what counts as IT cost, building the budget
    // and setting up controls and reports spans a budget cycle of several weeks. The vCIO builds
    // it (R); the executive (usually the CFO) answers for it (A). Serves cutting costs and
    // compliance (spending governance and reconciliation).
    Area {
        id: "cost_effective.budget",
        block: BlockId::CostEffective,
        effort: Medium,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Compliance],
        services: &[
            Service {
                id: "cost_effective.budget.planning",
                weight: High,
            },
            Service {
                id: "cost_effective.budget.controls",
                weight: Med,
            },
            Service {
                id: "cost_effective.budget.reports",
                weight: Med,
            },
        ],
    },
    // Operation efficiency: medium effort — analysing IT-related processes and delivering the
    // first improvements (a new tool, training, an integration) takes weeks, then continues as a
    // routine. The MSP does the analysis and changes (R); the vCIO answers for the gains (A).
    // Serves cutting costs and scale (leaner processes absorb growth without more staff).
    Area {
        id: "cost_effective.operations",
        block: BlockId::CostEffective,
        effort: Medium,
        risk: 1,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[CutCosts, Scale],
        services: &[Service {
            id: "cost_effective.operations.continuous_improvement",
            weight: Med,
        }],
    },
    // 7C framework and vCIO role: medium effort — putting the methodology, a certified vCIO and
    // the toolkit in place is an engagement of a few weeks. The vCIO does it (R); the executive
    // answers for running IT along a framework (A). Serves cutting costs (lean, complete IT
    // management) and scale (a repeatable management system).
    Area {
        id: "cost_effective.framework_vcio",
        block: BlockId::CostEffective,
        effort: Medium,
        risk: 1,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "cost_effective.framework_vcio.methodology",
                weight: Med,
            },
            Service {
                id: "cost_effective.framework_vcio.certified_vcio",
                weight: Med,
            },
            Service {
                id: "cost_effective.framework_vcio.toolkit",
                weight: Low,
            },
            Service {
                id: "cost_effective.framework_vcio.community_education",
                weight: Low,
            },
        ],
    },
    // IT procurement: small effort — a purchase policy, a standard device list and a license
    // inventory can be agreed within days; a typical quick win. Internal IT runs purchasing (R);
    // the executive answers for spending (A). Serves cutting costs (no duplicate subscriptions,
    // volume buying) and scale (standard devices make onboarding fast).
    Area {
        id: "cost_effective.procurement",
        block: BlockId::CostEffective,
        effort: Small,
        risk: 1,
        responsible: Role::InternalIt,
        accountable: Role::Executive,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "cost_effective.procurement.purchase_policy",
                weight: Med,
            },
            Service {
                id: "cost_effective.procurement.standardized_devices",
                weight: Med,
            },
            Service {
                id: "cost_effective.procurement.licenses_subscriptions",
                weight: High,
            },
            Service {
                id: "cost_effective.procurement.purchase_process",
                weight: Med,
            },
        ],
    },
];
