//! English texts of the framework, the question banks and the profile, keyed by the core's IDs.
//!
//! Written from the framework's source text (names, descriptions) and for a business owner
//! (questions, answers, help). Other languages translate exactly these keys.

/// Domain texts by key, in catalogue order.
pub static DOMAIN: &[(&str, &str)] = &[
    ("block.continuous.name", "Continuous"),
    ("block.continuous.plain", "Security and backup"),
    (
        "block.continuous.question",
        "What is the level of IT security (NIST Cyber Security)?",
    ),
    (
        "block.continuous.benefit",
        "The business keeps running and its data stays safe when something goes wrong.",
    ),
    (
        "block.continuous.risk",
        "a ransomware attack, a failed disk or a lost laptop could stop the business for days and lose data for good.",
    ),
    ("block.competent.name", "Competent"),
    ("block.competent.plain", "Reliable everyday IT"),
    (
        "block.competent.question",
        "How efficient and professional is the IT ecosystem?",
    ),
    (
        "block.competent.benefit",
        "IT runs smoothly and professionally, so people can do their work without interruptions.",
    ),
    (
        "block.competent.risk",
        "staff lose time to slow, unreliable IT, and problems are patched one by one instead of solved once.",
    ),
    ("block.charged.name", "Charged"),
    ("block.charged.plain", "Proactive care, clear duties"),
    (
        "block.charged.question",
        "How proactive and responsible is the IT ecosystem?",
    ),
    (
        "block.charged.benefit",
        "Problems are prevented or fixed fast, and someone clearly owns every part of IT.",
    ),
    (
        "block.charged.risk",
        "problems are fixed only after they hurt, and what falls between two chairs is nobody's job.",
    ),
    ("block.conscious.name", "Conscious"),
    ("block.conscious.plain", "IT plans that serve the business"),
    (
        "block.conscious.question",
        "How strategy- and business-focused is the IT ecosystem?",
    ),
    (
        "block.conscious.benefit",
        "Technology spending follows the company's strategy instead of the latest emergency.",
    ),
    (
        "block.conscious.risk",
        "technology spending follows emergencies and vendors' suggestions rather than the company's strategy.",
    ),
    ("block.controlled.name", "Controlled"),
    ("block.controlled.plain", "Measured and governed"),
    (
        "block.controlled.question",
        "How measurable and governable is the IT ecosystem?",
    ),
    (
        "block.controlled.benefit",
        "IT performance is measured, projects land on time and audits hold no surprises.",
    ),
    (
        "block.controlled.risk",
        "no one can tell whether IT performs, projects overrun unnoticed, and audits bring surprises.",
    ),
    ("block.clear.name", "Clear"),
    ("block.clear.plain", "Who does what, visible"),
    (
        "block.clear.question",
        "How transparent or clear is the IT ecosystem?",
    ),
    (
        "block.clear.benefit",
        "Leadership can see what IT does, who is responsible and what vendors deliver.",
    ),
    (
        "block.clear.risk",
        "leadership can't see who does what in IT or what vendors deliver, so the CEO carries risks nobody has named.",
    ),
    ("block.cost_effective.name", "Cost effective"),
    ("block.cost_effective.plain", "IT costs under control"),
    (
        "block.cost_effective.question",
        "How well are costs controlled in the IT ecosystem?",
    ),
    (
        "block.cost_effective.benefit",
        "Every euro or dollar spent on IT is planned, controlled and worth it.",
    ),
    (
        "block.cost_effective.risk",
        "IT costs are neither planned nor controlled, and subscriptions and purchases pile up without anyone checking their value.",
    ),
    (
        "area.continuous.backup.name",
        "Backup management implementation",
    ),
    (
        "area.continuous.backup.desc",
        "Keep the data safe and sound, without any chance of data loss as a result of any single point of human error, lack of responsibility, or technical failure.",
    ),
    ("area.continuous.backup.plain", "Backups you can restore"),
    (
        "service.continuous.backup.policy.name",
        "Backup policy, regulation implementation",
    ),
    (
        "service.continuous.backup.policy.help",
        "A written rule for what is backed up, how often and for how long it is kept.",
    ),
    (
        "service.continuous.backup.process.name",
        "Backup process implementation",
    ),
    (
        "service.continuous.backup.process.help",
        "Backups run on a schedule by a defined process, not by someone remembering to do them.",
    ),
    (
        "service.continuous.backup.responsibilities.name",
        "Backup process responsibilities setting",
    ),
    (
        "service.continuous.backup.responsibilities.help",
        "A named person or provider checks every backup result and acts on failures.",
    ),
    (
        "service.continuous.backup.recovery_testing.name",
        "Data recovery testing & implementation",
    ),
    (
        "service.continuous.backup.recovery_testing.help",
        "Restores are tested regularly, so the company knows backups actually work.",
    ),
    (
        "service.continuous.backup.offsite.name",
        "Offsite backup implementation",
    ),
    (
        "service.continuous.backup.offsite.help",
        "A copy of the data is kept away from the office, safe from fire, theft and ransomware.",
    ),
    (
        "service.continuous.backup.recovery_plan.name",
        "Data recovery plan implementation",
    ),
    (
        "service.continuous.backup.recovery_plan.help",
        "A documented order and method for getting data back after a loss.",
    ),
    (
        "service.continuous.backup.offsite_solution.name",
        "Offsite backup solution implementation",
    ),
    (
        "service.continuous.backup.offsite_solution.help",
        "A dependable offsite or cloud backup product is chosen, deployed and monitored.",
    ),
    (
        "area.continuous.drp.name",
        "Disaster Recovery Plan implementation",
    ),
    (
        "area.continuous.drp.desc",
        "Have a plan for when a disaster happens. It is a practical document that walks through all possible scenarios in case of an emergency event.",
    ),
    (
        "area.continuous.drp.plain",
        "A tested plan for a major outage",
    ),
    (
        "service.continuous.drp.business_assessment.name",
        "Business Assessment",
    ),
    (
        "service.continuous.drp.business_assessment.help",
        "Critical processes and how much downtime and data loss each can bear are agreed with the business.",
    ),
    ("service.continuous.drp.it_assessment.name", "IT Assessment"),
    (
        "service.continuous.drp.it_assessment.help",
        "The systems, dependencies and single points of failure behind the critical processes are mapped.",
    ),
    (
        "service.continuous.drp.plan_development.name",
        "Disaster Recovery Plan development",
    ),
    (
        "service.continuous.drp.plan_development.help",
        "A written plan covers each disaster scenario with steps, owners and emergency contacts.",
    ),
    (
        "service.continuous.drp.plan_implementation.name",
        "Disaster Recovery Plan implementation",
    ),
    (
        "service.continuous.drp.plan_implementation.help",
        "The plan's failover, spare capacity and contacts are really set up and staff know their roles.",
    ),
    (
        "service.continuous.drp.plan_audits.name",
        "Disaster Recovery Plan audits",
    ),
    (
        "service.continuous.drp.plan_audits.help",
        "The plan is tested and reviewed at least yearly and after every major change.",
    ),
    (
        "area.continuous.security_practices.name",
        "IT security best practices implementation",
    ),
    (
        "area.continuous.security_practices.desc",
        "Implement the best practices that can help to drive a smoother, safer, and more secure environment. This involves both systems and people.",
    ),
    (
        "area.continuous.security_practices.plain",
        "Security rules, training and incident response",
    ),
    (
        "service.continuous.security_practices.infosec_policy.name",
        "Corporate Information Security policy and regulation implementation",
    ),
    (
        "service.continuous.security_practices.infosec_policy.help",
        "A written, approved information security policy sets the rules every employee must follow.",
    ),
    (
        "service.continuous.security_practices.guidelines_education.name",
        "Corporate Information Security guidelines, education & implementation",
    ),
    (
        "service.continuous.security_practices.guidelines_education.help",
        "Staff get practical security guidelines and regular training, e.g. on spotting phishing.",
    ),
    (
        "service.continuous.security_practices.user_lifecycle.name",
        "User role and Lifecycle management implementation",
    ),
    (
        "service.continuous.security_practices.user_lifecycle.help",
        "Accounts and rights follow job roles and are removed promptly when people move or leave.",
    ),
    (
        "service.continuous.security_practices.byod.name",
        "BYOD management implementation",
    ),
    (
        "service.continuous.security_practices.byod.help",
        "Clear rules and controls decide how personal phones and laptops may reach company data.",
    ),
    (
        "service.continuous.security_practices.password_management.name",
        "Password management implementation",
    ),
    (
        "service.continuous.security_practices.password_management.help",
        "Strong, unique passwords and multi-factor sign-in are required for company systems.",
    ),
    (
        "service.continuous.security_practices.risk_management.name",
        "Risk management implementation",
    ),
    (
        "service.continuous.security_practices.risk_management.help",
        "IT risks are listed, rated and reviewed, each with an owner and a mitigation.",
    ),
    (
        "service.continuous.security_practices.ethical_hacking.name",
        "Ethical hacking testing services",
    ),
    (
        "service.continuous.security_practices.ethical_hacking.help",
        "An outside tester periodically tries to break in, revealing weaknesses before attackers do.",
    ),
    (
        "service.continuous.security_practices.physical_security.name",
        "Physical IT Security protection implementation",
    ),
    (
        "service.continuous.security_practices.physical_security.help",
        "Server rooms, network gear and devices are locked away and physical access is controlled.",
    ),
    (
        "service.continuous.security_practices.policies_procedures.name",
        "IT Security, policies and procedures implementation",
    ),
    (
        "service.continuous.security_practices.policies_procedures.help",
        "Everyday security procedures, such as incident response and device handover, are written and followed.",
    ),
    (
        "service.continuous.security_practices.governance.name",
        "IT Security governance implementation",
    ),
    (
        "service.continuous.security_practices.governance.help",
        "Someone owns security, reviews it on a schedule and reports its status to management.",
    ),
    (
        "area.continuous.security_basics.name",
        "Basic IT security management implementation",
    ),
    (
        "area.continuous.security_basics.desc",
        "Implement some very basic tools to increase the protection of the IT environment, devices, storage and systems.",
    ),
    (
        "area.continuous.security_basics.plain",
        "Sign-in protection, admin rights and device encryption",
    ),
    (
        "service.continuous.security_basics.mobile_device_management.name",
        "Mobile Device Management implementation",
    ),
    (
        "service.continuous.security_basics.mobile_device_management.help",
        "Company phones and tablets are enrolled, so they can be configured, locked or wiped remotely.",
    ),
    (
        "service.continuous.security_basics.encryption.name",
        "Encryption management implementation",
    ),
    (
        "service.continuous.security_basics.encryption.help",
        "Laptops, phones and sensitive data are encrypted, so a lost device does not mean a data breach.",
    ),
    (
        "service.continuous.security_basics.access_management.name",
        "Access management implementation",
    ),
    (
        "service.continuous.security_basics.access_management.help",
        "Everyone can reach only the systems and data their job needs, and rights are reviewed.",
    ),
    (
        "service.continuous.security_basics.onsite_access.name",
        "Onsite data access management implementation",
    ),
    (
        "service.continuous.security_basics.onsite_access.help",
        "File shares and on-premises systems have permissions set per group and checked regularly.",
    ),
    (
        "service.continuous.security_basics.online_access.name",
        "Online access management implementation",
    ),
    (
        "service.continuous.security_basics.online_access.help",
        "Remote and cloud access (VPN, email, SaaS) is protected with multi-factor sign-in and monitored.",
    ),
    (
        "area.competent.managed_services.name",
        "Managed Service Implementation",
    ),
    (
        "area.competent.managed_services.desc",
        "Create the most advanced and efficient IT service environment. The infrastructure management is a core functionality and has to be done in a very professional manner. Using the latest automation and management tools, centralized services, and monitoring key to success.",
    ),
    (
        "area.competent.managed_services.plain",
        "Monitored protection and an IT inventory",
    ),
    (
        "service.competent.managed_services.rmm.name",
        "RMM Service Implementation",
    ),
    (
        "service.competent.managed_services.rmm.help",
        "All servers and workstations are monitored and managed centrally with remote management tools.",
    ),
    (
        "service.competent.managed_services.psa.name",
        "PSA Implementation for Ticketing, Project Management, and Asset Management",
    ),
    (
        "service.competent.managed_services.psa.help",
        "One system records every request, project and asset, so nothing gets lost.",
    ),
    (
        "service.competent.managed_services.knowledge_base.name",
        "Knowledge Base implementation",
    ),
    (
        "service.competent.managed_services.knowledge_base.help",
        "Fixes, configurations and how-tos are documented in a searchable technical knowledge base.",
    ),
    (
        "service.competent.managed_services.noc.name",
        "NOC service Implementation",
    ),
    (
        "service.competent.managed_services.noc.help",
        "A network operations center watches alerts around the clock and reacts before users notice.",
    ),
    (
        "service.competent.managed_services.disaster_recovery.name",
        "Disaster Recovery Plan Implementation",
    ),
    (
        "service.competent.managed_services.disaster_recovery.help",
        "The managed service includes ready, tested recovery procedures for the systems it runs.",
    ),
    (
        "service.competent.managed_services.asset_management.name",
        "Asset Management Implementation",
    ),
    (
        "service.competent.managed_services.asset_management.help",
        "Every device, license and warranty is inventoried and the inventory is kept current.",
    ),
    (
        "area.competent.proactive.name",
        "Proactive Services Implementation",
    ),
    (
        "area.competent.proactive.desc",
        "Achieve high level proactivity. IT is here to maximize overall productivity, but often even if we have the latest software in place, the client team is not aware of the advances and can get frustrated when the interface moves buttons. There is no shortage of personal productivity tools around but they are losing their potential business impact when the team is not shown how to use them to create a personal operation system with to-dos, calendars, and emails.",
    ),
    (
        "area.competent.proactive.plain",
        "Help people get more from their software",
    ),
    (
        "service.competent.proactive.end_user_training.name",
        "Proactive End User Training Program Implementation",
    ),
    (
        "service.competent.proactive.end_user_training.help",
        "Staff are shown new features and changes in their tools before they get stuck or frustrated.",
    ),
    (
        "service.competent.proactive.self_service_kb.name",
        "Proactive Internal Self Service Knowledge Base Implementation",
    ),
    (
        "service.competent.proactive.self_service_kb.help",
        "Employees find answers to common how-to questions themselves in an internal knowledge base.",
    ),
    (
        "service.competent.proactive.personal_effectiveness.name",
        "Proactive Personal Effectiveness Program Implementation",
    ),
    (
        "service.competent.proactive.personal_effectiveness.help",
        "People learn to run email, calendar and to-dos as one personal system that saves them time.",
    ),
    (
        "service.competent.proactive.process_alignment.name",
        "Proactive Business Process - IT Alignment Practices Implementation",
    ),
    (
        "service.competent.proactive.process_alignment.help",
        "IT regularly reviews business processes and adapts systems to support them better.",
    ),
    (
        "service.competent.proactive.system_integration.name",
        "Proactive System Integration Practice Implementation",
    ),
    (
        "service.competent.proactive.system_integration.help",
        "Business applications are connected, so data flows between them without double entry.",
    ),
    (
        "area.competent.uptime.name",
        "Uptime Extension Services Implementation",
    ),
    (
        "area.competent.uptime.desc",
        "Create and generate as high tenancy as possible for the given budget. You could influence the uptime of the overall systems with the professional services. Most of the job is proactive maintenance, standardized infrastructure, and redundancy. Discipline is the watchword here.",
    ),
    (
        "area.competent.uptime.plain",
        "Timely updates and reliable equipment",
    ),
    (
        "service.competent.uptime.redundant_infrastructure.name",
        "Redundant Infrastructure Implementation",
    ),
    (
        "service.competent.uptime.redundant_infrastructure.help",
        "Critical servers, storage, internet and power are redundant, so one failure does not stop work.",
    ),
    (
        "service.competent.uptime.standardized_infrastructure.name",
        "Standardized Infrastructure Implementation",
    ),
    (
        "service.competent.uptime.standardized_infrastructure.help",
        "Devices and configurations follow a standard, making support faster and failures rarer.",
    ),
    (
        "service.competent.uptime.server_patching.name",
        "Server Side Patch Management Implementation",
    ),
    (
        "service.competent.uptime.server_patching.help",
        "Server operating systems and applications get security updates on a tested, regular schedule.",
    ),
    (
        "service.competent.uptime.desktop_patching.name",
        "Desktop Side Patch Management Implementation",
    ),
    (
        "service.competent.uptime.desktop_patching.help",
        "Workstations and their applications are patched automatically and missing updates are reported.",
    ),
    (
        "service.competent.uptime.lifecycle_recycle.name",
        "Life-cycle, Recycle Management Implementation",
    ),
    (
        "service.competent.uptime.lifecycle_recycle.help",
        "Hardware is replaced on a planned cycle and retired devices are wiped and recycled safely.",
    ),
    (
        "area.competent.vcio.name",
        "Virtual CIO Services Implementation",
    ),
    (
        "area.competent.vcio.desc",
        "Manage the IT ecosystem at the most professional level possible. Most IT management jobs are done by one of the C-level executives with an internal admin assistant and perhaps a third party MSP. These three roles don't cover the needed management capacity. A Virtual CIO and a third party IT consultant need to be in place for the following activities.",
    ),
    ("area.competent.vcio.plain", "An IT leader for the business"),
    (
        "service.competent.vcio.strategy_development.name",
        "vCIO Role Implementation for IT Strategy Development, and Leadership",
    ),
    (
        "service.competent.vcio.strategy_development.help",
        "A vCIO leads the development of an IT strategy tied to the company's business goals.",
    ),
    (
        "service.competent.vcio.strategy_execution.name",
        "vCIO Role Implementation for IT Strategy Execution, and Leadership",
    ),
    (
        "service.competent.vcio.strategy_execution.help",
        "A vCIO drives the IT roadmap's projects to completion on time and on budget.",
    ),
    (
        "service.competent.vcio.general_leadership.name",
        "vCIO Role Implementation for General IT Leadership",
    ),
    (
        "service.competent.vcio.general_leadership.help",
        "A vCIO acts as the senior IT leader, coordinating internal staff, the MSP and vendors.",
    ),
    (
        "service.competent.vcio.infrastructure_management.name",
        "vCIO Role Implementation for IT Infrastructure Management",
    ),
    (
        "service.competent.vcio.infrastructure_management.help",
        "A vCIO oversees infrastructure decisions, standards and capacity planning.",
    ),
    (
        "service.competent.vcio.security_risk.name",
        "vCIO Role Implementation for IT Security and Risk Management",
    ),
    (
        "service.competent.vcio.security_risk.help",
        "A vCIO owns the security and risk agenda and reports on it to management.",
    ),
    (
        "service.competent.vcio.consultancy_representation.name",
        "vCIO Role Implementation for IT Consultancy, and Representation",
    ),
    (
        "service.competent.vcio.consultancy_representation.help",
        "A vCIO advises on IT questions and represents the company toward vendors and partners.",
    ),
    (
        "area.charged.managed_services.name",
        "Managed Service Implementation",
    ),
    (
        "area.charged.managed_services.desc",
        "Implement Managed Services not just for the professionalism but to maintain responsibility as well. That means creating a service offering around the overall responsibility and accountability of IT using tools, policies, systems, and best practices to make sure nothing falls through the cracks and customer expectations are always met through assured alignment.",
    ),
    (
        "area.charged.managed_services.plain",
        "Agreed fix times for support",
    ),
    (
        "service.charged.managed_services.ticketing.name",
        "Ticketing System Implementation",
    ),
    (
        "service.charged.managed_services.ticketing.help",
        "Every issue and request goes through a ticketing system with a clear owner and status.",
    ),
    (
        "service.charged.managed_services.disaster_recovery.name",
        "Disaster Recovery Plan Implementation",
    ),
    (
        "service.charged.managed_services.disaster_recovery.help",
        "The provider takes on responsibility for carrying out the recovery plan when disaster strikes.",
    ),
    (
        "service.charged.managed_services.sla_ticketing.name",
        "SLA and Ticketing System Implementation",
    ),
    (
        "service.charged.managed_services.sla_ticketing.help",
        "Response and resolution times are agreed in an SLA and measured through the tickets.",
    ),
    (
        "service.charged.managed_services.service_manager.name",
        "Dedicated Service Manager Implementation",
    ),
    (
        "service.charged.managed_services.service_manager.help",
        "A named service manager at the provider answers for the account and handles escalations.",
    ),
    (
        "service.charged.managed_services.sla_overtime.name",
        "SLA for Overtime Implementation",
    ),
    (
        "service.charged.managed_services.sla_overtime.help",
        "The SLA covers support outside business hours, with agreed response times and costs.",
    ),
    (
        "service.charged.managed_services.sla_special_devices.name",
        "SLA for Special Device Implementation",
    ),
    (
        "service.charged.managed_services.sla_special_devices.help",
        "The SLA explicitly covers special devices such as production, point-of-sale or lab equipment.",
    ),
    (
        "area.charged.proactive.name",
        "Proactive Services Implementation",
    ),
    (
        "area.charged.proactive.desc",
        "Create all the necessary proactive services to prevent problems or fix them as soon as possible. Monitor, optimize, and remediate if required. This is not just related to the infrastructure but for the business processes as well.",
    ),
    (
        "area.charged.proactive.plain",
        "Regular care and business reviews",
    ),
    (
        "service.charged.proactive.maintenance.name",
        "Proactive Maintenance Practice Implementation",
    ),
    (
        "service.charged.proactive.maintenance.help",
        "Systems get scheduled preventive maintenance instead of waiting for something to break.",
    ),
    (
        "service.charged.proactive.end_user_training.name",
        "Proactive End User Training Program Implementation",
    ),
    (
        "service.charged.proactive.end_user_training.help",
        "Users are trained regularly, so fewer everyday problems turn into support tickets.",
    ),
    (
        "service.charged.proactive.optimization.name",
        "Proactive Optimization Practice Implementation",
    ),
    (
        "service.charged.proactive.optimization.help",
        "Performance and configurations are reviewed and tuned regularly using monitoring data.",
    ),
    (
        "service.charged.proactive.onsite_feedback.name",
        "Proactive Onsite Support and User Feedback Implementation",
    ),
    (
        "service.charged.proactive.onsite_feedback.help",
        "Someone visits onsite regularly and collects user feedback to fix problems early.",
    ),
    (
        "service.charged.proactive.quarterly_reviews.name",
        "Quarterly Business Analysis and Reviews Implementation",
    ),
    (
        "service.charged.proactive.quarterly_reviews.help",
        "Quarterly business reviews go over IT performance, risks and plans with management.",
    ),
    (
        "area.charged.responsibility.name",
        "Responsibility Matrix Implementation",
    ),
    (
        "area.charged.responsibility.desc",
        "Manage the responsibility and accountability of many internal, external, and third party resources and vendors. On average a \"Virtual IT Department\" consists of at least 15 parties (ISP, Software Companies, Consultants, Hardware Vendors, and Service Providers etc.). Who is the boss? Who is responsible for what? The issue here for the CEO is that if no one is responsible then ultimately he/her is responsible. These workshops are a great tool to align and organize the team.",
    ),
    (
        "area.charged.responsibility.plain",
        "Agree who is responsible for each part of IT",
    ),
    (
        "service.charged.responsibility.cio_role.name",
        "Responsibility Matrix - Including the CIO Role Implementation",
    ),
    (
        "service.charged.responsibility.cio_role.help",
        "The matrix names who holds the CIO duties, so IT leadership is not left to nobody.",
    ),
    (
        "service.charged.responsibility.main_categories.name",
        "Responsibility Matrix - Main Categories Implementation",
    ),
    (
        "service.charged.responsibility.main_categories.help",
        "Each main IT area has a named party who does the work and one who answers for it.",
    ),
    (
        "service.charged.responsibility.education.name",
        "Responsibility Matrix - Education Implementation",
    ),
    (
        "service.charged.responsibility.education.help",
        "Everyone in the matrix, staff and vendors alike, has been walked through their duties.",
    ),
    (
        "service.charged.responsibility.ticketing_aligned.name",
        "Responsibility Matrix - Main Categories Implementation with Ticketing System Aligned",
    ),
    (
        "service.charged.responsibility.ticketing_aligned.help",
        "Ticket categories follow the matrix, so each request goes straight to its owner.",
    ),
    (
        "service.charged.responsibility.contracts.name",
        "Responsibility Matrix - Attached to the Contracts",
    ),
    (
        "service.charged.responsibility.contracts.help",
        "Responsibilities are written into MSP and vendor contracts, making them enforceable.",
    ),
    (
        "area.conscious.strategy_retreat.name",
        "IT Strategy Planning Retreat",
    ),
    (
        "area.conscious.strategy_retreat.desc",
        "Create a rock solid IT strategy in a very short timeframe. Executives' time can't be wasted sitting and talking for days. What is the best practice for spending 4-16 hours of work to create a very solid IT concept, roadmap, or strategy? The answer includes processes, best practices, efficient data collecting, and decision making techniques.",
    ),
    (
        "area.conscious.strategy_retreat.plain",
        "A 2–3 year IT roadmap",
    ),
    (
        "service.conscious.strategy_retreat.external_swot.name",
        "IT Strategy, External Review, SWOT Session",
    ),
    (
        "service.conscious.strategy_retreat.external_swot.help",
        "Market, competitor and technology trends are reviewed for IT opportunities and threats.",
    ),
    (
        "service.conscious.strategy_retreat.internal_swot.name",
        "IT Strategy, Internal Review, SWOT Session",
    ),
    (
        "service.conscious.strategy_retreat.internal_swot.help",
        "The company's own IT strengths and weaknesses are assessed openly with leadership.",
    ),
    (
        "service.conscious.strategy_retreat.infrastructure_audit.name",
        "IT Strategy, IT Ecosystem, Infrastructure Audit Session",
    ),
    (
        "service.conscious.strategy_retreat.infrastructure_audit.help",
        "Current systems and infrastructure are surveyed as a factual starting point for the strategy.",
    ),
    (
        "service.conscious.strategy_retreat.business_modelling.name",
        "IT Strategy, Business Modeling Session",
    ),
    (
        "service.conscious.strategy_retreat.business_modelling.help",
        "The business model is reviewed to see where technology can add the most value.",
    ),
    (
        "service.conscious.strategy_retreat.virtual_it_evaluation.name",
        "IT Strategy, Virtual IT Department Evaluation Session",
    ),
    (
        "service.conscious.strategy_retreat.virtual_it_evaluation.help",
        "Every party in the virtual IT department (staff, MSP, vendors) is evaluated for fit.",
    ),
    (
        "service.conscious.strategy_retreat.business_functions_mapping.name",
        "IT Strategy, Business Functions Mapping Session",
    ),
    (
        "service.conscious.strategy_retreat.business_functions_mapping.help",
        "Business functions are mapped to the IT systems that support them, exposing gaps.",
    ),
    (
        "service.conscious.strategy_retreat.business_processes_mapping.name",
        "IT Strategy, Business Processes Mapping Session",
    ),
    (
        "service.conscious.strategy_retreat.business_processes_mapping.help",
        "Key business processes are mapped to find where IT can make them faster or leaner.",
    ),
    (
        "service.conscious.strategy_retreat.it_functions_planning.name",
        "IT Strategy, IT Functions Planning Session",
    ),
    (
        "service.conscious.strategy_retreat.it_functions_planning.help",
        "The IT functions the company needs are planned, with who will deliver each one.",
    ),
    (
        "service.conscious.strategy_retreat.strategic_initiatives.name",
        "IT Strategy, Strategic Initiatives Planning Session",
    ),
    (
        "service.conscious.strategy_retreat.strategic_initiatives.help",
        "Strategic IT initiatives are chosen and ranked by their impact on business goals.",
    ),
    (
        "service.conscious.strategy_retreat.roadmap.name",
        "IT Strategy, Development Roadmap Session",
    ),
    (
        "service.conscious.strategy_retreat.roadmap.help",
        "A dated IT roadmap turns the chosen initiatives into a multi-year plan.",
    ),
    (
        "area.conscious.operational_planning.name",
        "IT Operational Planning",
    ),
    (
        "area.conscious.operational_planning.desc",
        "Create detailed guidance for the execution of the strategy. This should be a year long plan with all the deliverables, initiatives, projects, priorities, and responsibilities necessary for flawless execution. Most small businesses do not have these plans in place. They often see it as too much work to create them, so the cost/benefit ratio precludes it. Again the keys are the processes, templates, and best practices to do the work in the very small amount of time.",
    ),
    (
        "area.conscious.operational_planning.plain",
        "A yearly IT plan with a budget",
    ),
    (
        "service.conscious.operational_planning.budgeting.name",
        "IT Operational Plan, Budgeting Session",
    ),
    (
        "service.conscious.operational_planning.budgeting.help",
        "Next year's IT budget is built from the planned initiatives and the running costs.",
    ),
    (
        "service.conscious.operational_planning.capacity.name",
        "IT Operational Plan, Capacity Planning Session",
    ),
    (
        "service.conscious.operational_planning.capacity.help",
        "The people, time and system capacity the year's plan needs are estimated up front.",
    ),
    (
        "service.conscious.operational_planning.priorities.name",
        "IT Operational Plan, Priority Setting Session",
    ),
    (
        "service.conscious.operational_planning.priorities.help",
        "Projects and initiatives are ranked, so the most important ones are done first.",
    ),
    (
        "service.conscious.operational_planning.resource_redistribution.name",
        "IT Operational Plan, Resource Redistribution Session",
    ),
    (
        "service.conscious.operational_planning.resource_redistribution.help",
        "Work is reassigned between staff, MSP and vendors to fit the year's plan.",
    ),
    (
        "service.conscious.operational_planning.finalizing.name",
        "IT Operational Plan Finalizing Session",
    ),
    (
        "service.conscious.operational_planning.finalizing.help",
        "The yearly IT plan is signed off with its deliverables, owners and dates.",
    ),
    (
        "area.conscious.execution.name",
        "IT Strategy Execution Management Implementation",
    ),
    (
        "area.conscious.execution.desc",
        "Execute the plans adeptly. The agile methodology helps to create closed loop systematic rhythms around the execution. The key is to foster alignment on the deliverables and set expectations on time and budget. The most often overlooked factor is the personal time capacity planning. You have to set aside time for managing and doing all the project related work.",
    ),
    (
        "area.conscious.execution.plain",
        "A rhythm that gets IT plans done",
    ),
    (
        "service.conscious.execution.quarterly_plan.name",
        "Quarterly IT Execution Plan Implementation",
    ),
    (
        "service.conscious.execution.quarterly_plan.help",
        "Each quarter has a concrete IT execution plan with goals, owners and budget.",
    ),
    (
        "service.conscious.execution.monthly_cycle.name",
        "Monthly IT Execution Cycle Implementation",
    ),
    (
        "service.conscious.execution.monthly_cycle.help",
        "A monthly meeting checks progress on IT initiatives and removes blockers.",
    ),
    (
        "service.conscious.execution.weekly_cycle.name",
        "Weekly IT Execution Cycle Implementation",
    ),
    (
        "service.conscious.execution.weekly_cycle.help",
        "A short weekly check-in keeps IT tasks moving and protects time for project work.",
    ),
    (
        "service.conscious.execution.project_system.name",
        "Project Execution System Implementation",
    ),
    (
        "service.conscious.execution.project_system.help",
        "Projects run in one system with tasks, deadlines and status visible to everyone involved.",
    ),
    (
        "service.conscious.execution.quarterly_performance.name",
        "Quarterly Performance Management Implementation",
    ),
    (
        "service.conscious.execution.quarterly_performance.help",
        "Each quarter, IT results are measured against targets and the next plan is adjusted.",
    ),
    (
        "area.controlled.performance.name",
        "IT Performance Management Best Practices Implementation",
    ),
    (
        "area.controlled.performance.desc",
        "The goal here is to maximize reliability through implemented best practices. Quarterly and monthly target setting measures performance and creating action plans drives costs down and increases efficiency.",
    ),
    ("area.controlled.performance.plain", "Measurable IT targets"),
    (
        "service.controlled.performance.framework.name",
        "IT Performance Management Framework Implementation",
    ),
    (
        "service.controlled.performance.framework.help",
        "A set of IT KPIs with monthly and quarterly targets is defined and tracked.",
    ),
    (
        "service.controlled.performance.infrastructure.name",
        "IT Infrastructure Planning and Monitoring",
    ),
    (
        "service.controlled.performance.infrastructure.help",
        "Infrastructure health and capacity are planned and monitored against targets.",
    ),
    (
        "service.controlled.performance.management.name",
        "IT Management Planning and Monitoring",
    ),
    (
        "service.controlled.performance.management.help",
        "IT management work, such as tickets, SLAs and projects, is planned and measured against targets.",
    ),
    (
        "service.controlled.performance.strategy.name",
        "IT Strategy Planning and Monitoring",
    ),
    (
        "service.controlled.performance.strategy.help",
        "Progress toward strategic IT goals is planned and monitored, not assumed.",
    ),
    (
        "service.controlled.performance.vendor.name",
        "IT Vendor Planning and Monitoring",
    ),
    (
        "service.controlled.performance.vendor.help",
        "Each key vendor's delivery is monitored against agreed targets.",
    ),
    (
        "service.controlled.performance.user_development.name",
        "IT User Development Best Practices Implementation",
    ),
    (
        "service.controlled.performance.user_development.help",
        "Users' IT skills are developed to a plan and their progress is measured.",
    ),
    (
        "area.controlled.execution_practices.name",
        "Strategy Execution Best Practices Implementation",
    ),
    (
        "area.controlled.execution_practices.desc",
        "While it's great to think big-picture during the IT strategy session and develop fancy projects we need to reach our goals, we have to use specific IT related project and program management best practices to make sure that we are not just dreaming, but executing flawlessly.",
    ),
    (
        "area.controlled.execution_practices.plain",
        "A simple method for IT projects",
    ),
    (
        "service.controlled.execution_practices.initiatives.name",
        "Key IT Initiatives Management Best Practices Implementation",
    ),
    (
        "service.controlled.execution_practices.initiatives.help",
        "Key IT initiatives are managed as one portfolio with owners, goals and status.",
    ),
    (
        "service.controlled.execution_practices.budget_risk.name",
        "Key Project Budget, Risk Management Best Practices Implementation",
    ),
    (
        "service.controlled.execution_practices.budget_risk.help",
        "Each key project has a budget and a risk list that are tracked until it ends.",
    ),
    (
        "service.controlled.execution_practices.visualization_planning.name",
        "Key Project Visualization, Planning Best Practices Implementation",
    ),
    (
        "service.controlled.execution_practices.visualization_planning.help",
        "Project plans and progress are visualized, so everyone sees timelines and dependencies.",
    ),
    (
        "service.controlled.execution_practices.change_communication.name",
        "Key Project Change Management, Communication Best Practices Implementation",
    ),
    (
        "service.controlled.execution_practices.change_communication.help",
        "Changes a project brings to users are announced, explained and supported.",
    ),
    (
        "service.controlled.execution_practices.project_close.name",
        "Key Project Close Best Practices Implementation",
    ),
    (
        "service.controlled.execution_practices.project_close.help",
        "Projects are formally closed with acceptance, handover documentation and lessons learned.",
    ),
    ("area.controlled.audits.name", "IT Audits Implementation"),
    (
        "area.controlled.audits.desc",
        "Ensure everything is safe and sound and works as we think it should be working. The various types of audits not only let us sleep better, but also keep up awareness of specific areas. To create such internal compliance requires a higher operational maturity.",
    ),
    ("area.controlled.audits.plain", "An independent IT check"),
    (
        "service.controlled.audits.independent_auditor.name",
        "Independent Auditor Service Implementation",
    ),
    (
        "service.controlled.audits.independent_auditor.help",
        "An independent party audits IT periodically, not only the people who run it.",
    ),
    (
        "service.controlled.audits.audit_process.name",
        "IT Audit Process Design Based on Best Practices",
    ),
    (
        "service.controlled.audits.audit_process.help",
        "Audits follow a designed, recurring process with best-practice checklists.",
    ),
    (
        "service.controlled.audits.security_dr_backup.name",
        "Data Security Audit, Disaster Recovery Audit, Data Backup Audit Implementation",
    ),
    (
        "service.controlled.audits.security_dr_backup.help",
        "Data security, disaster recovery readiness and backups are audited on a regular schedule.",
    ),
    (
        "service.controlled.audits.infrastructure_services.name",
        "Server Management Audit, Network Audit, Server Room Audit, IT Services Audit Implementation",
    ),
    (
        "service.controlled.audits.infrastructure_services.help",
        "Servers, network, server room and IT services are checked against best practice.",
    ),
    (
        "service.controlled.audits.management.name",
        "IT Management Audit Implementation",
    ),
    (
        "service.controlled.audits.management.help",
        "IT management practices such as planning, budgeting and governance are audited too.",
    ),
    (
        "area.controlled.organization.name",
        "IT Organization Best Practices Implementation",
    ),
    (
        "area.controlled.organization.desc",
        "Organize the IT Ecosystem. This is a virtual department with 20 to 30 different vendors. Who is the boss? Who is working together? Who needs what information? How do we assist communication? It is worth the effort to establish order to get maximum value from our vendors and internal resources.",
    ),
    (
        "area.controlled.organization.plain",
        "Written IT procedures and roles",
    ),
    (
        "service.controlled.organization.processes_policies.name",
        "IT Operation Process Best Practices, IT Operation Policies Best Practices Implementation",
    ),
    (
        "service.controlled.organization.processes_policies.help",
        "IT operation processes and policies are defined and followed by every party involved.",
    ),
    (
        "service.controlled.organization.operation_manual.name",
        "IT Operation Manual Best Practices Implementation (Knowledge Base, Administrator's Guide, Responsibility Areas)",
    ),
    (
        "service.controlled.organization.operation_manual.help",
        "An IT operations manual documents systems, admin procedures and who is responsible for what.",
    ),
    (
        "service.controlled.organization.collaboration_platform.name",
        "Collaboration Platform Implementation, Ticketing, Project, Yearly, Quarterly Planning, Alignment",
    ),
    (
        "service.controlled.organization.collaboration_platform.help",
        "One shared platform holds tickets, projects and yearly and quarterly plans for the whole IT team.",
    ),
    (
        "service.controlled.organization.org_chart.name",
        "IT Organizational Chart Design",
    ),
    (
        "service.controlled.organization.org_chart.help",
        "An IT org chart shows every internal and external party and who reports to whom.",
    ),
    (
        "service.controlled.organization.competence_growth.name",
        "Competence Management and Personal Growth Plans",
    ),
    (
        "service.controlled.organization.competence_growth.help",
        "IT staff have defined competences and personal growth plans that are reviewed.",
    ),
    (
        "area.clear.reporting.name",
        "IT Reporting Practice implementation",
    ),
    (
        "area.clear.reporting.desc",
        "Develop the necessary reports to be able to measure the performance of all departments and groups. What we can't measure, we can't manage. This is not an exercise in flooding the C level with reports. It means delivering critical weekly, monthly, quarterly, and yearly metrics of business performance.",
    ),
    (
        "area.clear.reporting.plain",
        "Plain IT reports for leadership",
    ),
    (
        "service.clear.reporting.framework.name",
        "Reporting Framework Implementation",
    ),
    (
        "service.clear.reporting.framework.help",
        "A reporting framework defines which IT metrics go to whom, from weekly to yearly.",
    ),
    (
        "service.clear.reporting.infrastructure.name",
        "IT Infrastructure Reporting Implementation",
    ),
    (
        "service.clear.reporting.infrastructure.help",
        "Management gets regular reports on system health, uptime, backups and security.",
    ),
    (
        "service.clear.reporting.management.name",
        "IT Management Reporting Implementation",
    ),
    (
        "service.clear.reporting.management.help",
        "Regular reports show tickets, SLA performance and project status.",
    ),
    (
        "service.clear.reporting.strategy.name",
        "IT Strategy Reporting Implementation",
    ),
    (
        "service.clear.reporting.strategy.help",
        "Progress on the IT strategy and roadmap is reported to leadership.",
    ),
    (
        "service.clear.reporting.vendor.name",
        "IT Vendor Reporting Implementation",
    ),
    (
        "service.clear.reporting.vendor.help",
        "Each key vendor's performance and cost are reported regularly.",
    ),
    (
        "service.clear.reporting.user.name",
        "IT User Reporting Implementation",
    ),
    (
        "service.clear.reporting.user.help",
        "Reports show user satisfaction, support requests and adoption of tools.",
    ),
    (
        "area.clear.responsibility.name",
        "Responsibility Matrix Implementation",
    ),
    (
        "area.clear.responsibility.desc",
        "Establish clear aligned definition of who is doing what. Going through the 200+ responsibility areas, from checking on the backup to aligning the technology with the business needs is going to raise a lots of questions. Who should do what to make sure nothing is ignored or forgotten. Again the takeaway for the CEO is that if no one is responsible for an element of the matrix, ultimately the CEO is. It is better to know who does what before you need them to.",
    ),
    (
        "area.clear.responsibility.plain",
        "Make IT independent of any one person",
    ),
    (
        "service.clear.responsibility.audit_workshop.name",
        "Responsibility Matrix Audit, Interviews and Workshop",
    ),
    (
        "service.clear.responsibility.audit_workshop.help",
        "Current responsibilities are surveyed through interviews and a workshop, exposing gaps.",
    ),
    (
        "service.clear.responsibility.management.name",
        "Responsibility Matrix Management Implementation",
    ),
    (
        "service.clear.responsibility.management.help",
        "The matrix is kept up to date as people, vendors and systems change.",
    ),
    (
        "service.clear.responsibility.dependency_risk.name",
        "Team Dependency and Risk Analysis",
    ),
    (
        "service.clear.responsibility.dependency_risk.help",
        "Dependencies on single people or vendors are analyzed and the risks addressed.",
    ),
    (
        "area.clear.internal_sla.name",
        "Internal SLA Implementation",
    ),
    (
        "area.clear.internal_sla.desc",
        "The goal is to create the Service Level Agreement (SLA) internally. That means identifying all the necessary services the company need, make decisions on the needed quality, speed, cost, and create alignment on this. The internal audits could make sure the agreement is not just a paper on the shelf.",
    ),
    (
        "area.clear.internal_sla.plain",
        "Agree the IT service the business needs",
    ),
    (
        "service.clear.internal_sla.creation.name",
        "Internal SLA Creation based on Template",
    ),
    (
        "service.clear.internal_sla.creation.help",
        "An internal SLA sets the expected quality, speed and cost of each IT service the company needs.",
    ),
    (
        "service.clear.internal_sla.enforcement.name",
        "Internal SLA Enforcement",
    ),
    (
        "service.clear.internal_sla.enforcement.help",
        "The internal SLA is measured and audited, so it is not just paper on the shelf.",
    ),
    (
        "area.clear.tools.name",
        "Efficient IT Management Tools Implementation",
    ),
    (
        "area.clear.tools.desc",
        "Use the most efficient tools as possible in IT management. If IT wants to make the company more competitive, it first needs to be competitive itself. Using the latest and best efficiency tools is key to drive costs down.",
    ),
    (
        "area.clear.tools.plain",
        "IT documents, passwords and plans in one place",
    ),
    (
        "service.clear.tools.execution_tool.name",
        "Execution Management Tool Implementation",
    ),
    (
        "service.clear.tools.execution_tool.help",
        "A task and project tool tracks IT work and commitments in one place.",
    ),
    (
        "service.clear.tools.maturity_tool.name",
        "IT Maturity Management Measurement Tool Implementation",
    ),
    (
        "service.clear.tools.maturity_tool.help",
        "IT maturity is measured with a tool and tracked over time.",
    ),
    (
        "service.clear.tools.document_management.name",
        "IT Document Management Tool Implementation",
    ),
    (
        "service.clear.tools.document_management.help",
        "IT documentation, such as configurations, diagrams and procedures, lives in one managed tool.",
    ),
    (
        "service.clear.tools.password_tool.name",
        "Password Management Tool Implementation",
    ),
    (
        "service.clear.tools.password_tool.help",
        "A business password manager stores and shares credentials securely instead of sheets or notes.",
    ),
    (
        "service.clear.tools.budget_tool.name",
        "Budget Management Tool Implementation",
    ),
    (
        "service.clear.tools.budget_tool.help",
        "IT spending is tracked in a budget tool rather than in scattered spreadsheets.",
    ),
    (
        "area.clear.vendors.name",
        "Vendor Management Implementation",
    ),
    (
        "area.clear.vendors.desc",
        "Make clear that the client is in the driver's seat and not the vendor. Vendor management means yearly negotiations on prices and services, switches if needed, mediation on tough problems, and enforcement of the service level agreement. Make sure they are creating the value we agreed on.",
    ),
    (
        "area.clear.vendors.plain",
        "One list of IT vendors and contracts",
    ),
    (
        "service.clear.vendors.erp.name",
        "ERP Vendor Management Implementation",
    ),
    (
        "service.clear.vendors.erp.help",
        "The ERP vendor's service, prices and upgrades are managed and reviewed every year.",
    ),
    (
        "service.clear.vendors.telco.name",
        "Telco Vendor Management Implementation",
    ),
    (
        "service.clear.vendors.telco.help",
        "Phone and internet contracts are reviewed, renegotiated and their SLAs enforced.",
    ),
    (
        "service.clear.vendors.cloud.name",
        "Cloud Vendor Management Implementation",
    ),
    (
        "service.clear.vendors.cloud.help",
        "Cloud and SaaS providers are tracked, with their costs, data location and SLAs reviewed.",
    ),
    (
        "service.clear.vendors.general.name",
        "General Vendor Management Implementation",
    ),
    (
        "service.clear.vendors.general.help",
        "Every IT vendor has an owner, a contract record, a yearly review and an escalation path.",
    ),
    (
        "service.clear.vendors.printer.name",
        "Printer Management Implementation",
    ),
    (
        "service.clear.vendors.printer.help",
        "Printers and supplies are managed as one service, keeping print costs under control.",
    ),
    (
        "area.cost_effective.budget.name",
        "IT Budget Management Services Implementation",
    ),
    (
        "area.cost_effective.budget.desc",
        "Create and manage the most cost-effective IT budget. What is included in the budget needs to be strictly defined because everyone has to be on the same page when we're talking about costs, expenses, budgets, targets, etc. Setting a budget is incomplete without proper governance, reconciliation, reporting, and solid decision making.",
    ),
    (
        "area.cost_effective.budget.plain",
        "An IT budget you can track",
    ),
    (
        "service.cost_effective.budget.planning.name",
        "IT Budget Planning",
    ),
    (
        "service.cost_effective.budget.planning.help",
        "A yearly IT budget is planned, with a clear definition of what counts as IT cost.",
    ),
    (
        "service.cost_effective.budget.controls.name",
        "IT Budget Controls Implementation",
    ),
    (
        "service.cost_effective.budget.controls.help",
        "Spending is checked against the budget, and approvals are needed beyond set limits.",
    ),
    (
        "service.cost_effective.budget.reports.name",
        "IT Budget Reports Implementation",
    ),
    (
        "service.cost_effective.budget.reports.help",
        "Budget-versus-actual IT spending is reported to management regularly.",
    ),
    (
        "area.cost_effective.operations.name",
        "Operation Efficiency Services Implementation",
    ),
    (
        "area.cost_effective.operations.desc",
        "Analyze all the IT related processes in the organization. Are there any new tools we could use? Is education required to use the current systems? Is there any integration that could be done to make their processes leaner? A service offering encompassing these topic is a great tangible source of continuous improvement and total quality management.",
    ),
    (
        "area.cost_effective.operations.plain",
        "Regular ways to save time and money",
    ),
    (
        "service.cost_effective.operations.continuous_improvement.name",
        "Continuous Process Improvement Implementation",
    ),
    (
        "service.cost_effective.operations.continuous_improvement.help",
        "IT-related processes are reviewed regularly for tools, training or integrations that make them leaner.",
    ),
    (
        "area.cost_effective.framework_vcio.name",
        "7C IT Management Framework and a vCIO Role Implementation",
    ),
    (
        "area.cost_effective.framework_vcio.desc",
        "Manage every aspect of IT in a lean and straightforward framework. We create and implement the 7C Framework based on the 7C methodology. We must understand that the vCIO is a high level IT Executive and can be a third party. The framework he/she implements, manages, and further develops is based on:",
    ),
    (
        "area.cost_effective.framework_vcio.plain",
        "A written method for running IT",
    ),
    (
        "service.cost_effective.framework_vcio.methodology.name",
        "7C Methodology Implementation",
    ),
    (
        "service.cost_effective.framework_vcio.methodology.help",
        "IT is managed along a complete framework, so no management area is forgotten.",
    ),
    (
        "service.cost_effective.framework_vcio.certified_vcio.name",
        "7C Certified vCIO Implementation",
    ),
    (
        "service.cost_effective.framework_vcio.certified_vcio.help",
        "A trained, certified vCIO runs the framework for the company.",
    ),
    (
        "service.cost_effective.framework_vcio.toolkit.name",
        "7C vCIO Toolkit Software Package Implementation",
    ),
    (
        "service.cost_effective.framework_vcio.toolkit.help",
        "The vCIO uses a dedicated toolkit to measure, plan and report IT management.",
    ),
    (
        "service.cost_effective.framework_vcio.community_education.name",
        "7C vCIO Community, Continuous Education Implementation",
    ),
    (
        "service.cost_effective.framework_vcio.community_education.help",
        "The vCIO keeps learning through a peer community, bringing new practices to the company.",
    ),
    (
        "area.cost_effective.procurement.name",
        "IT Procurement Management Implementation",
    ),
    (
        "area.cost_effective.procurement.desc",
        "Manage all IT expenditures of a company and keep them as low as possible. Set up rules around purchasing, and create standards to achieve a homogeneous environment including managing all software subscriptions - key to keeping the costs down.",
    ),
    (
        "area.cost_effective.procurement.plain",
        "Buying rules and subscription tracking",
    ),
    (
        "service.cost_effective.procurement.purchase_policy.name",
        "Purchase Policy Implementation",
    ),
    (
        "service.cost_effective.procurement.purchase_policy.help",
        "A written policy says who may buy which IT items, up to what amount, with whose approval.",
    ),
    (
        "service.cost_effective.procurement.standardized_devices.name",
        "Standardized Device Policy Implementation",
    ),
    (
        "service.cost_effective.procurement.standardized_devices.help",
        "Only approved standard device models are bought, keeping the environment uniform.",
    ),
    (
        "service.cost_effective.procurement.licenses_subscriptions.name",
        "Software License, Subscription Service Implementation",
    ),
    (
        "service.cost_effective.procurement.licenses_subscriptions.help",
        "All software licenses and subscriptions are tracked, right-sized and renewed deliberately.",
    ),
    (
        "service.cost_effective.procurement.purchase_process.name",
        "Purchase Process Policy Implementation",
    ),
    (
        "service.cost_effective.procurement.purchase_process.help",
        "Purchases follow a defined request, quote, approval and receipt process.",
    ),
    (
        "quick.backup_restore.text",
        "If a computer or cloud account lost its data, could you get it all back?",
    ),
    (
        "quick.backup_restore.help",
        "Backups only count once a restore has worked. An offline or immutable copy (one that cannot be changed or deleted) survives ransomware.",
    ),
    (
        "quick.backup_restore.o0",
        "We have no regular backups, or I'm not sure we do.",
    ),
    (
        "quick.backup_restore.o1",
        "Some data is backed up, when someone remembers.",
    ),
    (
        "quick.backup_restore.o2",
        "Automatic backups run, but no one has tested a restore.",
    ),
    (
        "quick.backup_restore.o3",
        "Automatic backups with an offline or immutable copy; restores tested now and then.",
    ),
    (
        "quick.backup_restore.o4",
        "Monitored backups with an offline or immutable copy; restores tested on a schedule.",
    ),
    (
        "quick.disaster_recovery.text",
        "If your office or main systems were out for a week, is there a plan to keep working?",
    ),
    (
        "quick.disaster_recovery.help",
        "A disaster recovery plan says what the business needs back first, how IT restores it and who does what after a fire, flood, ransomware or major outage. It only works if it is tested.",
    ),
    (
        "quick.disaster_recovery.o0",
        "No plan; we would work it out at the time.",
    ),
    (
        "quick.disaster_recovery.o1",
        "We have talked about it, but nothing is written down.",
    ),
    (
        "quick.disaster_recovery.o2",
        "A written plan exists, but it is out of date or untested.",
    ),
    (
        "quick.disaster_recovery.o3",
        "A current written plan says what comes back first and who does what.",
    ),
    (
        "quick.disaster_recovery.o4",
        "A current plan, tested at least once a year, with lessons acted on.",
    ),
    (
        "quick.incident_response.text",
        "If ransomware or a hacked email account hit tomorrow, would everyone know the first steps?",
    ),
    (
        "quick.incident_response.help",
        "An incident response plan says who decides, whom to call (your IT provider, your insurer, a regulator) and what to switch off first. Insurers often ask for one.",
    ),
    (
        "quick.incident_response.o0",
        "No; we would figure it out at the time.",
    ),
    (
        "quick.incident_response.o1",
        "We know whom to call, but nothing is written down.",
    ),
    (
        "quick.incident_response.o2",
        "A written plan exists, but few people know it.",
    ),
    (
        "quick.incident_response.o3",
        "A written plan with contacts and first steps; key people know it.",
    ),
    (
        "quick.incident_response.o4",
        "A written plan, rehearsed every year and updated after every incident.",
    ),
    (
        "quick.security_rules.text",
        "Are your security rules written down, owned by someone, and checked against your biggest risks?",
    ),
    (
        "quick.security_rules.help",
        "Written rules cover who may access what, what is backed up and who checks it. A penetration test is when experts try to break in on purpose to find weak spots first.",
    ),
    ("quick.security_rules.o0", "No written security rules."),
    (
        "quick.security_rules.o1",
        "A few rules exist, mostly unwritten.",
    ),
    (
        "quick.security_rules.o2",
        "Written rules exist, but no one checks them.",
    ),
    (
        "quick.security_rules.o3",
        "Written rules with an owner; risks reviewed every year.",
    ),
    (
        "quick.security_rules.o4",
        "Written rules, a yearly risk review, and outside testing of our defenses.",
    ),
    (
        "quick.mfa.text",
        "Does signing in to email, remote access and admin accounts need a second step, like a phone app?",
    ),
    (
        "quick.mfa.help",
        "Multi-factor authentication (MFA) stops most attacks with stolen passwords. Insurers ask about email, remote access and admin accounts first.",
    ),
    ("quick.mfa.o0", "No, a password is enough everywhere."),
    ("quick.mfa.o1", "Some people use it, by choice."),
    (
        "quick.mfa.o2",
        "Required for email, but not everywhere else.",
    ),
    (
        "quick.mfa.o3",
        "Required for email, remote access and admin accounts.",
    ),
    (
        "quick.mfa.o4",
        "Required everywhere, with phishing-resistant methods for admins.",
    ),
    (
        "quick.email_filtering.text",
        "Is your company email filtered for scams, fake links and dangerous attachments?",
    ),
    (
        "quick.email_filtering.help",
        "A filter in front of the mailboxes removes most phishing before anyone sees it. Microsoft 365 and Google Workspace include basic filtering; it has to be set up and tuned.",
    ),
    ("quick.email_filtering.o0", "Not that I know of."),
    (
        "quick.email_filtering.o1",
        "Only what our email service does by default.",
    ),
    (
        "quick.email_filtering.o2",
        "A filter is set up, but nobody watches what it catches.",
    ),
    (
        "quick.email_filtering.o3",
        "A managed filter checks links and attachments; staff can report suspect email.",
    ),
    (
        "quick.email_filtering.o4",
        "A managed, monitored filter, and fake senders using our name are blocked (DMARC).",
    ),
    (
        "quick.admin_rights.text",
        "Can staff install software or change settings on their computers themselves?",
    ),
    (
        "quick.admin_rights.help",
        "Admin rights let a person, or malware running as them, change anything. Working without them day to day blocks most attacks.",
    ),
    (
        "quick.admin_rights.o0",
        "Yes, everyone is an administrator.",
    ),
    (
        "quick.admin_rights.o1",
        "Most people are, because it is easier.",
    ),
    (
        "quick.admin_rights.o2",
        "Only a few people, but they use those rights every day.",
    ),
    (
        "quick.admin_rights.o3",
        "No one works as admin day to day; IT uses separate admin accounts.",
    ),
    (
        "quick.admin_rights.o4",
        "Separate admin accounts, few, with MFA, reviewed regularly.",
    ),
    (
        "quick.accounts_access.text",
        "When someone leaves, how quickly are their accounts, passwords and keys taken away?",
    ),
    (
        "quick.accounts_access.help",
        "Former staff with working logins are a common way in. A checklist for leavers and a company password manager close it.",
    ),
    (
        "quick.accounts_access.o0",
        "Whenever someone remembers, if at all.",
    ),
    (
        "quick.accounts_access.o1",
        "Within weeks; shared passwords rarely change.",
    ),
    (
        "quick.accounts_access.o2",
        "Within days, but without a checklist.",
    ),
    (
        "quick.accounts_access.o3",
        "On the last day, by checklist; passwords are in a company password manager.",
    ),
    (
        "quick.accounts_access.o4",
        "On the last day, by checklist; all access is reviewed every quarter.",
    ),
    (
        "quick.lost_devices.text",
        "If a laptop or phone with company email were lost, could you lock it and keep the data safe?",
    ),
    (
        "quick.lost_devices.help",
        "Encryption scrambles a device's data so a thief can't read it. Device management lets you lock or wipe company data remotely, also on staff's own phones.",
    ),
    ("quick.lost_devices.o0", "No; the data would be exposed."),
    (
        "quick.lost_devices.o1",
        "We could change passwords, but not lock the device.",
    ),
    (
        "quick.lost_devices.o2",
        "Some devices are encrypted or managed, not all.",
    ),
    (
        "quick.lost_devices.o3",
        "All company devices are encrypted and can be locked or wiped remotely.",
    ),
    (
        "quick.lost_devices.o4",
        "Yes, and personal phones get a separate, managed work space.",
    ),
    (
        "quick.security_awareness.text",
        "Would your staff spot a fake email or phone scam, and report it?",
    ),
    (
        "quick.security_awareness.help",
        "Most breaches start with someone clicking a link or giving away a password. Clear guidelines and short, regular training are among the cheapest protections there are.",
    ),
    (
        "quick.security_awareness.o0",
        "Probably not; we have never covered it.",
    ),
    (
        "quick.security_awareness.o1",
        "We have warned people informally.",
    ),
    (
        "quick.security_awareness.o2",
        "Some training happened once.",
    ),
    (
        "quick.security_awareness.o3",
        "Regular short training, and an easy way to report.",
    ),
    (
        "quick.security_awareness.o4",
        "Regular training, practice fake emails, and the results reviewed.",
    ),
    (
        "quick.endpoint_protection.text",
        "Is every computer and server protected by security software that someone watches and acts on?",
    ),
    (
        "quick.endpoint_protection.help",
        "Endpoint protection with detection and response (EDR) spots an attack in progress and can cut a computer off. It only helps if someone responds to its alerts.",
    ),
    (
        "quick.endpoint_protection.o0",
        "No, or I don't know what is installed.",
    ),
    (
        "quick.endpoint_protection.o1",
        "Free or built-in antivirus; nobody watches it.",
    ),
    (
        "quick.endpoint_protection.o2",
        "Business antivirus on most devices, checked now and then.",
    ),
    (
        "quick.endpoint_protection.o3",
        "Managed protection (EDR) on every device; alerts handled in working hours.",
    ),
    (
        "quick.endpoint_protection.o4",
        "Managed EDR on every device, with alerts handled around the clock.",
    ),
    (
        "quick.patching.text",
        "How soon are security updates installed on your computers and servers?",
    ),
    (
        "quick.patching.help",
        "Most attacks use weaknesses that an update has already fixed. Critical updates belong on every device within days.",
    ),
    ("quick.patching.o0", "When people get around to it."),
    (
        "quick.patching.o1",
        "Computers update themselves; servers and other software rarely.",
    ),
    (
        "quick.patching.o2",
        "Usually within a month, but nobody checks.",
    ),
    (
        "quick.patching.o3",
        "Within two weeks, critical ones within days, and checked.",
    ),
    (
        "quick.patching.o4",
        "Critical ones within days everywhere, with a monthly report.",
    ),
    (
        "quick.reliable_systems.text",
        "Are your computers standard models, replaced before they fail?",
    ),
    (
        "quick.reliable_systems.help",
        "Standard models replaced on a schedule break less and cost less to support. A spare or backup unit for key systems turns a failure into an inconvenience.",
    ),
    (
        "quick.reliable_systems.o0",
        "We replace things only when they break.",
    ),
    (
        "quick.reliable_systems.o1",
        "A mix of old and new, replaced when someone complains.",
    ),
    (
        "quick.reliable_systems.o2",
        "Mostly standard models, replaced now and then.",
    ),
    (
        "quick.reliable_systems.o3",
        "Standard models, replaced on a schedule (say every four years).",
    ),
    (
        "quick.reliable_systems.o4",
        "Standard, on schedule, and key systems have a spare or backup unit.",
    ),
    (
        "quick.it_tools.text",
        "Could your IT provider or staff show you a list of all equipment and of last month's support requests?",
    ),
    (
        "quick.it_tools.help",
        "You don't need to see their tools, only what the tools produce. A complete equipment list and a record of every request show that IT is run, not improvised.",
    ),
    ("quick.it_tools.o0", "No; nothing like that exists."),
    (
        "quick.it_tools.o1",
        "Partly; some of it is in emails and spreadsheets.",
    ),
    (
        "quick.it_tools.o2",
        "A list of equipment, but requests are not tracked.",
    ),
    (
        "quick.it_tools.o3",
        "Yes, both, kept current in one system.",
    ),
    (
        "quick.it_tools.o4",
        "Yes, and I get them regularly without asking.",
    ),
    (
        "quick.staff_productivity.text",
        "Are your people shown how to use the software they work with?",
    ),
    (
        "quick.staff_productivity.help",
        "Most companies use a fraction of the software they already pay for. Short training and simple how-to guides turn it into time saved.",
    ),
    (
        "quick.staff_productivity.o0",
        "No; everyone works it out alone.",
    ),
    (
        "quick.staff_productivity.o1",
        "Only when someone asks for help.",
    ),
    (
        "quick.staff_productivity.o2",
        "New staff get a short introduction.",
    ),
    (
        "quick.staff_productivity.o3",
        "Regular short training and written how-tos.",
    ),
    (
        "quick.staff_productivity.o4",
        "Training plus coaching on getting more done with email, calendar and files.",
    ),
    (
        "quick.systems_fit.text",
        "Do your business systems share data, or do people type the same thing twice?",
    ),
    (
        "quick.systems_fit.help",
        "Connected systems pass data on by themselves: an order becomes an invoice without anyone typing it again. Every re-typed field costs time and invites mistakes.",
    ),
    (
        "quick.systems_fit.o0",
        "Lots of re-typing and spreadsheets between systems.",
    ),
    (
        "quick.systems_fit.o1",
        "Some re-typing; nobody has looked at it.",
    ),
    (
        "quick.systems_fit.o2",
        "The main systems are connected; some gaps remain.",
    ),
    (
        "quick.systems_fit.o3",
        "Systems are connected and fit how we work.",
    ),
    (
        "quick.systems_fit.o4",
        "Connected, and reviewed whenever a process changes.",
    ),
    (
        "quick.it_leadership.text",
        "Who leads IT for you: sets direction, owns security risk, deals with vendors?",
    ),
    (
        "quick.it_leadership.help",
        "Few companies your size need a full-time IT director (CIO), but someone has to play that role. A virtual CIO (vCIO) is an experienced outside IT executive who does it part-time.",
    ),
    ("quick.it_leadership.o0", "No one; it just happens."),
    ("quick.it_leadership.o1", "I do, when I find the time."),
    (
        "quick.it_leadership.o2",
        "Our IT person or provider, mostly on technical matters.",
    ),
    (
        "quick.it_leadership.o3",
        "A named IT lead or vCIO who sets direction with us.",
    ),
    (
        "quick.it_leadership.o4",
        "A named IT lead or vCIO who reports to us on plan, risk and vendors.",
    ),
    (
        "quick.support_response.text",
        "When something breaks, how fast is it fixed, and is that speed agreed in writing?",
    ),
    (
        "quick.support_response.help",
        "A service level agreement (SLA) sets how fast your IT team or provider must respond and fix issues. A ticketing system logs every request so you can see it is being handled.",
    ),
    (
        "quick.support_response.o0",
        "It depends who is free; nothing is agreed.",
    ),
    (
        "quick.support_response.o1",
        "Usually soon, but nothing is written down.",
    ),
    (
        "quick.support_response.o2",
        "Requests are logged, but fix times are not agreed.",
    ),
    (
        "quick.support_response.o3",
        "Fix times are agreed in writing and mostly met.",
    ),
    (
        "quick.support_response.o4",
        "Agreed, met and reported, including out of hours and special devices.",
    ),
    (
        "quick.proactive_care.text",
        "Does someone look after your IT before problems appear?",
    ),
    (
        "quick.proactive_care.help",
        "Preventing problems costs less than fixing emergencies. Asking staff what slows them down, and training them when things change, stops small issues becoming daily frustrations.",
    ),
    (
        "quick.proactive_care.o0",
        "No; we call when something breaks.",
    ),
    (
        "quick.proactive_care.o1",
        "Now and then, when there is time.",
    ),
    (
        "quick.proactive_care.o2",
        "Routine maintenance, but nobody asks staff what bothers them.",
    ),
    (
        "quick.proactive_care.o3",
        "Scheduled maintenance and tuning, reported to us.",
    ),
    (
        "quick.proactive_care.o4",
        "Scheduled care, plus regular check-ins with staff on what slows them down.",
    ),
    (
        "quick.business_reviews.text",
        "Does your IT provider or IT lead meet you regularly about the business, not just what broke?",
    ),
    (
        "quick.business_reviews.help",
        "A quarterly business review looks at what went well, what hurt, upcoming risks and what to improve next, in business terms rather than technical ones.",
    ),
    (
        "quick.business_reviews.o0",
        "No; we only talk when there is a problem.",
    ),
    (
        "quick.business_reviews.o1",
        "Once in a while, mostly about technical issues.",
    ),
    ("quick.business_reviews.o2", "About once a year."),
    (
        "quick.business_reviews.o3",
        "Every quarter, on what the business needs from IT.",
    ),
    (
        "quick.business_reviews.o4",
        "Every quarter, with agreed actions followed up next time.",
    ),
    (
        "quick.who_does_what.text",
        "Is it written down who is responsible for each part of your IT?",
    ),
    (
        "quick.who_does_what.help",
        "A typical company relies on 15 or more IT parties (internet, software, cloud, hardware, support); a responsibility matrix lists who does what. If no one owns something, in practice the CEO does.",
    ),
    ("quick.who_does_what.o0", "No; it is unclear."),
    (
        "quick.who_does_what.o1",
        "People know roughly; nothing is written.",
    ),
    ("quick.who_does_what.o2", "Partly, in contracts or emails."),
    (
        "quick.who_does_what.o3",
        "One written overview covers staff, provider and vendors.",
    ),
    (
        "quick.who_does_what.o4",
        "A written overview everyone knows, used to route requests and updated yearly.",
    ),
    (
        "quick.it_strategy.text",
        "Is there a 2–3 year IT plan built from how your business works and where it is going?",
    ),
    (
        "quick.it_strategy.help",
        "An IT roadmap lists, in order, the few technology initiatives that matter most for where the business is going, starting from how work flows through the company.",
    ),
    ("quick.it_strategy.o0", "No; we decide as needs come up."),
    ("quick.it_strategy.o1", "We have ideas, nothing written."),
    (
        "quick.it_strategy.o2",
        "A written IT plan, not tied to business goals.",
    ),
    (
        "quick.it_strategy.o3",
        "A written roadmap built from our goals and processes.",
    ),
    (
        "quick.it_strategy.o4",
        "A roadmap reviewed every year with leadership.",
    ),
    (
        "quick.yearly_it_plan.text",
        "Is there a yearly IT plan with priorities, budget and the people to deliver it?",
    ),
    (
        "quick.yearly_it_plan.help",
        "A yearly plan turns the strategy into concrete projects and decisions, so IT time and money go to what matters most, not to whoever shouts loudest.",
    ),
    ("quick.yearly_it_plan.o0", "No yearly IT plan."),
    (
        "quick.yearly_it_plan.o1",
        "A rough list of things we'd like to do.",
    ),
    (
        "quick.yearly_it_plan.o2",
        "A list of priorities, without budget or people.",
    ),
    (
        "quick.yearly_it_plan.o3",
        "Priorities with budget and people, agreed with leadership.",
    ),
    (
        "quick.yearly_it_plan.o4",
        "Agreed, and rebalanced during the year when needs change.",
    ),
    (
        "quick.plan_follow_through.text",
        "Once IT projects are agreed, do they get done?",
    ),
    (
        "quick.plan_follow_through.help",
        "Plans fail when no one sets time aside for them. A fixed rhythm of quarterly goals with monthly and weekly check-ins keeps projects moving.",
    ),
    (
        "quick.plan_follow_through.o0",
        "Rarely; they get pushed aside.",
    ),
    ("quick.plan_follow_through.o1", "Some, when someone pushes."),
    ("quick.plan_follow_through.o2", "Most, but late."),
    (
        "quick.plan_follow_through.o3",
        "Most on time, tracked every month.",
    ),
    (
        "quick.plan_follow_through.o4",
        "Tracked every week and reviewed every quarter.",
    ),
    (
        "quick.it_targets.text",
        "Does IT have measurable targets, like uptime or fix times, that you review?",
    ),
    (
        "quick.it_targets.help",
        "What isn't measured can't be managed. A few monthly or quarterly numbers show whether IT is getting better and where to act.",
    ),
    ("quick.it_targets.o0", "No targets."),
    ("quick.it_targets.o1", "Informal expectations only."),
    ("quick.it_targets.o2", "Some numbers, rarely looked at."),
    (
        "quick.it_targets.o3",
        "Agreed targets, reviewed every quarter.",
    ),
    (
        "quick.it_targets.o4",
        "Targets for systems, service, vendors and plans, reviewed every month.",
    ),
    (
        "quick.project_delivery.text",
        "When you run an IT project, such as a new system, is there a plan, a budget and an owner?",
    ),
    (
        "quick.project_delivery.help",
        "Good project practice means a clear plan, a budget that allows for risks, regular updates for the people affected and a proper close-out.",
    ),
    ("quick.project_delivery.o0", "No; projects just happen."),
    (
        "quick.project_delivery.o1",
        "Someone is in charge; little is planned.",
    ),
    (
        "quick.project_delivery.o2",
        "A plan and budget, rarely tracked.",
    ),
    (
        "quick.project_delivery.o3",
        "A plan, budget and owner, and staff are told what changes.",
    ),
    (
        "quick.project_delivery.o4",
        "All that, plus a review of each finished project.",
    ),
    (
        "quick.it_audits.text",
        "When was your IT last checked by someone independent?",
    ),
    (
        "quick.it_audits.help",
        "An IT audit is a review against best practice by someone who didn't build the systems. It finds gaps before an attacker, an insurer or a customer does.",
    ),
    ("quick.it_audits.o0", "Never."),
    ("quick.it_audits.o1", "Years ago, or only after a problem."),
    ("quick.it_audits.o2", "Once in the last two years."),
    (
        "quick.it_audits.o3",
        "Every year: security, backups and network.",
    ),
    (
        "quick.it_audits.o4",
        "Every year, including how IT is managed, with findings fixed.",
    ),
    (
        "quick.it_organization.text",
        "Are your IT procedures written down, with clear roles and one place for requests and plans?",
    ),
    (
        "quick.it_organization.help",
        "Written procedures, clear roles and one shared platform for requests and plans keep everyone doing IT work, staff and providers, working as one team.",
    ),
    (
        "quick.it_organization.o0",
        "No; IT work lives in people's heads.",
    ),
    (
        "quick.it_organization.o1",
        "Some people know their part; little is written.",
    ),
    (
        "quick.it_organization.o2",
        "Some procedures are written; roles and tools are scattered.",
    ),
    (
        "quick.it_organization.o3",
        "Written procedures, clear roles, one shared platform.",
    ),
    (
        "quick.it_organization.o4",
        "All that, plus a plan to grow the team's skills.",
    ),
    (
        "quick.it_reports.text",
        "Do you get regular, easy-to-read reports on how IT is doing?",
    ),
    (
        "quick.it_reports.help",
        "Good reports show leadership the handful of numbers that matter (systems, support, spending, vendors, the plan) without technical detail.",
    ),
    ("quick.it_reports.o0", "No reports."),
    ("quick.it_reports.o1", "Only when I ask, and hard to read."),
    ("quick.it_reports.o2", "Technical reports I rarely read."),
    (
        "quick.it_reports.o3",
        "Regular plain reports on systems, service and spending.",
    ),
    (
        "quick.it_reports.o4",
        "Regular reports on systems, service, spending, vendors and the plan.",
    ),
    (
        "quick.key_person_risk.text",
        "If your IT person or provider left tomorrow, could someone else take over?",
    ),
    (
        "quick.key_person_risk.help",
        "Passwords, documentation and contracts should be where the company can reach them, not in one person's head or inbox.",
    ),
    (
        "quick.key_person_risk.o0",
        "No; everything is in one person's head.",
    ),
    (
        "quick.key_person_risk.o1",
        "Some notes exist, but not the key passwords.",
    ),
    (
        "quick.key_person_risk.o2",
        "Documentation exists, but it is out of date.",
    ),
    (
        "quick.key_person_risk.o3",
        "Current documentation and passwords, in a place we control.",
    ),
    (
        "quick.key_person_risk.o4",
        "Yes, and someone else has checked it.",
    ),
    (
        "quick.service_expectations.text",
        "Has leadership agreed what IT service the business needs: fix times, what must never stop?",
    ),
    (
        "quick.service_expectations.help",
        "An internal service level agreement (SLA) states the service your company expects from everyone working on IT, staff and providers. Without one, \"good IT\" means something different to everyone.",
    ),
    ("quick.service_expectations.o0", "Never discussed."),
    (
        "quick.service_expectations.o1",
        "Everyone has their own idea.",
    ),
    (
        "quick.service_expectations.o2",
        "Discussed, but not written down.",
    ),
    (
        "quick.service_expectations.o3",
        "Written and agreed with IT.",
    ),
    (
        "quick.service_expectations.o4",
        "Written, agreed, and checked against results.",
    ),
    (
        "quick.vendor_management.text",
        "Who manages your IT vendors (internet, phones, cloud, software, printers) and their contracts?",
    ),
    (
        "quick.vendor_management.help",
        "Vendor management means reviewing price and service every year, holding vendors to their promises and switching when they don't deliver.",
    ),
    (
        "quick.vendor_management.o0",
        "No one; the bills just get paid.",
    ),
    (
        "quick.vendor_management.o1",
        "Whoever has a problem calls the vendor.",
    ),
    (
        "quick.vendor_management.o2",
        "One person handles vendors, without a full list.",
    ),
    (
        "quick.vendor_management.o3",
        "All vendors, contracts and renewal dates in one list, managed.",
    ),
    (
        "quick.vendor_management.o4",
        "Managed, with prices and service reviewed every year.",
    ),
    (
        "quick.it_budget.text",
        "Do you have an IT budget, and do you know how spending compares with it?",
    ),
    (
        "quick.it_budget.help",
        "An IT budget covers everything IT: people, providers, hardware, software and subscriptions. Comparing plan and actual spending regularly prevents surprises.",
    ),
    ("quick.it_budget.o0", "No IT budget."),
    ("quick.it_budget.o1", "A rough figure in our heads."),
    (
        "quick.it_budget.o2",
        "A written budget, rarely compared with spending.",
    ),
    (
        "quick.it_budget.o3",
        "A budget, compared with spending every quarter.",
    ),
    (
        "quick.it_budget.o4",
        "A budget tied to the IT plan, reviewed every month.",
    ),
    (
        "quick.process_improvement.text",
        "Does anyone look for ways IT could save your team time or money?",
    ),
    (
        "quick.process_improvement.help",
        "Continuous improvement means regularly reviewing how work gets done and removing waste, with new tools, training or connecting systems.",
    ),
    ("quick.process_improvement.o0", "No."),
    (
        "quick.process_improvement.o1",
        "Only when someone complains.",
    ),
    (
        "quick.process_improvement.o2",
        "Now and then, on our own initiative.",
    ),
    (
        "quick.process_improvement.o3",
        "Regularly, with suggestions brought to us.",
    ),
    (
        "quick.process_improvement.o4",
        "Regularly, with the savings measured.",
    ),
    (
        "quick.management_framework.text",
        "Does whoever runs your IT follow a written method, with checklists for each month and year?",
    ),
    (
        "quick.management_framework.help",
        "A written management method makes IT repeatable: the same checks every month, quarter and year, whoever does the work.",
    ),
    ("quick.management_framework.o0", "Not that I know of."),
    (
        "quick.management_framework.o1",
        "They have routines, but nothing written.",
    ),
    ("quick.management_framework.o2", "Some written checklists."),
    (
        "quick.management_framework.o3",
        "A written method for every part of IT, which they can show us.",
    ),
    (
        "quick.management_framework.o4",
        "A written method, led by a trained IT leader who improves it every year.",
    ),
    (
        "quick.it_purchasing.text",
        "How does your company buy computers, software and subscriptions?",
    ),
    (
        "quick.it_purchasing.help",
        "Purchase rules and standard devices keep costs down and support simple. Unused software licenses and forgotten subscriptions are a common hidden cost.",
    ),
    ("quick.it_purchasing.o0", "Anyone buys what they need."),
    (
        "quick.it_purchasing.o1",
        "A few people buy; nobody tracks subscriptions.",
    ),
    (
        "quick.it_purchasing.o2",
        "Standard models, but subscriptions are not tracked.",
    ),
    (
        "quick.it_purchasing.o3",
        "A written buying policy; licenses and subscriptions tracked.",
    ),
    (
        "quick.it_purchasing.o4",
        "A policy, tracking, and unused subscriptions canceled every quarter.",
    ),
    ("goal.grow_revenue.label", "Grow revenue"),
    (
        "goal.grow_revenue.desc",
        "Win and keep more customers with better service, marketing and sales.",
    ),
    ("goal.cut_costs.label", "Cut costs"),
    (
        "goal.cut_costs.desc",
        "Run operations, processes and systems for less.",
    ),
    ("goal.continuity.label", "Protect continuity and security"),
    (
        "goal.continuity.desc",
        "Keep working through outages, attacks and mistakes.",
    ),
    ("goal.compliance.label", "Meet compliance and audit demands"),
    (
        "goal.compliance.desc",
        "Show customers, auditors and regulators that data is handled right.",
    ),
    ("goal.scale.label", "Expand and scale"),
    (
        "goal.scale.desc",
        "Add people, sites or markets without IT holding you back.",
    ),
    ("effort.small", "Small"),
    ("effort.medium", "Medium"),
    ("effort.large", "Large"),
    ("role.executive", "Your leadership"),
    ("role.internal_it", "Your IT staff"),
    ("role.msp", "An IT provider"),
    ("role.vcio", "A virtual CIO"),
    ("role.vendor", "A specialist vendor"),
    (
        "industry.professional_services",
        "Professional services (consulting, accounting, agencies)",
    ),
    ("industry.legal", "Legal"),
    ("industry.finance", "Finance and insurance"),
    ("industry.healthcare", "Healthcare"),
    ("industry.manufacturing", "Manufacturing"),
    ("industry.construction", "Construction and real estate"),
    ("industry.retail", "Retail and wholesale"),
    ("industry.hospitality", "Hospitality and travel"),
    ("industry.logistics", "Transport and logistics"),
    ("industry.education", "Education"),
    ("industry.nonprofit", "Non-profit"),
    ("industry.public_sector", "Public sector"),
    ("industry.technology", "Software and technology"),
    ("industry.other", "Other"),
    ("industry.accounting", "Accounting and tax"),
    (
        "itm.executive_part_time",
        "I or another executive, on top of the day job",
    ),
    ("itm.internal_admin", "An IT administrator on our staff"),
    (
        "itm.outsourced_msp",
        "An outside IT company (managed service provider)",
    ),
    ("itm.internal_department", "Our own IT department"),
    ("band.initial.name", "Initial"),
    (
        "band.initial.desc",
        "IT happens ad hoc: it depends on people remembering and on luck.",
    ),
    ("band.developing.name", "Developing"),
    (
        "band.developing.desc",
        "Some good practices exist, but they depend on individuals and gaps are common.",
    ),
    ("band.defined.name", "Defined"),
    (
        "band.defined.desc",
        "The main practices are written down and mostly followed; some areas still lag.",
    ),
    ("band.managed.name", "Managed"),
    (
        "band.managed.desc",
        "Practices are owned, measured and reviewed, and most gaps are found before they hurt.",
    ),
    ("band.optimized.name", "Optimized"),
    (
        "band.optimized.desc",
        "Practices are measured and improved continuously, ahead of what the business needs.",
    ),
    ("phase.quick_wins", "Quick wins (next 30 days)"),
    ("phase.next90_days", "Next 90 days"),
    ("phase.next12_months", "Next 12 months"),
    (
        "unknown.none",
        "You could answer every question: leadership has a clear view of how IT is run.",
    ),
    (
        "unknown.minor",
        "A few answers were \"Don't know\". Worth a quick check with whoever runs IT.",
    ),
    (
        "unknown.notable",
        "A noticeable share of answers were \"Don't know\". Not knowing how IT is run is a transparency gap in itself: decisions are made without the facts.",
    ),
    (
        "unknown.significant",
        "Many answers were \"Don't know\". Not knowing how IT is run is a serious transparency gap: if no one can tell you, no one may be responsible, and the CEO carries the risk.",
    ),
];
