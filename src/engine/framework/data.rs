//! The framework's data: blocks, delivery areas and services.
//!
//! Texts (names, area descriptions, service names) follow the framework's source text.
//! Service help texts and weights, and each area's effort, responsibility (R = who does
//! the work, A = who answers for it) and the goals it serves are product judgements
//! made for 20–300 seat companies without a full-time CIO; the reasoning for each area
//! is in the comment above it. Change them here and only here.

use super::{Area, Block, BlockId, Effort, Goal, Role, Service, Weight};

use Effort::{Large, Medium, Small};
use Goal::{Compliance, Continuity, CutCosts, GrowRevenue, Scale};
use Weight::{High, Low, Medium as Med};

/// The seven blocks, in [`BlockId::ALL`] order.
pub static BLOCKS: [Block; 7] = [
    Block {
        id: BlockId::Continuous,
        name: "Continuous",
        question: "What is the level of IT security (NIST Cyber Security)?",
        benefit: "The business keeps running and its data stays safe when something goes wrong.",
        risk: "a ransomware attack, a failed disk or a lost laptop could stop the business for days and lose data for good.",
    },
    Block {
        id: BlockId::Competent,
        name: "Competent",
        question: "How efficient and professional is the IT ecosystem?",
        benefit: "IT runs smoothly and professionally, so people can do their work without interruptions.",
        risk: "staff lose time to slow, unreliable IT, and problems are patched one by one instead of solved once.",
    },
    Block {
        id: BlockId::Charged,
        name: "Charged",
        question: "How proactive and responsible is the IT ecosystem?",
        benefit: "Problems are prevented or fixed fast, and someone clearly owns every part of IT.",
        risk: "problems are fixed only after they hurt, and what falls between two chairs is nobody's job.",
    },
    Block {
        id: BlockId::Conscious,
        name: "Conscious",
        question: "How strategy- and business-focused is the IT ecosystem?",
        benefit: "Technology spending follows the company's strategy instead of the latest emergency.",
        risk: "technology spending follows emergencies and vendors' suggestions rather than the company's strategy.",
    },
    Block {
        id: BlockId::Controlled,
        name: "Controlled",
        question: "How measurable and governable is the IT ecosystem?",
        benefit: "IT performance is measured, projects land on time and audits hold no surprises.",
        risk: "no one can tell whether IT performs, projects overrun unnoticed, and audits bring surprises.",
    },
    Block {
        id: BlockId::Clear,
        name: "Clear",
        question: "How transparent or clear is the IT ecosystem?",
        benefit: "Leadership can see what IT does, who is responsible and what vendors deliver.",
        risk: "leadership can't see who does what in IT or what vendors deliver, so the CEO carries risks nobody has named.",
    },
    Block {
        id: BlockId::CostEffective,
        name: "Cost effective",
        question: "How well are costs controlled in the IT ecosystem?",
        benefit: "Every euro or dollar spent on IT is planned, controlled and worth it.",
        risk: "IT costs are neither planned nor controlled, and subscriptions and purchases pile up without anyone checking their value.",
    },
];

/// The 27 delivery areas with their services, in the framework's order.
pub static AREAS: &[Area] = &[
    // Backup: small effort — a managed backup with an offsite copy and a restore test can be
    // in place within weeks. The MSP runs it (R); the executive answers for data loss (A),
    // because no one else can accept the business risk. Serves continuity and compliance
    // (retention rules).
    Area {
        id: "continuous.backup",
        block: BlockId::Continuous,
        name: "Backup management implementation",
        effort: Small,
        responsible: Role::Msp,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.backup.policy",
                name: "Backup policy, regulation implementation",
                weight: Med,
            },
            Service {
                id: "continuous.backup.process",
                name: "Backup process implementation",
                weight: High,
            },
            Service {
                id: "continuous.backup.responsibilities",
                name: "Backup process responsibilities setting",
                weight: Med,
            },
            Service {
                id: "continuous.backup.recovery_testing",
                name: "Data recovery testing & implementation",
                weight: High,
            },
            Service {
                id: "continuous.backup.offsite",
                name: "Offsite backup implementation",
                weight: High,
            },
            Service {
                id: "continuous.backup.recovery_plan",
                name: "Data recovery plan implementation",
                weight: Med,
            },
            Service {
                id: "continuous.backup.offsite_solution",
                name: "Offsite backup solution implementation",
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
        name: "Disaster Recovery Plan implementation",
        effort: Large,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.drp.business_assessment",
                name: "Business Assessment",
                weight: High,
            },
            Service {
                id: "continuous.drp.it_assessment",
                name: "IT Assessment",
                weight: Med,
            },
            Service {
                id: "continuous.drp.plan_development",
                name: "Disaster Recovery Plan development",
                weight: High,
            },
            Service {
                id: "continuous.drp.plan_implementation",
                name: "Disaster Recovery Plan implementation",
                weight: High,
            },
            Service {
                id: "continuous.drp.plan_audits",
                name: "Disaster Recovery Plan audits",
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
        name: "IT security best practices implementation",
        effort: Large,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.security_practices.infosec_policy",
                name: "Corporate Information Security policy and regulation implementation",
                weight: High,
            },
            Service {
                id: "continuous.security_practices.guidelines_education",
                name: "Corporate Information Security guidelines, education & implementation",
                weight: High,
            },
            Service {
                id: "continuous.security_practices.user_lifecycle",
                name: "User role and Lifecycle management implementation",
                weight: High,
            },
            Service {
                id: "continuous.security_practices.byod",
                name: "BYOD management implementation",
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.password_management",
                name: "Password management implementation",
                weight: High,
            },
            Service {
                id: "continuous.security_practices.risk_management",
                name: "Risk management implementation",
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.ethical_hacking",
                name: "Ethical hacking testing services",
                weight: Low,
            },
            Service {
                id: "continuous.security_practices.physical_security",
                name: "Physical IT Security protection implementation",
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.policies_procedures",
                name: "IT Security, policies and procedures implementation",
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.governance",
                name: "IT Security governance implementation",
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
        name: "Basic IT security management implementation",
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Msp,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.security_basics.mobile_device_management",
                name: "Mobile Device Management implementation",
                weight: Med,
            },
            Service {
                id: "continuous.security_basics.encryption",
                name: "Encryption management implementation",
                weight: High,
            },
            Service {
                id: "continuous.security_basics.access_management",
                name: "Access management implementation",
                weight: High,
            },
            Service {
                id: "continuous.security_basics.onsite_access",
                name: "Onsite data access management implementation",
                weight: Med,
            },
            Service {
                id: "continuous.security_basics.online_access",
                name: "Online access management implementation",
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
        name: "Managed Service Implementation",
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Msp,
        goals: &[CutCosts, Continuity, Scale],
        services: &[
            Service {
                id: "competent.managed_services.rmm",
                name: "RMM Service Implementation",
                weight: High,
            },
            Service {
                id: "competent.managed_services.psa",
                name: "PSA Implementation for Ticketing, Project Management, and Asset Management",
                weight: High,
            },
            Service {
                id: "competent.managed_services.knowledge_base",
                name: "Knowledge Base implementation",
                weight: Med,
            },
            Service {
                id: "competent.managed_services.noc",
                name: "NOC service Implementation",
                weight: Low,
            },
            Service {
                id: "competent.managed_services.disaster_recovery",
                name: "Disaster Recovery Plan Implementation",
                weight: Med,
            },
            Service {
                id: "competent.managed_services.asset_management",
                name: "Asset Management Implementation",
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
        name: "Proactive Services Implementation",
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[CutCosts, GrowRevenue],
        services: &[
            Service {
                id: "competent.proactive.end_user_training",
                name: "Proactive End User Training Program Implementation",
                weight: Med,
            },
            Service {
                id: "competent.proactive.self_service_kb",
                name: "Proactive Internal Self Service Knowledge Base Implementation",
                weight: Low,
            },
            Service {
                id: "competent.proactive.personal_effectiveness",
                name: "Proactive Personal Effectiveness Program Implementation",
                weight: Low,
            },
            Service {
                id: "competent.proactive.process_alignment",
                name: "Proactive Business Process - IT Alignment Practices Implementation",
                weight: Med,
            },
            Service {
                id: "competent.proactive.system_integration",
                name: "Proactive System Integration Practice Implementation",
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
        name: "Uptime Extension Services Implementation",
        effort: Large,
        responsible: Role::Msp,
        accountable: Role::InternalIt,
        goals: &[Continuity, Scale],
        services: &[
            Service {
                id: "competent.uptime.redundant_infrastructure",
                name: "Redundant Infrastructure Implementation",
                weight: High,
            },
            Service {
                id: "competent.uptime.standardized_infrastructure",
                name: "Standardized Infrastructure Implementation",
                weight: Med,
            },
            Service {
                id: "competent.uptime.server_patching",
                name: "Server Side Patch Management Implementation",
                weight: High,
            },
            Service {
                id: "competent.uptime.desktop_patching",
                name: "Desktop Side Patch Management Implementation",
                weight: High,
            },
            Service {
                id: "competent.uptime.lifecycle_recycle",
                name: "Life-cycle, Recycle Management Implementation",
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
        name: "Virtual CIO Services Implementation",
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[GrowRevenue, CutCosts, Scale],
        services: &[
            Service {
                id: "competent.vcio.strategy_development",
                name: "vCIO Role Implementation for IT Strategy Development, and Leadership",
                weight: High,
            },
            Service {
                id: "competent.vcio.strategy_execution",
                name: "vCIO Role Implementation for IT Strategy Execution, and Leadership",
                weight: Med,
            },
            Service {
                id: "competent.vcio.general_leadership",
                name: "vCIO Role Implementation for General IT Leadership",
                weight: Med,
            },
            Service {
                id: "competent.vcio.infrastructure_management",
                name: "vCIO Role Implementation for IT Infrastructure Management",
                weight: Med,
            },
            Service {
                id: "competent.vcio.security_risk",
                name: "vCIO Role Implementation for IT Security and Risk Management",
                weight: High,
            },
            Service {
                id: "competent.vcio.consultancy_representation",
                name: "vCIO Role Implementation for IT Consultancy, and Representation",
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
        name: "Managed Service Implementation",
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Msp,
        goals: &[Continuity, CutCosts],
        services: &[
            Service {
                id: "charged.managed_services.ticketing",
                name: "Ticketing System Implementation",
                weight: Med,
            },
            Service {
                id: "charged.managed_services.disaster_recovery",
                name: "Disaster Recovery Plan Implementation",
                weight: Med,
            },
            Service {
                id: "charged.managed_services.sla_ticketing",
                name: "SLA and Ticketing System Implementation",
                weight: High,
            },
            Service {
                id: "charged.managed_services.service_manager",
                name: "Dedicated Service Manager Implementation",
                weight: Med,
            },
            Service {
                id: "charged.managed_services.sla_overtime",
                name: "SLA for Overtime Implementation",
                weight: Low,
            },
            Service {
                id: "charged.managed_services.sla_special_devices",
                name: "SLA for Special Device Implementation",
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
        name: "Proactive Services Implementation",
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[Continuity, CutCosts],
        services: &[
            Service {
                id: "charged.proactive.maintenance",
                name: "Proactive Maintenance Practice Implementation",
                weight: High,
            },
            Service {
                id: "charged.proactive.end_user_training",
                name: "Proactive End User Training Program Implementation",
                weight: Low,
            },
            Service {
                id: "charged.proactive.optimization",
                name: "Proactive Optimization Practice Implementation",
                weight: Med,
            },
            Service {
                id: "charged.proactive.onsite_feedback",
                name: "Proactive Onsite Support and User Feedback Implementation",
                weight: Low,
            },
            Service {
                id: "charged.proactive.quarterly_reviews",
                name: "Quarterly Business Analysis and Reviews Implementation",
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
        name: "Responsibility Matrix Implementation",
        effort: Small,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Scale],
        services: &[
            Service {
                id: "charged.responsibility.cio_role",
                name: "Responsibility Matrix - Including the CIO Role Implementation",
                weight: High,
            },
            Service {
                id: "charged.responsibility.main_categories",
                name: "Responsibility Matrix - Main Categories Implementation",
                weight: High,
            },
            Service {
                id: "charged.responsibility.education",
                name: "Responsibility Matrix - Education Implementation",
                weight: Low,
            },
            Service {
                id: "charged.responsibility.ticketing_aligned",
                name: "Responsibility Matrix - Main Categories Implementation with Ticketing System Aligned",
                weight: Med,
            },
            Service {
                id: "charged.responsibility.contracts",
                name: "Responsibility Matrix - Attached to the Contracts",
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
        name: "IT Strategy Planning Retreat",
        effort: Small,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[GrowRevenue, CutCosts, Scale],
        services: &[
            Service {
                id: "conscious.strategy_retreat.external_swot",
                name: "IT Strategy, External Review, SWOT Session",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.internal_swot",
                name: "IT Strategy, Internal Review, SWOT Session",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.infrastructure_audit",
                name: "IT Strategy, IT Ecosystem, Infrastructure Audit Session",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.business_modelling",
                name: "IT Strategy, Business Modelling Session",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.virtual_it_evaluation",
                name: "IT Strategy, Virtual IT Department Evaluation Session",
                weight: Low,
            },
            Service {
                id: "conscious.strategy_retreat.business_functions_mapping",
                name: "IT Strategy, Business Functions Mapping Session",
                weight: Low,
            },
            Service {
                id: "conscious.strategy_retreat.business_processes_mapping",
                name: "IT Strategy, Business Processes Mapping Session",
                weight: Low,
            },
            Service {
                id: "conscious.strategy_retreat.it_functions_planning",
                name: "IT Strategy, IT Functions Planning Session",
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.strategic_initiatives",
                name: "IT Strategy, Strategic Initiatives Planning Session",
                weight: High,
            },
            Service {
                id: "conscious.strategy_retreat.roadmap",
                name: "IT Strategy, Development Roadmap Session",
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
        name: "IT Operational Planning",
        effort: Small,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "conscious.operational_planning.budgeting",
                name: "IT Operational Plan, Budgeting Session",
                weight: High,
            },
            Service {
                id: "conscious.operational_planning.capacity",
                name: "IT Operational Plan, Capacity Planning Session",
                weight: Med,
            },
            Service {
                id: "conscious.operational_planning.priorities",
                name: "IT Operational Plan, Priority Setting Session",
                weight: Med,
            },
            Service {
                id: "conscious.operational_planning.resource_redistribution",
                name: "IT Operational Plan, Resource Redistribution Session",
                weight: Low,
            },
            Service {
                id: "conscious.operational_planning.finalizing",
                name: "IT Operational Plan Finalizing Session",
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
        name: "IT Strategy Execution Management Implementation",
        effort: Large,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[GrowRevenue, Scale],
        services: &[
            Service {
                id: "conscious.execution.quarterly_plan",
                name: "Quarterly IT Execution Plan Implementation",
                weight: High,
            },
            Service {
                id: "conscious.execution.monthly_cycle",
                name: "Monthly IT Execution Cycle Implementation",
                weight: Med,
            },
            Service {
                id: "conscious.execution.weekly_cycle",
                name: "Weekly IT Execution Cycle Implementation",
                weight: Low,
            },
            Service {
                id: "conscious.execution.project_system",
                name: "Project Execution System Implementation",
                weight: Med,
            },
            Service {
                id: "conscious.execution.quarterly_performance",
                name: "Quarterly Performance Management Implementation",
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
        name: "IT Performance Management Best Practices Implementation",
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Vcio,
        goals: &[CutCosts, Continuity],
        services: &[
            Service {
                id: "controlled.performance.framework",
                name: "IT Performance Management Framework Implementation",
                weight: High,
            },
            Service {
                id: "controlled.performance.infrastructure",
                name: "IT Infrastructure Planning and Monitoring",
                weight: Med,
            },
            Service {
                id: "controlled.performance.management",
                name: "IT Management Planning and Monitoring",
                weight: Med,
            },
            Service {
                id: "controlled.performance.strategy",
                name: "IT Strategy Planning and Monitoring",
                weight: Med,
            },
            Service {
                id: "controlled.performance.vendor",
                name: "IT Vendor Planning and Monitoring",
                weight: Med,
            },
            Service {
                id: "controlled.performance.user_development",
                name: "IT User Development Best Practices Implementation",
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
        name: "Strategy Execution Best Practices Implementation",
        effort: Medium,
        responsible: Role::InternalIt,
        accountable: Role::Vcio,
        goals: &[GrowRevenue, Scale],
        services: &[
            Service {
                id: "controlled.execution_practices.initiatives",
                name: "Key IT Initiatives Management Best Practices Implementation",
                weight: High,
            },
            Service {
                id: "controlled.execution_practices.budget_risk",
                name: "Key Project Budget, Risk Management Best Practices Implementation",
                weight: Med,
            },
            Service {
                id: "controlled.execution_practices.visualization_planning",
                name: "Key Project Visualization, Planning Best Practices Implementation",
                weight: Med,
            },
            Service {
                id: "controlled.execution_practices.change_communication",
                name: "Key Project Change Management, Communication Best Practices Implementation",
                weight: Med,
            },
            Service {
                id: "controlled.execution_practices.project_close",
                name: "Key Project Close Best Practices Implementation",
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
        name: "IT Audits Implementation",
        effort: Medium,
        responsible: Role::Vendor,
        accountable: Role::Executive,
        goals: &[Compliance, Continuity],
        services: &[
            Service {
                id: "controlled.audits.independent_auditor",
                name: "Independent Auditor Service Implementation",
                weight: Med,
            },
            Service {
                id: "controlled.audits.audit_process",
                name: "IT Audit Process Design Based on Best Practices",
                weight: Med,
            },
            Service {
                id: "controlled.audits.security_dr_backup",
                name: "Data Security Audit, Disaster Recovery Audit, Data Backup Audit Implementation",
                weight: High,
            },
            Service {
                id: "controlled.audits.infrastructure_services",
                name: "Server Management Audit, Network Audit, Server Room Audit, IT Services Audit Implementation",
                weight: Med,
            },
            Service {
                id: "controlled.audits.management",
                name: "IT Management Audit Implementation",
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
        name: "IT Organization Best Practices Implementation",
        effort: Large,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Scale, CutCosts],
        services: &[
            Service {
                id: "controlled.organization.processes_policies",
                name: "IT Operation Process Best Practices, IT Operation Policies Best Practices Implementation",
                weight: Med,
            },
            Service {
                id: "controlled.organization.operation_manual",
                name: "IT Operation Manual Best Practices Implementation (Knowledge Base, Administrator's Guide, Responsibility Areas)",
                weight: High,
            },
            Service {
                id: "controlled.organization.collaboration_platform",
                name: "Collaboration Platform Implementation, Ticketing, Project, Yearly, Quarterly Planning, Alignment",
                weight: Med,
            },
            Service {
                id: "controlled.organization.org_chart",
                name: "IT Organizational Chart Design",
                weight: Low,
            },
            Service {
                id: "controlled.organization.competence_growth",
                name: "Competence Management and Personal Growth Plans",
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
        name: "IT Reporting Practice implementation",
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[CutCosts, Compliance],
        services: &[
            Service {
                id: "clear.reporting.framework",
                name: "Reporting Framework Implementation",
                weight: High,
            },
            Service {
                id: "clear.reporting.infrastructure",
                name: "IT Infrastructure Reporting Implementation",
                weight: Med,
            },
            Service {
                id: "clear.reporting.management",
                name: "IT Management Reporting Implementation",
                weight: Med,
            },
            Service {
                id: "clear.reporting.strategy",
                name: "IT Strategy Reporting Implementation",
                weight: Med,
            },
            Service {
                id: "clear.reporting.vendor",
                name: "IT Vendor Reporting Implementation",
                weight: Low,
            },
            Service {
                id: "clear.reporting.user",
                name: "IT User Reporting Implementation",
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
        name: "Responsibility Matrix Implementation",
        effort: Small,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "clear.responsibility.audit_workshop",
                name: "Responsibility Matrix Audit, Interviews and Workshop",
                weight: High,
            },
            Service {
                id: "clear.responsibility.management",
                name: "Responsibility Matrix Management Implementation",
                weight: Med,
            },
            Service {
                id: "clear.responsibility.dependency_risk",
                name: "Team Dependency and Risk Analysis",
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
        name: "Internal SLA Implementation",
        effort: Small,
        responsible: Role::InternalIt,
        accountable: Role::Executive,
        goals: &[CutCosts, Continuity],
        services: &[
            Service {
                id: "clear.internal_sla.creation",
                name: "Internal SLA Creation based on Template",
                weight: High,
            },
            Service {
                id: "clear.internal_sla.enforcement",
                name: "Internal SLA Enforcement",
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
        name: "Efficient IT Management Tools Implementation",
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::InternalIt,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "clear.tools.execution_tool",
                name: "Execution Management Tool Implementation",
                weight: Med,
            },
            Service {
                id: "clear.tools.maturity_tool",
                name: "IT Maturity Management Measurement Tool Implementation",
                weight: Low,
            },
            Service {
                id: "clear.tools.document_management",
                name: "IT Document Management Tool Implementation",
                weight: Med,
            },
            Service {
                id: "clear.tools.password_tool",
                name: "Password Management Tool Implementation",
                weight: High,
            },
            Service {
                id: "clear.tools.budget_tool",
                name: "Budget Management Tool Implementation",
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
        name: "Vendor Management Implementation",
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Continuity],
        services: &[
            Service {
                id: "clear.vendors.erp",
                name: "ERP Vendor Management Implementation",
                weight: Med,
            },
            Service {
                id: "clear.vendors.telco",
                name: "Telco Vendor Management Implementation",
                weight: Med,
            },
            Service {
                id: "clear.vendors.cloud",
                name: "Cloud Vendor Management Implementation",
                weight: Med,
            },
            Service {
                id: "clear.vendors.general",
                name: "General Vendor Management Implementation",
                weight: High,
            },
            Service {
                id: "clear.vendors.printer",
                name: "Printer Management Implementation",
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
        name: "IT Budget Management Services Implementation",
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Compliance],
        services: &[
            Service {
                id: "cost_effective.budget.planning",
                name: "IT Budget Planning",
                weight: High,
            },
            Service {
                id: "cost_effective.budget.controls",
                name: "IT Budget Controls Implementation",
                weight: Med,
            },
            Service {
                id: "cost_effective.budget.reports",
                name: "IT Budget Reports Implementation",
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
        name: "Operation Efficiency Services Implementation",
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[CutCosts, Scale],
        services: &[Service {
            id: "cost_effective.operations.continuous_improvement",
            name: "Continuous Process Improvement Implementation",
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
        name: "7C IT Management Framework and a vCIO Role Implementation",
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "cost_effective.framework_vcio.methodology",
                name: "7C Methodology Implementation",
                weight: Med,
            },
            Service {
                id: "cost_effective.framework_vcio.certified_vcio",
                name: "7C Certified vCIO Implementation",
                weight: Med,
            },
            Service {
                id: "cost_effective.framework_vcio.toolkit",
                name: "7C vCIO Toolkit Software Package Implementation",
                weight: Low,
            },
            Service {
                id: "cost_effective.framework_vcio.community_education",
                name: "7C vCIO Community, Continuous Education Implementation",
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
        name: "IT Procurement Management Implementation",
        effort: Small,
        responsible: Role::InternalIt,
        accountable: Role::Executive,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "cost_effective.procurement.purchase_policy",
                name: "Purchase Policy Implementation",
                weight: Med,
            },
            Service {
                id: "cost_effective.procurement.standardized_devices",
                name: "Standardized Device Policy Implementation",
                weight: Med,
            },
            Service {
                id: "cost_effective.procurement.licenses_subscriptions",
                name: "Software License, Subscription Service Implementation",
                weight: High,
            },
            Service {
                id: "cost_effective.procurement.purchase_process",
                name: "Purchase Process Policy Implementation",
                weight: Med,
            },
        ],
    },
];

/// The framework's description of each delivery area, in [`AREAS`] order.
///
/// Kept apart from [`AREAS`] so that code which never shows descriptions (the widget)
/// does not carry them: the browser build drops statics nothing reads.
pub static AREA_DESCRIPTIONS: [&str; 27] = [
    "Keep the data safe and sound, without any chance of data loss as a result of any single point of human error, lack of responsibility, or technical failure.",
    "Have a plan for when a disaster happens. It is a practical document that walks through all possible scenarios in case of an emergency event.",
    "Implement the best practices that can help to drive a smoother, safer, and more secure environment. This involves both systems and people.",
    "Implement some very basic tools to increase the protection of the IT environment, devices, storage and systems.",
    "Create the most advanced and efficient IT service environment. The infrastructure management is a core functionality and has to be done in a very professional manner. Using the latest automation and management tools, centralized services, and monitoring key to success.",
    "Achieve high level proactivity. IT is here to maximize overall productivity, but often even if we have the latest software in place, the client team is not aware of the advances and can get frustrated when the interface moves buttons. There is no shortage of personal productivity tools around but they are losing their potential business impact when the team is not shown how to use them to create a personal operation system with to-dos, calendars, and emails.",
    "Create and generate as high tenancy as possible for the given budget. You could influence the uptime of the overall systems with the professional services. Most of the job is proactive maintenance, standardized infrastructure, and redundancy. Discipline is the watchword here.",
    "Manage the IT ecosystem at the most professional level possible. Most IT management jobs are done by one of the C-level executives with an internal admin assistant and perhaps a third party MSP. These three roles don't cover the needed management capacity. A Virtual CIO and a third party IT consultant need to be in place for the following activities.",
    "Implement Managed Services not just for the professionalism but to maintain responsibility as well. That means creating a service offering around the overall responsibility and accountability of IT using tools, policies, systems, and best practices to make sure nothing falls through the cracks and customer expectations are always met through assured alignment.",
    "Create all the necessary proactive services to prevent problems or fix them as soon as possible. Monitor, optimize, and remediate if required. This is not just related to the infrastructure but for the business processes as well.",
    "Manage the responsibility and accountability of many internal, external, and third party resources and vendors. On average a \"Virtual IT Department\" consists of at least 15 parties (ISP, Software Companies, Consultants, Hardware Vendors, and Service Providers etc.). Who is the boss? Who is responsible for what? The issue here for the CEO is that if no one is responsible then ultimately he/her is responsible. These workshops are a great tool to align and organize the team.",
    "Create a rock solid IT strategy in a very short timeframe. Executives' time can't be wasted sitting and talking for days. What is the best practice for spending 4-16 hours of work to create a very solid IT concept, roadmap, or strategy? The answer includes processes, best practices, efficient data collecting, and decision making techniques.",
    "Create detailed guidance for the execution of the strategy. This should be a year long plan with all the deliverables, initiatives, projects, priorities, and responsibilities necessary for flawless execution. Most small businesses do not have these plans in place. They often see it as too much work to create them, so the cost/benefit ratio precludes it. Again the keys are the processes, templates, and best practices to do the work in the very small amount of time.",
    "Execute the plans adeptly. The agile methodology helps to create closed loop systematic rhythms around the execution. The key is to foster alignment on the deliverables and set expectations on time and budget. The most often overlooked factor is the personal time capacity planning. You have to set aside time for managing and doing all the project related work.",
    "The goal here is to maximize reliability through implemented best practices. Quarterly and monthly target setting measures performance and creating action plans drives costs down and increases efficiency.",
    "While it's great to think big-picture during the IT strategy session and develop fancy projects we need to reach our goals, we have to use specific IT related project and program management best practices to make sure that we are not just dreaming, but executing flawlessly.",
    "Ensure everything is safe and sound and works as we think it should be working. The various types of audits not only let us sleep better, but also keep up awareness of specific areas. To create such internal compliance requires a higher operational maturity.",
    "Organize the IT Ecosystem. This is a virtual department with 20 to 30 different vendors. Who is the boss? Who is working together? Who needs what information? How do we assist communication? It is worth the effort to establish order to get maximum value from our vendors and internal resources.",
    "Develop the necessary reports to be able to measure the performance of all departments and groups. What we can't measure, we can't manage. This is not an exercise in flooding the C level with reports. It means delivering critical weekly, monthly, quarterly, and yearly metrics of business performance.",
    "Establish clear aligned definition of who is doing what. Going through the 200+ responsibility areas, from checking on the backup to aligning the technology with the business needs is going to raise a lots of questions. Who should do what to make sure nothing is ignored or forgotten. Again the takeaway for the CEO is that if no one is responsible for an element of the matrix, ultimately the CEO is. It is better to know who does what before you need them to.",
    "The goal is to create the Service Level Agreement (SLA) internally. That means identifying all the necessary services the company need, make decisions on the needed quality, speed, cost, and create alignment on this. The internal audits could make sure the agreement is not just a paper on the shelf.",
    "Use the most efficient tools as possible in IT management. If IT wants to make the company more competitive, it first needs to be competitive itself. Using the latest and best efficiency tools is key to drive costs down.",
    "Make clear that the client is in the driver's seat and not the vendor. Vendor management means yearly negotiations on prices and services, switches if needed, mediation on tough problems, and enforcement of the service level agreement. Make sure they are creating the value we agreed on.",
    "Create and manage the most cost-effective IT budget. What is included in the budget needs to be strictly defined because everyone has to be on the same page when we're talking about costs, expenses, budgets, targets, etc. Setting a budget is incomplete without proper governance, reconciliation, reporting, and solid decision making.",
    "Analyse all the IT related processes in the organization. Are there any new tools we could use? Is education required to use the current systems? Is there any integration that could be done to make their processes leaner? A service offering encompassing these topic is a great tangible source of continuous improvement and total quality management.",
    "Manage every aspect of IT in a lean and straightforward framework. We create and implement the 7C Framework based on the 7C methodology. We must understand that the vCIO is a high level IT Executive and can be a third party. The framework he/she implements, manages, and further develops is based on:",
    "Manage all IT expenditures of a company and keep them as low as possible. Set up rules around purchasing, and create standards to achieve a homogeneous environment including managing all software subscriptions - key to keeping the costs down.",
];

/// One line per service on what having it in place means, in framework order (the order
/// of [`AREAS`] and their services). Kept apart for the same reason as
/// [`AREA_DESCRIPTIONS`].
pub static SERVICE_HELP: [&str; 139] = [
    "A written rule for what is backed up, how often and for how long it is kept.",
    "Backups run on a schedule by a defined process, not by someone remembering to do them.",
    "A named person or provider checks every backup result and acts on failures.",
    "Restores are tested regularly, so the company knows backups actually work.",
    "A copy of the data is kept away from the office, safe from fire, theft and ransomware.",
    "A documented order and method for getting data back after a loss.",
    "A dependable offsite or cloud backup product is chosen, deployed and monitored.",
    "Critical processes and how much downtime and data loss each can bear are agreed with the business.",
    "The systems, dependencies and single points of failure behind the critical processes are mapped.",
    "A written plan covers each disaster scenario with steps, owners and emergency contacts.",
    "The plan's failover, spare capacity and contacts are really set up and staff know their roles.",
    "The plan is tested and reviewed at least yearly and after every major change.",
    "A written, approved information security policy sets the rules every employee must follow.",
    "Staff get practical security guidelines and regular training, e.g. on spotting phishing.",
    "Accounts and rights follow job roles and are removed promptly when people move or leave.",
    "Clear rules and controls decide how personal phones and laptops may reach company data.",
    "Strong, unique passwords and multi-factor sign-in are required for company systems.",
    "IT risks are listed, rated and reviewed, each with an owner and a mitigation.",
    "An outside tester periodically tries to break in, revealing weaknesses before attackers do.",
    "Server rooms, network gear and devices are locked away and physical access is controlled.",
    "Everyday security procedures, such as incident response and device handover, are written and followed.",
    "Someone owns security, reviews it on a schedule and reports its status to management.",
    "Company phones and tablets are enrolled, so they can be configured, locked or wiped remotely.",
    "Laptops, phones and sensitive data are encrypted, so a lost device does not mean a data breach.",
    "Everyone can reach only the systems and data their job needs, and rights are reviewed.",
    "File shares and on-premises systems have permissions set per group and checked regularly.",
    "Remote and cloud access (VPN, email, SaaS) is protected with multi-factor sign-in and monitored.",
    "All servers and workstations are monitored and managed centrally with remote management tools.",
    "One system records every request, project and asset, so nothing gets lost.",
    "Fixes, configurations and how-tos are documented in a searchable technical knowledge base.",
    "A network operations centre watches alerts around the clock and reacts before users notice.",
    "The managed service includes ready, tested recovery procedures for the systems it runs.",
    "Every device, license and warranty is inventoried and the inventory is kept current.",
    "Staff are shown new features and changes in their tools before they get stuck or frustrated.",
    "Employees find answers to common how-to questions themselves in an internal knowledge base.",
    "People learn to run email, calendar and to-dos as one personal system that saves them time.",
    "IT regularly reviews business processes and adapts systems to support them better.",
    "Business applications are connected, so data flows between them without double entry.",
    "Critical servers, storage, internet and power are redundant, so one failure does not stop work.",
    "Devices and configurations follow a standard, making support faster and failures rarer.",
    "Server operating systems and applications get security updates on a tested, regular schedule.",
    "Workstations and their applications are patched automatically and missing updates are reported.",
    "Hardware is replaced on a planned cycle and retired devices are wiped and recycled safely.",
    "A vCIO leads the development of an IT strategy tied to the company's business goals.",
    "A vCIO drives the IT roadmap's projects to completion on time and on budget.",
    "A vCIO acts as the senior IT leader, coordinating internal staff, the MSP and vendors.",
    "A vCIO oversees infrastructure decisions, standards and capacity planning.",
    "A vCIO owns the security and risk agenda and reports on it to management.",
    "A vCIO advises on IT questions and represents the company toward vendors and partners.",
    "Every issue and request goes through a ticketing system with a clear owner and status.",
    "The provider takes on responsibility for carrying out the recovery plan when disaster strikes.",
    "Response and resolution times are agreed in an SLA and measured through the tickets.",
    "A named service manager at the provider answers for the account and handles escalations.",
    "The SLA covers support outside business hours, with agreed response times and costs.",
    "The SLA explicitly covers special devices such as production, point-of-sale or lab equipment.",
    "Systems get scheduled preventive maintenance instead of waiting for something to break.",
    "Users are trained regularly, so fewer everyday problems turn into support tickets.",
    "Performance and configurations are reviewed and tuned regularly using monitoring data.",
    "Someone visits onsite regularly and collects user feedback to fix problems early.",
    "Quarterly business reviews go over IT performance, risks and plans with management.",
    "The matrix names who holds the CIO duties, so IT leadership is not left to nobody.",
    "Each main IT area has a named party who does the work and one who answers for it.",
    "Everyone in the matrix, staff and vendors alike, has been walked through their duties.",
    "Ticket categories follow the matrix, so each request goes straight to its owner.",
    "Responsibilities are written into MSP and vendor contracts, making them enforceable.",
    "Market, competitor and technology trends are reviewed for IT opportunities and threats.",
    "The company's own IT strengths and weaknesses are assessed openly with leadership.",
    "Current systems and infrastructure are surveyed as a factual starting point for the strategy.",
    "The business model is reviewed to see where technology can add the most value.",
    "Every party in the virtual IT department (staff, MSP, vendors) is evaluated for fit.",
    "Business functions are mapped to the IT systems that support them, exposing gaps.",
    "Key business processes are mapped to find where IT can make them faster or leaner.",
    "The IT functions the company needs are planned, with who will deliver each one.",
    "Strategic IT initiatives are chosen and ranked by their impact on business goals.",
    "A dated IT roadmap turns the chosen initiatives into a multi-year plan.",
    "Next year's IT budget is built from the planned initiatives and the running costs.",
    "The people, time and system capacity the year's plan needs are estimated up front.",
    "Projects and initiatives are ranked, so the most important ones are done first.",
    "Work is reassigned between staff, MSP and vendors to fit the year's plan.",
    "The yearly IT plan is signed off with its deliverables, owners and dates.",
    "Each quarter has a concrete IT execution plan with goals, owners and budget.",
    "A monthly meeting checks progress on IT initiatives and removes blockers.",
    "A short weekly check-in keeps IT tasks moving and protects time for project work.",
    "Projects run in one system with tasks, deadlines and status visible to everyone involved.",
    "Each quarter, IT results are measured against targets and the next plan is adjusted.",
    "A set of IT KPIs with monthly and quarterly targets is defined and tracked.",
    "Infrastructure health and capacity are planned and monitored against targets.",
    "IT management work, such as tickets, SLAs and projects, is planned and measured against targets.",
    "Progress toward strategic IT goals is planned and monitored, not assumed.",
    "Each key vendor's delivery is monitored against agreed targets.",
    "Users' IT skills are developed to a plan and their progress is measured.",
    "Key IT initiatives are managed as one portfolio with owners, goals and status.",
    "Each key project has a budget and a risk list that are tracked until it ends.",
    "Project plans and progress are visualised, so everyone sees timelines and dependencies.",
    "Changes a project brings to users are announced, explained and supported.",
    "Projects are formally closed with acceptance, handover documentation and lessons learned.",
    "An independent party audits IT periodically, not only the people who run it.",
    "Audits follow a designed, recurring process with best-practice checklists.",
    "Data security, disaster recovery readiness and backups are audited on a regular schedule.",
    "Servers, network, server room and IT services are checked against best practice.",
    "IT management practices such as planning, budgeting and governance are audited too.",
    "IT operation processes and policies are defined and followed by every party involved.",
    "An IT operations manual documents systems, admin procedures and who is responsible for what.",
    "One shared platform holds tickets, projects and yearly and quarterly plans for the whole IT team.",
    "An IT org chart shows every internal and external party and who reports to whom.",
    "IT staff have defined competences and personal growth plans that are reviewed.",
    "A reporting framework defines which IT metrics go to whom, from weekly to yearly.",
    "Management gets regular reports on system health, uptime, backups and security.",
    "Regular reports show tickets, SLA performance and project status.",
    "Progress on the IT strategy and roadmap is reported to leadership.",
    "Each key vendor's performance and cost are reported regularly.",
    "Reports show user satisfaction, support requests and adoption of tools.",
    "Current responsibilities are surveyed through interviews and a workshop, exposing gaps.",
    "The matrix is kept up to date as people, vendors and systems change.",
    "Dependencies on single people or vendors are analysed and the risks addressed.",
    "An internal SLA sets the expected quality, speed and cost of each IT service the company needs.",
    "The internal SLA is measured and audited, so it is not just paper on the shelf.",
    "A task and project tool tracks IT work and commitments in one place.",
    "IT maturity is measured with a tool and tracked over time.",
    "IT documentation, such as configurations, diagrams and procedures, lives in one managed tool.",
    "A business password manager stores and shares credentials securely instead of sheets or notes.",
    "IT spending is tracked in a budget tool rather than in scattered spreadsheets.",
    "The ERP vendor's service, prices and upgrades are managed and reviewed every year.",
    "Phone and internet contracts are reviewed, renegotiated and their SLAs enforced.",
    "Cloud and SaaS providers are tracked, with their costs, data location and SLAs reviewed.",
    "Every IT vendor has an owner, a contract record, a yearly review and an escalation path.",
    "Printers and supplies are managed as one service, keeping print costs under control.",
    "A yearly IT budget is planned, with a clear definition of what counts as IT cost.",
    "Spending is checked against the budget, and approvals are needed beyond set limits.",
    "Budget-versus-actual IT spending is reported to management regularly.",
    "IT-related processes are reviewed regularly for tools, training or integrations that make them leaner.",
    "IT is managed along a complete framework, so no management area is forgotten.",
    "A trained, certified vCIO runs the framework for the company.",
    "The vCIO uses a dedicated toolkit to measure, plan and report IT management.",
    "The vCIO keeps learning through a peer community, bringing new practices to the company.",
    "A written policy says who may buy which IT items, up to what amount, with whose approval.",
    "Only approved standard device models are bought, keeping the environment uniform.",
    "All software licenses and subscriptions are tracked, right-sized and renewed deliberately.",
    "Purchases follow a defined request, quote, approval and receipt process.",
];
