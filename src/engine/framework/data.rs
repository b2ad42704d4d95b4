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
        name: en!("Continuous"),
        question: en!("What is the level of IT security (NIST Cyber Security)?"),
        benefit: en!(
            "The business keeps running and its data stays safe when something goes wrong."
        ),
        risk: en!(
            "a ransomware attack, a failed disk or a lost laptop could stop the business for days and lose data for good."
        ),
    },
    Block {
        id: BlockId::Competent,
        name: en!("Competent"),
        question: en!("How efficient and professional is the IT ecosystem?"),
        benefit: en!(
            "IT runs smoothly and professionally, so people can do their work without interruptions."
        ),
        risk: en!(
            "staff lose time to slow, unreliable IT, and problems are patched one by one instead of solved once."
        ),
    },
    Block {
        id: BlockId::Charged,
        name: en!("Charged"),
        question: en!("How proactive and responsible is the IT ecosystem?"),
        benefit: en!(
            "Problems are prevented or fixed fast, and someone clearly owns every part of IT."
        ),
        risk: en!(
            "problems are fixed only after they hurt, and what falls between two chairs is nobody's job."
        ),
    },
    Block {
        id: BlockId::Conscious,
        name: en!("Conscious"),
        question: en!("How strategy- and business-focused is the IT ecosystem?"),
        benefit: en!(
            "Technology spending follows the company's strategy instead of the latest emergency."
        ),
        risk: en!(
            "technology spending follows emergencies and vendors' suggestions rather than the company's strategy."
        ),
    },
    Block {
        id: BlockId::Controlled,
        name: en!("Controlled"),
        question: en!("How measurable and governable is the IT ecosystem?"),
        benefit: en!(
            "IT performance is measured, projects land on time and audits hold no surprises."
        ),
        risk: en!(
            "no one can tell whether IT performs, projects overrun unnoticed, and audits bring surprises."
        ),
    },
    Block {
        id: BlockId::Clear,
        name: en!("Clear"),
        question: en!("How transparent or clear is the IT ecosystem?"),
        benefit: en!(
            "Leadership can see what IT does, who is responsible and what vendors deliver."
        ),
        risk: en!(
            "leadership can't see who does what in IT or what vendors deliver, so the CEO carries risks nobody has named."
        ),
    },
    Block {
        id: BlockId::CostEffective,
        name: en!("Cost effective"),
        question: en!("How well are costs controlled in the IT ecosystem?"),
        benefit: en!("Every euro or dollar spent on IT is planned, controlled and worth it."),
        risk: en!(
            "IT costs are neither planned nor controlled, and subscriptions and purchases pile up without anyone checking their value."
        ),
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
        name: en!("Backup management implementation"),
        effort: Small,
        responsible: Role::Msp,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.backup.policy",
                name: en!("Backup policy, regulation implementation"),
                weight: Med,
            },
            Service {
                id: "continuous.backup.process",
                name: en!("Backup process implementation"),
                weight: High,
            },
            Service {
                id: "continuous.backup.responsibilities",
                name: en!("Backup process responsibilities setting"),
                weight: Med,
            },
            Service {
                id: "continuous.backup.recovery_testing",
                name: en!("Data recovery testing & implementation"),
                weight: High,
            },
            Service {
                id: "continuous.backup.offsite",
                name: en!("Offsite backup implementation"),
                weight: High,
            },
            Service {
                id: "continuous.backup.recovery_plan",
                name: en!("Data recovery plan implementation"),
                weight: Med,
            },
            Service {
                id: "continuous.backup.offsite_solution",
                name: en!("Offsite backup solution implementation"),
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
        name: en!("Disaster Recovery Plan implementation"),
        effort: Large,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.drp.business_assessment",
                name: en!("Business Assessment"),
                weight: High,
            },
            Service {
                id: "continuous.drp.it_assessment",
                name: en!("IT Assessment"),
                weight: Med,
            },
            Service {
                id: "continuous.drp.plan_development",
                name: en!("Disaster Recovery Plan development"),
                weight: High,
            },
            Service {
                id: "continuous.drp.plan_implementation",
                name: en!("Disaster Recovery Plan implementation"),
                weight: High,
            },
            Service {
                id: "continuous.drp.plan_audits",
                name: en!("Disaster Recovery Plan audits"),
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
        name: en!("IT security best practices implementation"),
        effort: Large,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.security_practices.infosec_policy",
                name: en!("Corporate Information Security policy and regulation implementation"),
                weight: High,
            },
            Service {
                id: "continuous.security_practices.guidelines_education",
                name: en!("Corporate Information Security guidelines, education & implementation"),
                weight: High,
            },
            Service {
                id: "continuous.security_practices.user_lifecycle",
                name: en!("User role and Lifecycle management implementation"),
                weight: High,
            },
            Service {
                id: "continuous.security_practices.byod",
                name: en!("BYOD management implementation"),
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.password_management",
                name: en!("Password management implementation"),
                weight: High,
            },
            Service {
                id: "continuous.security_practices.risk_management",
                name: en!("Risk management implementation"),
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.ethical_hacking",
                name: en!("Ethical hacking testing services"),
                weight: Low,
            },
            Service {
                id: "continuous.security_practices.physical_security",
                name: en!("Physical IT Security protection implementation"),
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.policies_procedures",
                name: en!("IT Security, policies and procedures implementation"),
                weight: Med,
            },
            Service {
                id: "continuous.security_practices.governance",
                name: en!("IT Security governance implementation"),
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
        name: en!("Basic IT security management implementation"),
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Msp,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "continuous.security_basics.mobile_device_management",
                name: en!("Mobile Device Management implementation"),
                weight: Med,
            },
            Service {
                id: "continuous.security_basics.encryption",
                name: en!("Encryption management implementation"),
                weight: High,
            },
            Service {
                id: "continuous.security_basics.access_management",
                name: en!("Access management implementation"),
                weight: High,
            },
            Service {
                id: "continuous.security_basics.onsite_access",
                name: en!("Onsite data access management implementation"),
                weight: Med,
            },
            Service {
                id: "continuous.security_basics.online_access",
                name: en!("Online access management implementation"),
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
        name: en!("Managed Service Implementation"),
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Msp,
        goals: &[CutCosts, Continuity, Scale],
        services: &[
            Service {
                id: "competent.managed_services.rmm",
                name: en!("RMM Service Implementation"),
                weight: High,
            },
            Service {
                id: "competent.managed_services.psa",
                name: en!(
                    "PSA Implementation for Ticketing, Project Management, and Asset Management"
                ),
                weight: High,
            },
            Service {
                id: "competent.managed_services.knowledge_base",
                name: en!("Knowledge Base implementation"),
                weight: Med,
            },
            Service {
                id: "competent.managed_services.noc",
                name: en!("NOC service Implementation"),
                weight: Low,
            },
            Service {
                id: "competent.managed_services.disaster_recovery",
                name: en!("Disaster Recovery Plan Implementation"),
                weight: Med,
            },
            Service {
                id: "competent.managed_services.asset_management",
                name: en!("Asset Management Implementation"),
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
        name: en!("Proactive Services Implementation"),
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[CutCosts, GrowRevenue],
        services: &[
            Service {
                id: "competent.proactive.end_user_training",
                name: en!("Proactive End User Training Program Implementation"),
                weight: Med,
            },
            Service {
                id: "competent.proactive.self_service_kb",
                name: en!("Proactive Internal Self Service Knowledge Base Implementation"),
                weight: Low,
            },
            Service {
                id: "competent.proactive.personal_effectiveness",
                name: en!("Proactive Personal Effectiveness Program Implementation"),
                weight: Low,
            },
            Service {
                id: "competent.proactive.process_alignment",
                name: en!("Proactive Business Process - IT Alignment Practices Implementation"),
                weight: Med,
            },
            Service {
                id: "competent.proactive.system_integration",
                name: en!("Proactive System Integration Practice Implementation"),
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
        name: en!("Uptime Extension Services Implementation"),
        effort: Large,
        responsible: Role::Msp,
        accountable: Role::InternalIt,
        goals: &[Continuity, Scale],
        services: &[
            Service {
                id: "competent.uptime.redundant_infrastructure",
                name: en!("Redundant Infrastructure Implementation"),
                weight: High,
            },
            Service {
                id: "competent.uptime.standardized_infrastructure",
                name: en!("Standardized Infrastructure Implementation"),
                weight: Med,
            },
            Service {
                id: "competent.uptime.server_patching",
                name: en!("Server Side Patch Management Implementation"),
                weight: High,
            },
            Service {
                id: "competent.uptime.desktop_patching",
                name: en!("Desktop Side Patch Management Implementation"),
                weight: High,
            },
            Service {
                id: "competent.uptime.lifecycle_recycle",
                name: en!("Life-cycle, Recycle Management Implementation"),
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
        name: en!("Virtual CIO Services Implementation"),
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[GrowRevenue, CutCosts, Scale],
        services: &[
            Service {
                id: "competent.vcio.strategy_development",
                name: en!("vCIO Role Implementation for IT Strategy Development, and Leadership"),
                weight: High,
            },
            Service {
                id: "competent.vcio.strategy_execution",
                name: en!("vCIO Role Implementation for IT Strategy Execution, and Leadership"),
                weight: Med,
            },
            Service {
                id: "competent.vcio.general_leadership",
                name: en!("vCIO Role Implementation for General IT Leadership"),
                weight: Med,
            },
            Service {
                id: "competent.vcio.infrastructure_management",
                name: en!("vCIO Role Implementation for IT Infrastructure Management"),
                weight: Med,
            },
            Service {
                id: "competent.vcio.security_risk",
                name: en!("vCIO Role Implementation for IT Security and Risk Management"),
                weight: High,
            },
            Service {
                id: "competent.vcio.consultancy_representation",
                name: en!("vCIO Role Implementation for IT Consultancy, and Representation"),
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
        name: en!("Managed Service Implementation"),
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Msp,
        goals: &[Continuity, CutCosts],
        services: &[
            Service {
                id: "charged.managed_services.ticketing",
                name: en!("Ticketing System Implementation"),
                weight: Med,
            },
            Service {
                id: "charged.managed_services.disaster_recovery",
                name: en!("Disaster Recovery Plan Implementation"),
                weight: Med,
            },
            Service {
                id: "charged.managed_services.sla_ticketing",
                name: en!("SLA and Ticketing System Implementation"),
                weight: High,
            },
            Service {
                id: "charged.managed_services.service_manager",
                name: en!("Dedicated Service Manager Implementation"),
                weight: Med,
            },
            Service {
                id: "charged.managed_services.sla_overtime",
                name: en!("SLA for Overtime Implementation"),
                weight: Low,
            },
            Service {
                id: "charged.managed_services.sla_special_devices",
                name: en!("SLA for Special Device Implementation"),
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
        name: en!("Proactive Services Implementation"),
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[Continuity, CutCosts],
        services: &[
            Service {
                id: "charged.proactive.maintenance",
                name: en!("Proactive Maintenance Practice Implementation"),
                weight: High,
            },
            Service {
                id: "charged.proactive.end_user_training",
                name: en!("Proactive End User Training Program Implementation"),
                weight: Low,
            },
            Service {
                id: "charged.proactive.optimization",
                name: en!("Proactive Optimization Practice Implementation"),
                weight: Med,
            },
            Service {
                id: "charged.proactive.onsite_feedback",
                name: en!("Proactive Onsite Support and User Feedback Implementation"),
                weight: Low,
            },
            Service {
                id: "charged.proactive.quarterly_reviews",
                name: en!("Quarterly Business Analysis and Reviews Implementation"),
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
        name: en!("Responsibility Matrix Implementation"),
        effort: Small,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Scale],
        services: &[
            Service {
                id: "charged.responsibility.cio_role",
                name: en!("Responsibility Matrix - Including the CIO Role Implementation"),
                weight: High,
            },
            Service {
                id: "charged.responsibility.main_categories",
                name: en!("Responsibility Matrix - Main Categories Implementation"),
                weight: High,
            },
            Service {
                id: "charged.responsibility.education",
                name: en!("Responsibility Matrix - Education Implementation"),
                weight: Low,
            },
            Service {
                id: "charged.responsibility.ticketing_aligned",
                name: en!(
                    "Responsibility Matrix - Main Categories Implementation with Ticketing System Aligned"
                ),
                weight: Med,
            },
            Service {
                id: "charged.responsibility.contracts",
                name: en!("Responsibility Matrix - Attached to the Contracts"),
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
        name: en!("IT Strategy Planning Retreat"),
        effort: Small,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[GrowRevenue, CutCosts, Scale],
        services: &[
            Service {
                id: "conscious.strategy_retreat.external_swot",
                name: en!("IT Strategy, External Review, SWOT Session"),
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.internal_swot",
                name: en!("IT Strategy, Internal Review, SWOT Session"),
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.infrastructure_audit",
                name: en!("IT Strategy, IT Ecosystem, Infrastructure Audit Session"),
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.business_modelling",
                name: en!("IT Strategy, Business Modelling Session"),
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.virtual_it_evaluation",
                name: en!("IT Strategy, Virtual IT Department Evaluation Session"),
                weight: Low,
            },
            Service {
                id: "conscious.strategy_retreat.business_functions_mapping",
                name: en!("IT Strategy, Business Functions Mapping Session"),
                weight: Low,
            },
            Service {
                id: "conscious.strategy_retreat.business_processes_mapping",
                name: en!("IT Strategy, Business Processes Mapping Session"),
                weight: Low,
            },
            Service {
                id: "conscious.strategy_retreat.it_functions_planning",
                name: en!("IT Strategy, IT Functions Planning Session"),
                weight: Med,
            },
            Service {
                id: "conscious.strategy_retreat.strategic_initiatives",
                name: en!("IT Strategy, Strategic Initiatives Planning Session"),
                weight: High,
            },
            Service {
                id: "conscious.strategy_retreat.roadmap",
                name: en!("IT Strategy, Development Roadmap Session"),
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
        name: en!("IT Operational Planning"),
        effort: Small,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "conscious.operational_planning.budgeting",
                name: en!("IT Operational Plan, Budgeting Session"),
                weight: High,
            },
            Service {
                id: "conscious.operational_planning.capacity",
                name: en!("IT Operational Plan, Capacity Planning Session"),
                weight: Med,
            },
            Service {
                id: "conscious.operational_planning.priorities",
                name: en!("IT Operational Plan, Priority Setting Session"),
                weight: Med,
            },
            Service {
                id: "conscious.operational_planning.resource_redistribution",
                name: en!("IT Operational Plan, Resource Redistribution Session"),
                weight: Low,
            },
            Service {
                id: "conscious.operational_planning.finalizing",
                name: en!("IT Operational Plan Finalizing Session"),
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
        name: en!("IT Strategy Execution Management Implementation"),
        effort: Large,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[GrowRevenue, Scale],
        services: &[
            Service {
                id: "conscious.execution.quarterly_plan",
                name: en!("Quarterly IT Execution Plan Implementation"),
                weight: High,
            },
            Service {
                id: "conscious.execution.monthly_cycle",
                name: en!("Monthly IT Execution Cycle Implementation"),
                weight: Med,
            },
            Service {
                id: "conscious.execution.weekly_cycle",
                name: en!("Weekly IT Execution Cycle Implementation"),
                weight: Low,
            },
            Service {
                id: "conscious.execution.project_system",
                name: en!("Project Execution System Implementation"),
                weight: Med,
            },
            Service {
                id: "conscious.execution.quarterly_performance",
                name: en!("Quarterly Performance Management Implementation"),
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
        name: en!("IT Performance Management Best Practices Implementation"),
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Vcio,
        goals: &[CutCosts, Continuity],
        services: &[
            Service {
                id: "controlled.performance.framework",
                name: en!("IT Performance Management Framework Implementation"),
                weight: High,
            },
            Service {
                id: "controlled.performance.infrastructure",
                name: en!("IT Infrastructure Planning and Monitoring"),
                weight: Med,
            },
            Service {
                id: "controlled.performance.management",
                name: en!("IT Management Planning and Monitoring"),
                weight: Med,
            },
            Service {
                id: "controlled.performance.strategy",
                name: en!("IT Strategy Planning and Monitoring"),
                weight: Med,
            },
            Service {
                id: "controlled.performance.vendor",
                name: en!("IT Vendor Planning and Monitoring"),
                weight: Med,
            },
            Service {
                id: "controlled.performance.user_development",
                name: en!("IT User Development Best Practices Implementation"),
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
        name: en!("Strategy Execution Best Practices Implementation"),
        effort: Medium,
        responsible: Role::InternalIt,
        accountable: Role::Vcio,
        goals: &[GrowRevenue, Scale],
        services: &[
            Service {
                id: "controlled.execution_practices.initiatives",
                name: en!("Key IT Initiatives Management Best Practices Implementation"),
                weight: High,
            },
            Service {
                id: "controlled.execution_practices.budget_risk",
                name: en!("Key Project Budget, Risk Management Best Practices Implementation"),
                weight: Med,
            },
            Service {
                id: "controlled.execution_practices.visualization_planning",
                name: en!("Key Project Visualization, Planning Best Practices Implementation"),
                weight: Med,
            },
            Service {
                id: "controlled.execution_practices.change_communication",
                name: en!(
                    "Key Project Change Management, Communication Best Practices Implementation"
                ),
                weight: Med,
            },
            Service {
                id: "controlled.execution_practices.project_close",
                name: en!("Key Project Close Best Practices Implementation"),
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
        name: en!("IT Audits Implementation"),
        effort: Medium,
        responsible: Role::Vendor,
        accountable: Role::Executive,
        goals: &[Compliance, Continuity],
        services: &[
            Service {
                id: "controlled.audits.independent_auditor",
                name: en!("Independent Auditor Service Implementation"),
                weight: Med,
            },
            Service {
                id: "controlled.audits.audit_process",
                name: en!("IT Audit Process Design Based on Best Practices"),
                weight: Med,
            },
            Service {
                id: "controlled.audits.security_dr_backup",
                name: en!(
                    "Data Security Audit, Disaster Recovery Audit, Data Backup Audit Implementation"
                ),
                weight: High,
            },
            Service {
                id: "controlled.audits.infrastructure_services",
                name: en!(
                    "Server Management Audit, Network Audit, Server Room Audit, IT Services Audit Implementation"
                ),
                weight: Med,
            },
            Service {
                id: "controlled.audits.management",
                name: en!("IT Management Audit Implementation"),
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
        name: en!("IT Organization Best Practices Implementation"),
        effort: Large,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Scale, CutCosts],
        services: &[
            Service {
                id: "controlled.organization.processes_policies",
                name: en!(
                    "IT Operation Process Best Practices, IT Operation Policies Best Practices Implementation"
                ),
                weight: Med,
            },
            Service {
                id: "controlled.organization.operation_manual",
                name: en!(
                    "IT Operation Manual Best Practices Implementation (Knowledge Base, Administrator's Guide, Responsibility Areas)"
                ),
                weight: High,
            },
            Service {
                id: "controlled.organization.collaboration_platform",
                name: en!(
                    "Collaboration Platform Implementation, Ticketing, Project, Yearly, Quarterly Planning, Alignment"
                ),
                weight: Med,
            },
            Service {
                id: "controlled.organization.org_chart",
                name: en!("IT Organizational Chart Design"),
                weight: Low,
            },
            Service {
                id: "controlled.organization.competence_growth",
                name: en!("Competence Management and Personal Growth Plans"),
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
        name: en!("IT Reporting Practice implementation"),
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[CutCosts, Compliance],
        services: &[
            Service {
                id: "clear.reporting.framework",
                name: en!("Reporting Framework Implementation"),
                weight: High,
            },
            Service {
                id: "clear.reporting.infrastructure",
                name: en!("IT Infrastructure Reporting Implementation"),
                weight: Med,
            },
            Service {
                id: "clear.reporting.management",
                name: en!("IT Management Reporting Implementation"),
                weight: Med,
            },
            Service {
                id: "clear.reporting.strategy",
                name: en!("IT Strategy Reporting Implementation"),
                weight: Med,
            },
            Service {
                id: "clear.reporting.vendor",
                name: en!("IT Vendor Reporting Implementation"),
                weight: Low,
            },
            Service {
                id: "clear.reporting.user",
                name: en!("IT User Reporting Implementation"),
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
        name: en!("Responsibility Matrix Implementation"),
        effort: Small,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[Continuity, Compliance],
        services: &[
            Service {
                id: "clear.responsibility.audit_workshop",
                name: en!("Responsibility Matrix Audit, Interviews and Workshop"),
                weight: High,
            },
            Service {
                id: "clear.responsibility.management",
                name: en!("Responsibility Matrix Management Implementation"),
                weight: Med,
            },
            Service {
                id: "clear.responsibility.dependency_risk",
                name: en!("Team Dependency and Risk Analysis"),
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
        name: en!("Internal SLA Implementation"),
        effort: Small,
        responsible: Role::InternalIt,
        accountable: Role::Executive,
        goals: &[CutCosts, Continuity],
        services: &[
            Service {
                id: "clear.internal_sla.creation",
                name: en!("Internal SLA Creation based on Template"),
                weight: High,
            },
            Service {
                id: "clear.internal_sla.enforcement",
                name: en!("Internal SLA Enforcement"),
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
        name: en!("Efficient IT Management Tools Implementation"),
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::InternalIt,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "clear.tools.execution_tool",
                name: en!("Execution Management Tool Implementation"),
                weight: Med,
            },
            Service {
                id: "clear.tools.maturity_tool",
                name: en!("IT Maturity Management Measurement Tool Implementation"),
                weight: Low,
            },
            Service {
                id: "clear.tools.document_management",
                name: en!("IT Document Management Tool Implementation"),
                weight: Med,
            },
            Service {
                id: "clear.tools.password_tool",
                name: en!("Password Management Tool Implementation"),
                weight: High,
            },
            Service {
                id: "clear.tools.budget_tool",
                name: en!("Budget Management Tool Implementation"),
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
        name: en!("Vendor Management Implementation"),
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Continuity],
        services: &[
            Service {
                id: "clear.vendors.erp",
                name: en!("ERP Vendor Management Implementation"),
                weight: Med,
            },
            Service {
                id: "clear.vendors.telco",
                name: en!("Telco Vendor Management Implementation"),
                weight: Med,
            },
            Service {
                id: "clear.vendors.cloud",
                name: en!("Cloud Vendor Management Implementation"),
                weight: Med,
            },
            Service {
                id: "clear.vendors.general",
                name: en!("General Vendor Management Implementation"),
                weight: High,
            },
            Service {
                id: "clear.vendors.printer",
                name: en!("Printer Management Implementation"),
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
        name: en!("IT Budget Management Services Implementation"),
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Compliance],
        services: &[
            Service {
                id: "cost_effective.budget.planning",
                name: en!("IT Budget Planning"),
                weight: High,
            },
            Service {
                id: "cost_effective.budget.controls",
                name: en!("IT Budget Controls Implementation"),
                weight: Med,
            },
            Service {
                id: "cost_effective.budget.reports",
                name: en!("IT Budget Reports Implementation"),
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
        name: en!("Operation Efficiency Services Implementation"),
        effort: Medium,
        responsible: Role::Msp,
        accountable: Role::Vcio,
        goals: &[CutCosts, Scale],
        services: &[Service {
            id: "cost_effective.operations.continuous_improvement",
            name: en!("Continuous Process Improvement Implementation"),
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
        name: en!("7C IT Management Framework and a vCIO Role Implementation"),
        effort: Medium,
        responsible: Role::Vcio,
        accountable: Role::Executive,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "cost_effective.framework_vcio.methodology",
                name: en!("7C Methodology Implementation"),
                weight: Med,
            },
            Service {
                id: "cost_effective.framework_vcio.certified_vcio",
                name: en!("7C Certified vCIO Implementation"),
                weight: Med,
            },
            Service {
                id: "cost_effective.framework_vcio.toolkit",
                name: en!("7C vCIO Toolkit Software Package Implementation"),
                weight: Low,
            },
            Service {
                id: "cost_effective.framework_vcio.community_education",
                name: en!("7C vCIO Community, Continuous Education Implementation"),
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
        name: en!("IT Procurement Management Implementation"),
        effort: Small,
        responsible: Role::InternalIt,
        accountable: Role::Executive,
        goals: &[CutCosts, Scale],
        services: &[
            Service {
                id: "cost_effective.procurement.purchase_policy",
                name: en!("Purchase Policy Implementation"),
                weight: Med,
            },
            Service {
                id: "cost_effective.procurement.standardized_devices",
                name: en!("Standardized Device Policy Implementation"),
                weight: Med,
            },
            Service {
                id: "cost_effective.procurement.licenses_subscriptions",
                name: en!("Software License, Subscription Service Implementation"),
                weight: High,
            },
            Service {
                id: "cost_effective.procurement.purchase_process",
                name: en!("Purchase Process Policy Implementation"),
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
    en!(
        "Keep the data safe and sound, without any chance of data loss as a result of any single point of human error, lack of responsibility, or technical failure."
    ),
    en!(
        "Have a plan for when a disaster happens. It is a practical document that walks through all possible scenarios in case of an emergency event."
    ),
    en!(
        "Implement the best practices that can help to drive a smoother, safer, and more secure environment. This involves both systems and people."
    ),
    en!(
        "Implement some very basic tools to increase the protection of the IT environment, devices, storage and systems."
    ),
    en!(
        "Create the most advanced and efficient IT service environment. The infrastructure management is a core functionality and has to be done in a very professional manner. Using the latest automation and management tools, centralized services, and monitoring key to success."
    ),
    en!(
        "Achieve high level proactivity. IT is here to maximize overall productivity, but often even if we have the latest software in place, the client team is not aware of the advances and can get frustrated when the interface moves buttons. There is no shortage of personal productivity tools around but they are losing their potential business impact when the team is not shown how to use them to create a personal operation system with to-dos, calendars, and emails."
    ),
    en!(
        "Create and generate as high tenancy as possible for the given budget. You could influence the uptime of the overall systems with the professional services. Most of the job is proactive maintenance, standardized infrastructure, and redundancy. Discipline is the watchword here."
    ),
    en!(
        "Manage the IT ecosystem at the most professional level possible. Most IT management jobs are done by one of the C-level executives with an internal admin assistant and perhaps a third party MSP. These three roles don't cover the needed management capacity. A Virtual CIO and a third party IT consultant need to be in place for the following activities."
    ),
    en!(
        "Implement Managed Services not just for the professionalism but to maintain responsibility as well. That means creating a service offering around the overall responsibility and accountability of IT using tools, policies, systems, and best practices to make sure nothing falls through the cracks and customer expectations are always met through assured alignment."
    ),
    en!(
        "Create all the necessary proactive services to prevent problems or fix them as soon as possible. Monitor, optimize, and remediate if required. This is not just related to the infrastructure but for the business processes as well."
    ),
    en!(
        "Manage the responsibility and accountability of many internal, external, and third party resources and vendors. On average a \"Virtual IT Department\" consists of at least 15 parties (ISP, Software Companies, Consultants, Hardware Vendors, and Service Providers etc.). Who is the boss? Who is responsible for what? The issue here for the CEO is that if no one is responsible then ultimately he/her is responsible. These workshops are a great tool to align and organize the team."
    ),
    en!(
        "Create a rock solid IT strategy in a very short timeframe. Executives' time can't be wasted sitting and talking for days. What is the best practice for spending 4-16 hours of work to create a very solid IT concept, roadmap, or strategy? The answer includes processes, best practices, efficient data collecting, and decision making techniques."
    ),
    en!(
        "Create detailed guidance for the execution of the strategy. This should be a year long plan with all the deliverables, initiatives, projects, priorities, and responsibilities necessary for flawless execution. Most small businesses do not have these plans in place. They often see it as too much work to create them, so the cost/benefit ratio precludes it. Again the keys are the processes, templates, and best practices to do the work in the very small amount of time."
    ),
    en!(
        "Execute the plans adeptly. The agile methodology helps to create closed loop systematic rhythms around the execution. The key is to foster alignment on the deliverables and set expectations on time and budget. The most often overlooked factor is the personal time capacity planning. You have to set aside time for managing and doing all the project related work."
    ),
    en!(
        "The goal here is to maximize reliability through implemented best practices. Quarterly and monthly target setting measures performance and creating action plans drives costs down and increases efficiency."
    ),
    en!(
        "While it's great to think big-picture during the IT strategy session and develop fancy projects we need to reach our goals, we have to use specific IT related project and program management best practices to make sure that we are not just dreaming, but executing flawlessly."
    ),
    en!(
        "Ensure everything is safe and sound and works as we think it should be working. The various types of audits not only let us sleep better, but also keep up awareness of specific areas. To create such internal compliance requires a higher operational maturity."
    ),
    en!(
        "Organize the IT Ecosystem. This is a virtual department with 20 to 30 different vendors. Who is the boss? Who is working together? Who needs what information? How do we assist communication? It is worth the effort to establish order to get maximum value from our vendors and internal resources."
    ),
    en!(
        "Develop the necessary reports to be able to measure the performance of all departments and groups. What we can't measure, we can't manage. This is not an exercise in flooding the C level with reports. It means delivering critical weekly, monthly, quarterly, and yearly metrics of business performance."
    ),
    en!(
        "Establish clear aligned definition of who is doing what. Going through the 200+ responsibility areas, from checking on the backup to aligning the technology with the business needs is going to raise a lots of questions. Who should do what to make sure nothing is ignored or forgotten. Again the takeaway for the CEO is that if no one is responsible for an element of the matrix, ultimately the CEO is. It is better to know who does what before you need them to."
    ),
    en!(
        "The goal is to create the Service Level Agreement (SLA) internally. That means identifying all the necessary services the company need, make decisions on the needed quality, speed, cost, and create alignment on this. The internal audits could make sure the agreement is not just a paper on the shelf."
    ),
    en!(
        "Use the most efficient tools as possible in IT management. If IT wants to make the company more competitive, it first needs to be competitive itself. Using the latest and best efficiency tools is key to drive costs down."
    ),
    en!(
        "Make clear that the client is in the driver's seat and not the vendor. Vendor management means yearly negotiations on prices and services, switches if needed, mediation on tough problems, and enforcement of the service level agreement. Make sure they are creating the value we agreed on."
    ),
    en!(
        "Create and manage the most cost-effective IT budget. What is included in the budget needs to be strictly defined because everyone has to be on the same page when we're talking about costs, expenses, budgets, targets, etc. Setting a budget is incomplete without proper governance, reconciliation, reporting, and solid decision making."
    ),
    en!(
        "Analyse all the IT related processes in the organization. Are there any new tools we could use? Is education required to use the current systems? Is there any integration that could be done to make their processes leaner? A service offering encompassing these topic is a great tangible source of continuous improvement and total quality management."
    ),
    en!(
        "Manage every aspect of IT in a lean and straightforward framework. We create and implement the 7C Framework based on the 7C methodology. We must understand that the vCIO is a high level IT Executive and can be a third party. The framework he/she implements, manages, and further develops is based on:"
    ),
    en!(
        "Manage all IT expenditures of a company and keep them as low as possible. Set up rules around purchasing, and create standards to achieve a homogeneous environment including managing all software subscriptions - key to keeping the costs down."
    ),
];

/// One line per service on what having it in place means, in framework order (the order
/// of [`AREAS`] and their services). Kept apart for the same reason as
/// [`AREA_DESCRIPTIONS`].
pub static SERVICE_HELP: [&str; 139] = [
    en!("A written rule for what is backed up, how often and for how long it is kept."),
    en!("Backups run on a schedule by a defined process, not by someone remembering to do them."),
    en!("A named person or provider checks every backup result and acts on failures."),
    en!("Restores are tested regularly, so the company knows backups actually work."),
    en!("A copy of the data is kept away from the office, safe from fire, theft and ransomware."),
    en!("A documented order and method for getting data back after a loss."),
    en!("A dependable offsite or cloud backup product is chosen, deployed and monitored."),
    en!(
        "Critical processes and how much downtime and data loss each can bear are agreed with the business."
    ),
    en!(
        "The systems, dependencies and single points of failure behind the critical processes are mapped."
    ),
    en!("A written plan covers each disaster scenario with steps, owners and emergency contacts."),
    en!(
        "The plan's failover, spare capacity and contacts are really set up and staff know their roles."
    ),
    en!("The plan is tested and reviewed at least yearly and after every major change."),
    en!(
        "A written, approved information security policy sets the rules every employee must follow."
    ),
    en!("Staff get practical security guidelines and regular training, e.g. on spotting phishing."),
    en!("Accounts and rights follow job roles and are removed promptly when people move or leave."),
    en!("Clear rules and controls decide how personal phones and laptops may reach company data."),
    en!("Strong, unique passwords and multi-factor sign-in are required for company systems."),
    en!("IT risks are listed, rated and reviewed, each with an owner and a mitigation."),
    en!(
        "An outside tester periodically tries to break in, revealing weaknesses before attackers do."
    ),
    en!(
        "Server rooms, network gear and devices are locked away and physical access is controlled."
    ),
    en!(
        "Everyday security procedures, such as incident response and device handover, are written and followed."
    ),
    en!("Someone owns security, reviews it on a schedule and reports its status to management."),
    en!(
        "Company phones and tablets are enrolled, so they can be configured, locked or wiped remotely."
    ),
    en!(
        "Laptops, phones and sensitive data are encrypted, so a lost device does not mean a data breach."
    ),
    en!("Everyone can reach only the systems and data their job needs, and rights are reviewed."),
    en!(
        "File shares and on-premises systems have permissions set per group and checked regularly."
    ),
    en!(
        "Remote and cloud access (VPN, email, SaaS) is protected with multi-factor sign-in and monitored."
    ),
    en!(
        "All servers and workstations are monitored and managed centrally with remote management tools."
    ),
    en!("One system records every request, project and asset, so nothing gets lost."),
    en!(
        "Fixes, configurations and how-tos are documented in a searchable technical knowledge base."
    ),
    en!(
        "A network operations centre watches alerts around the clock and reacts before users notice."
    ),
    en!("The managed service includes ready, tested recovery procedures for the systems it runs."),
    en!("Every device, license and warranty is inventoried and the inventory is kept current."),
    en!(
        "Staff are shown new features and changes in their tools before they get stuck or frustrated."
    ),
    en!(
        "Employees find answers to common how-to questions themselves in an internal knowledge base."
    ),
    en!(
        "People learn to run email, calendar and to-dos as one personal system that saves them time."
    ),
    en!("IT regularly reviews business processes and adapts systems to support them better."),
    en!("Business applications are connected, so data flows between them without double entry."),
    en!(
        "Critical servers, storage, internet and power are redundant, so one failure does not stop work."
    ),
    en!("Devices and configurations follow a standard, making support faster and failures rarer."),
    en!(
        "Server operating systems and applications get security updates on a tested, regular schedule."
    ),
    en!(
        "Workstations and their applications are patched automatically and missing updates are reported."
    ),
    en!(
        "Hardware is replaced on a planned cycle and retired devices are wiped and recycled safely."
    ),
    en!("A vCIO leads the development of an IT strategy tied to the company's business goals."),
    en!("A vCIO drives the IT roadmap's projects to completion on time and on budget."),
    en!("A vCIO acts as the senior IT leader, coordinating internal staff, the MSP and vendors."),
    en!("A vCIO oversees infrastructure decisions, standards and capacity planning."),
    en!("A vCIO owns the security and risk agenda and reports on it to management."),
    en!("A vCIO advises on IT questions and represents the company toward vendors and partners."),
    en!("Every issue and request goes through a ticketing system with a clear owner and status."),
    en!(
        "The provider takes on responsibility for carrying out the recovery plan when disaster strikes."
    ),
    en!("Response and resolution times are agreed in an SLA and measured through the tickets."),
    en!("A named service manager at the provider answers for the account and handles escalations."),
    en!("The SLA covers support outside business hours, with agreed response times and costs."),
    en!(
        "The SLA explicitly covers special devices such as production, point-of-sale or lab equipment."
    ),
    en!("Systems get scheduled preventive maintenance instead of waiting for something to break."),
    en!("Users are trained regularly, so fewer everyday problems turn into support tickets."),
    en!("Performance and configurations are reviewed and tuned regularly using monitoring data."),
    en!("Someone visits onsite regularly and collects user feedback to fix problems early."),
    en!("Quarterly business reviews go over IT performance, risks and plans with management."),
    en!("The matrix names who holds the CIO duties, so IT leadership is not left to nobody."),
    en!("Each main IT area has a named party who does the work and one who answers for it."),
    en!("Everyone in the matrix, staff and vendors alike, has been walked through their duties."),
    en!("Ticket categories follow the matrix, so each request goes straight to its owner."),
    en!("Responsibilities are written into MSP and vendor contracts, making them enforceable."),
    en!("Market, competitor and technology trends are reviewed for IT opportunities and threats."),
    en!("The company's own IT strengths and weaknesses are assessed openly with leadership."),
    en!(
        "Current systems and infrastructure are surveyed as a factual starting point for the strategy."
    ),
    en!("The business model is reviewed to see where technology can add the most value."),
    en!("Every party in the virtual IT department (staff, MSP, vendors) is evaluated for fit."),
    en!("Business functions are mapped to the IT systems that support them, exposing gaps."),
    en!("Key business processes are mapped to find where IT can make them faster or leaner."),
    en!("The IT functions the company needs are planned, with who will deliver each one."),
    en!("Strategic IT initiatives are chosen and ranked by their impact on business goals."),
    en!("A dated IT roadmap turns the chosen initiatives into a multi-year plan."),
    en!("Next year's IT budget is built from the planned initiatives and the running costs."),
    en!("The people, time and system capacity the year's plan needs are estimated up front."),
    en!("Projects and initiatives are ranked, so the most important ones are done first."),
    en!("Work is reassigned between staff, MSP and vendors to fit the year's plan."),
    en!("The yearly IT plan is signed off with its deliverables, owners and dates."),
    en!("Each quarter has a concrete IT execution plan with goals, owners and budget."),
    en!("A monthly meeting checks progress on IT initiatives and removes blockers."),
    en!("A short weekly check-in keeps IT tasks moving and protects time for project work."),
    en!(
        "Projects run in one system with tasks, deadlines and status visible to everyone involved."
    ),
    en!("Each quarter, IT results are measured against targets and the next plan is adjusted."),
    en!("A set of IT KPIs with monthly and quarterly targets is defined and tracked."),
    en!("Infrastructure health and capacity are planned and monitored against targets."),
    en!(
        "IT management work, such as tickets, SLAs and projects, is planned and measured against targets."
    ),
    en!("Progress toward strategic IT goals is planned and monitored, not assumed."),
    en!("Each key vendor's delivery is monitored against agreed targets."),
    en!("Users' IT skills are developed to a plan and their progress is measured."),
    en!("Key IT initiatives are managed as one portfolio with owners, goals and status."),
    en!("Each key project has a budget and a risk list that are tracked until it ends."),
    en!("Project plans and progress are visualised, so everyone sees timelines and dependencies."),
    en!("Changes a project brings to users are announced, explained and supported."),
    en!(
        "Projects are formally closed with acceptance, handover documentation and lessons learned."
    ),
    en!("An independent party audits IT periodically, not only the people who run it."),
    en!("Audits follow a designed, recurring process with best-practice checklists."),
    en!(
        "Data security, disaster recovery readiness and backups are audited on a regular schedule."
    ),
    en!("Servers, network, server room and IT services are checked against best practice."),
    en!("IT management practices such as planning, budgeting and governance are audited too."),
    en!("IT operation processes and policies are defined and followed by every party involved."),
    en!(
        "An IT operations manual documents systems, admin procedures and who is responsible for what."
    ),
    en!(
        "One shared platform holds tickets, projects and yearly and quarterly plans for the whole IT team."
    ),
    en!("An IT org chart shows every internal and external party and who reports to whom."),
    en!("IT staff have defined competences and personal growth plans that are reviewed."),
    en!("A reporting framework defines which IT metrics go to whom, from weekly to yearly."),
    en!("Management gets regular reports on system health, uptime, backups and security."),
    en!("Regular reports show tickets, SLA performance and project status."),
    en!("Progress on the IT strategy and roadmap is reported to leadership."),
    en!("Each key vendor's performance and cost are reported regularly."),
    en!("Reports show user satisfaction, support requests and adoption of tools."),
    en!("Current responsibilities are surveyed through interviews and a workshop, exposing gaps."),
    en!("The matrix is kept up to date as people, vendors and systems change."),
    en!("Dependencies on single people or vendors are analysed and the risks addressed."),
    en!(
        "An internal SLA sets the expected quality, speed and cost of each IT service the company needs."
    ),
    en!("The internal SLA is measured and audited, so it is not just paper on the shelf."),
    en!("A task and project tool tracks IT work and commitments in one place."),
    en!("IT maturity is measured with a tool and tracked over time."),
    en!(
        "IT documentation, such as configurations, diagrams and procedures, lives in one managed tool."
    ),
    en!(
        "A business password manager stores and shares credentials securely instead of sheets or notes."
    ),
    en!("IT spending is tracked in a budget tool rather than in scattered spreadsheets."),
    en!("The ERP vendor's service, prices and upgrades are managed and reviewed every year."),
    en!("Phone and internet contracts are reviewed, renegotiated and their SLAs enforced."),
    en!("Cloud and SaaS providers are tracked, with their costs, data location and SLAs reviewed."),
    en!("Every IT vendor has an owner, a contract record, a yearly review and an escalation path."),
    en!("Printers and supplies are managed as one service, keeping print costs under control."),
    en!("A yearly IT budget is planned, with a clear definition of what counts as IT cost."),
    en!("Spending is checked against the budget, and approvals are needed beyond set limits."),
    en!("Budget-versus-actual IT spending is reported to management regularly."),
    en!(
        "IT-related processes are reviewed regularly for tools, training or integrations that make them leaner."
    ),
    en!("IT is managed along a complete framework, so no management area is forgotten."),
    en!("A trained, certified vCIO runs the framework for the company."),
    en!("The vCIO uses a dedicated toolkit to measure, plan and report IT management."),
    en!("The vCIO keeps learning through a peer community, bringing new practices to the company."),
    en!(
        "A written policy says who may buy which IT items, up to what amount, with whose approval."
    ),
    en!("Only approved standard device models are bought, keeping the environment uniform."),
    en!(
        "All software licenses and subscriptions are tracked, right-sized and renewed deliberately."
    ),
    en!("Purchases follow a defined request, quote, approval and receipt process."),
];
