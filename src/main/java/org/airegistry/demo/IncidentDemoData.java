package org.airegistry.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

import org.airegistry.incident.IncidentService;
import org.airegistry.incident.IncidentAuthorityService;
import org.airegistry.incident.IncidentSettings;
import org.airegistry.incident.IncidentReport;
import org.airegistry.incident.IncidentReportData;
import org.airegistry.incident.Route;
import org.airegistry.incident.ReportType;
import org.airegistry.incident.HarmCategory;
import org.airegistry.incident.SectoralRegime;
import org.airegistry.incident.MeasureKind;
import org.airegistry.demo.persistence.DemoRepository;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.shared.MemberState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo run only: serious-incident reports in several states, through the same services as
 * everyone's: a complete report acknowledged with measures and a follow-up, a late
 * initial report whose authority's 7 days have passed, a draft whose deadline comes soon,
 * a deployer's report to its provider, and a GPAI report to the AI Office. The demo moves
 * the submissions of some reports into the past, so that the console shows its clocks at
 * work. Created once (the demo database persists).
 */
@org.springframework.stereotype.Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
class IncidentDemoData {

	static final String ACME = "provider@acme.example";

	static final String NORDIC = "provider@nordic.example";

	static final String REGULATOR = "regulator@msa.example";

	static final String DEPLOYER = "deployer@city.example";

	private static final Logger log = LoggerFactory.getLogger(IncidentDemoData.class);

	private final OrganisationService organisations;

	private final UserDetailsService users;

	private final RegistryQueries registry;

	private final RegistryService entries;

	private final IncidentService incidents;

	private final IncidentAuthorityService authority;

	private final DemoRepository repository;

	private final IncidentSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	IncidentDemoData(OrganisationService organisations, UserDetailsService users, RegistryQueries registry,
			RegistryService entries, IncidentService incidents, IncidentAuthorityService authority,
			DemoRepository repository, IncidentSettings settings, TransactionTemplate transactions, Clock clock) {
		this.organisations = organisations;
		this.users = users;
		this.registry = registry;
		this.entries = entries;
		this.incidents = incidents;
		this.authority = authority;
		this.repository = repository;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Runs when the application is ready and once more a little later: the deployer's and
	 * the GPAI report need demo data that other modules create when the application is
	 * ready too, in an order nobody sets. Each report is created once.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		try {
			if (organisations.userExists(ACME)) {
				create();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo serious-incident reports could not be created: {}", ex.toString());
		}
	}

	@org.springframework.scheduling.annotation.Scheduled(initialDelayString = "PT20S", fixedDelayString = "P1D")
	void later() {
		try {
			if (organisations.userExists(ACME)) {
				create();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo serious-incident reports could not be created: {}", ex.toString());
		}
	}

	private boolean exists(String email, String title) {
		return organisations.userExists(email) && DemoLogin.actAs(users, email, incidents::myReports)
			.stream()
			.anyMatch(report -> report.title().equals(title));
	}

	private synchronized void create() {
		Instant now = clock.instant();
		ZoneId zone = settings.zone();
		LocalDate today = now.atZone(zone).toLocalDate();
		String talentMatch = number("TalentMatch");
		String shiftPlanner = number("ShiftPlanner");
		String nordCredit = number("NordCredit");

		// 1. a complete report in time, acknowledged, measures recorded, a follow-up
		if (!exists(ACME, RANKING)) {
			ranking(talentMatch, now, today);
		}
		// 2. a widespread infringement reported late, not acknowledged: the 7 days passed
		if (!exists(NORDIC, CREDIT)) {
			credit(nordCredit, now);
		}
		// 3. a draft whose deadline comes soon (reminders by mail)
		if (!exists(ACME, FORKLIFT)) {
			forklift(shiftPlanner, now, today);
		}
		// 4. a deployer informs the provider first, then the authority (Art 26(5))
		if (organisations.userExists(DEPLOYER) && !exists(DEPLOYER, DEPLOYER_REPORT)) {
			deployerReport(talentMatch, now);
		}
		// 5. a GPAI model with systemic risk: to the AI Office (Art 55(1)(c))
		if (!exists(ACME, WEIGHTS)) {
			gpai(now);
		}
		// 6. an Annex III point 7 system (non-public section): to the data protection
		// authority, the market surveillance authority of Art 74(8)
		if (organisations.userExists(DemoData.DATA_PROTECTION_REGULATOR) && !exists(NORDIC, BORDER)) {
			border(now);
		}
	}

	static final String RANKING = "Shortlists excluded applicants with career breaks";

	static final String CREDIT = "Loan refusals for applicants with non-Latin names";

	static final String FORKLIFT = "Forklift collision after a task assignment";

	static final String DEPLOYER_REPORT = "Applicant ranked last despite meeting every requirement";

	static final String WEIGHTS = "Model weights exposed through a misconfigured storage bucket";

	static final String BORDER = "Travellers stopped after false matches at night-time crossings";

	private void ranking(String talentMatch, Instant now, LocalDate today) {
		IncidentReport ranking = DemoLogin.actAs(users, ACME, () -> {
			IncidentReport report = incidents.startForSystem(talentMatch, Route.AUTHORITY);
			IncidentReportData data = new IncidentReportData(ReportType.COMPLETE, RANKING,
					EnumSet.of(MemberState.DE, MemberState.AT), today.minusDays(30), now.minus(Duration.ofDays(27)),
					now.minus(Duration.ofDays(25)), EnumSet.of(HarmCategory.FUNDAMENTAL_RIGHTS), false, false, false,
					SectoralRegime.NONE, 140,
					"For six weeks the ranking model placed applicants with a career break of more than 12 months "
							+ "below rank 25, so that no recruiter saw their applications.",
					"About 140 applicants in 9 recruitment procedures of 3 deployers were not considered; most "
							+ "of them were women returning from parental leave.",
					"A retraining on data of 2025 learned employment gaps as a negative signal; the feature "
							+ "attribution of the affected rankings shows it.",
					"The model version was rolled back on all deployments; the deployers were asked to review "
							+ "the affected procedures manually.",
					"", "", "", false, "", "Data protection authority of Hesse informed on the same day.", "",
					"incidents@acme.example, +49 69 000000", List.of());
			return submit(report, data, "");
		});
		DemoLogin.actAs(users, REGULATOR, () -> {
			authority.acknowledge(ranking.id());
			authority.recordMeasures(ranking.id(), MeasureKind.CORRECTIVE_ACTION_REQUIRED,
					"The provider must retest the rolled-back version for indirect discrimination and report the "
							+ "results within 30 days; deployers to re-run the affected procedures.");
			authority.commissionNotified(ranking.id());
			return null;
		});
		DemoLogin.actAs(users, ACME, () -> {
			IncidentReport current = incidents.open(ranking.id()).report();
			IncidentReportData followUp = new IncidentReportData(ReportType.INVESTIGATION, current.draft().title(),
					current.draft().memberStates(), current.draft().occurredOn(), current.draft().awareAt(),
					current.draft().causalLinkAt(), current.draft().categories(), false, false, false,
					SectoralRegime.NONE, 140, current.draft().description(), current.draft().harm(),
					current.draft().causalLink(), current.draft().immediateMeasures(),
					"The gap feature entered through the CV parser's new date extraction; a data audit found it in "
							+ "4 % of the training records.",
					"Risk of indirect discrimination on grounds of sex (Art 21 of the Charter): high while the "
							+ "version ran, low after the rollback.",
					"", false, "", current.draft().otherAuthoritiesInformed(), "", current.draft().contactPoint(),
					List.of());
			return submit(current, followUp, "Investigation and risk assessment (Art 73(6)).");
		});
		shift(ranking, 20);
		log.info("Demo data created: a complete serious-incident report with measures and a follow-up");
	}

	private void credit(String nordCredit, Instant now) {
		IncidentReport credit = DemoLogin.actAs(users, NORDIC, () -> {
			IncidentReport report = incidents.startForSystem(nordCredit, Route.AUTHORITY);
			IncidentReportData data = new IncidentReportData(ReportType.INITIAL, CREDIT,
					EnumSet.of(MemberState.SE, MemberState.FI, MemberState.DE), null, now.minus(Duration.ofDays(15)),
					now.minus(Duration.ofDays(14)), EnumSet.of(HarmCategory.FUNDAMENTAL_RIGHTS), false, true, false,
					SectoralRegime.NONE, null,
					"Applicants whose names were transliterated from non-Latin scripts were refused at a rate "
							+ "four times the average in three Member States.",
					"", "", "", "", "", "", false, "", "", "", "", List.of());
			return submit(report, data, "");
		});
		shift(credit, 9);
		log.info("Demo data created: a late serious-incident report whose authority period passed");
	}

	private void forklift(String shiftPlanner, Instant now, LocalDate today) {
		DemoLogin.actAs(users, ACME, () -> {
			IncidentReport report = incidents.startForSystem(shiftPlanner, Route.AUTHORITY);
			return incidents.save(report.id(), report.lockVersion(), new IncidentReportData(ReportType.INITIAL,
					FORKLIFT, EnumSet.of(MemberState.DE), today.minusDays(13), now.minus(Duration.ofDays(13)),
					now.minus(Duration.ofDays(12)), EnumSet.of(HarmCategory.HEALTH), false, false, false,
					SectoralRegime.NONE, 1,
					"A picker was assigned two overlapping tasks in the same aisle and was injured by a forklift.", "",
					"", "", "", "", "", false, "", "", "", "", List.of()));
		});

	}

	private void deployerReport(String talentMatch, Instant now) {
		{
			DemoLogin.actAs(users, DEPLOYER, () -> {
				IncidentReport report = incidents.startForSystem(talentMatch, Route.PROVIDER_FIRST);
				IncidentReportData data = new IncidentReportData(ReportType.INITIAL, DEPLOYER_REPORT,
						EnumSet.of(MemberState.DE), null, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)),
						EnumSet.of(HarmCategory.FUNDAMENTAL_RIGHTS), false, false, false, SectoralRegime.NONE, 1,
						"A complaint showed that an applicant with a recognised disability was ranked last; the "
								+ "ranking explanation names the gap in her CV.",
						"", "", "", "", "", "", false, "", "", "", "", List.of());
				return submit(report, data, "");
			});
		}

	}

	private void gpai(Instant now) {
		DemoLogin.actAs(users, ACME, () -> incidents.mySystemicRiskModels().stream().findFirst().map(model -> {
			IncidentReport report = incidents.startForModel(model.id());
			IncidentReportData data = new IncidentReportData(ReportType.INITIAL, WEIGHTS, Set.of(MemberState.DE), null,
					now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)),
					EnumSet.of(HarmCategory.PROPERTY_OR_ENVIRONMENT), false, false, true, SectoralRegime.NONE, null,
					"A storage bucket holding a checkpoint of the model was publicly readable for 31 hours.", "", "",
					"", "", "", "", false, "", "", "", "", List.of());
			return submit(report, data, "");
		}).orElse(null));
	}

	private void border(Instant now) {
		DemoLogin.actAs(users, NORDIC,
				() -> entries.myEntries()
					.stream()
					.filter(entry -> entry.tradeName().startsWith("BorderGate") && entry.registrationNumber() != null)
					.findFirst()
					.map(entry -> {
						IncidentReport report = incidents.startForSystem(entry.registrationNumber(), Route.AUTHORITY);
						IncidentReportData data = new IncidentReportData(ReportType.INITIAL, BORDER,
								Set.of(MemberState.DE), null, now.minus(Duration.ofDays(4)),
								now.minus(Duration.ofDays(3)), EnumSet.of(HarmCategory.FUNDAMENTAL_RIGHTS), false,
								false, false, SectoralRegime.NONE, 12,
								"Under the night-time lighting of two crossings the system matched twelve travellers to watch "
										+ "list entries they did not belong to; officers held them until a manual check.",
								"", "", "", "", "", "", false, "", "", "", "", List.of());
						return submit(report, data, "");
					})
					.orElse(null));
		log.info("Demo data created: a serious-incident report about a point 7 system, to the Art 74(8) authority");
	}

	private IncidentReport submit(IncidentReport report, IncidentReportData data, String summary) {
		IncidentReport saved = incidents.save(report.id(), report.lockVersion(), data);
		return incidents.submit(saved.id(), saved.lockVersion(), summary);
	}

	private void shift(IncidentReport report, int days) {
		transactions
			.executeWithoutResult(status -> repository.shiftIncidentIntoPast(report.id(), Duration.ofDays(days)));
	}

	private String number(String name) {
		return registry.searchInDatabase(name, 1)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("demo system " + name + " missing"))
			.registrationNumber();
	}

}
