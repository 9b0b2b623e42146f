package org.airegistry.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;

import org.airegistry.testing.TestPlanService;
import org.airegistry.testing.TestingAuthorityService;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanData;
import org.airegistry.testing.TestConduct;
import org.airegistry.testing.ConsentBasis;
import org.airegistry.incident.IncidentDeadlines;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.demo.persistence.DemoRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo run only: tests in real-world conditions in several states, through the same
 * services as everyone's: a public test under way, a plan tacitly approved within days
 * unless the authority answers, a test completed with its outcome, a test whose consent
 * to publication was withdrawn, a border-control test in the secure section waiting for
 * an authority, and a draft. Created once (the demo database persists).
 */
@Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
class TestingDemoData {

	static final String ACME = "provider@acme.example";

	static final String NORDIC = "provider@nordic.example";

	static final String REGULATOR = "regulator@msa.example";

	private static final Logger log = LoggerFactory.getLogger(TestingDemoData.class);

	private final OrganisationService organisations;

	private final UserDetailsService users;

	private final TestPlanService plans;

	private final TestingAuthorityService authority;

	private final DemoRepository repository;

	private final IncidentDeadlines periods;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TestingDemoData(OrganisationService organisations, UserDetailsService users, TestPlanService plans,
			TestingAuthorityService authority, DemoRepository repository, IncidentDeadlines periods,
			TransactionTemplate transactions, Clock clock) {
		this.organisations = organisations;
		this.users = users;
		this.plans = plans;
		this.authority = authority;
		this.repository = repository;
		this.periods = periods;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		try {
			if (organisations.userExists(ACME) && organisations.userExists(NORDIC)
					&& DemoLogin.actAs(users, ACME, plans::myPlans).isEmpty()) {
				create();
				log.info("Demo data created: tests in real-world conditions in several states");
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo tests in real-world conditions could not be created: {}", ex.toString());
		}
	}

	private void create() {
		LocalDate today = periods.periods().day(clock.instant());
		// a public test under way, approved by the German authority
		TestPlan interview = DemoLogin.actAs(users, ACME, () -> register(plan("TalentMatch Interview Assistant",
				AnnexIIIPoint.P4A, false,
				"Twelve weeks with two deployers: the assistant proposes interview questions and summarises "
						+ "answers; recruiters decide. 300 candidates who consented; results compared with a "
						+ "control group.",
				EnumSet.of(MemberState.DE), today, today.plusMonths(3), true,
				"Acme Recruiting Partner GmbH, recruiting@partner.example\nStadtwerke Beispiel, hr@stadtwerke.example")));
		DemoLogin.actAs(users, REGULATOR, () -> {
			authority.approve(interview.id(), "Approved with the condition that recruiters review every summary.");
			return null;
		});
		DemoLogin.actAs(users, ACME, () -> plans.start(interview.id(), today));

		// a plan that will be approved tacitly soon unless the authority answers
		TestPlan shifts = DemoLogin.actAs(users, ACME,
				() -> register(plan("ShiftPlanner 3 beta", AnnexIIIPoint.P4B, false,
						"Eight weeks in one warehouse: the optimiser assigns tasks; supervisors confirm each "
								+ "assignment. Workers may opt out at any time.",
						EnumSet.of(MemberState.DE, MemberState.PL), today.plusDays(10), today.plusMonths(2), false,
						"Logistik Beispiel AG, betriebsrat@logistik.example")));
		transactions
			.executeWithoutResult(status -> repository.shiftTestSubmissionIntoPast(shifts.id(), Duration.ofDays(27)));

		// a test completed, with its final outcome
		TestPlan completed = DemoLogin.actAs(users, ACME,
				() -> register(plan("TalentMatch Skills Parser 5", AnnexIIIPoint.P4A, false,
						"Four weeks parsing CVs of applicants who consented, compared with manual screening.",
						EnumSet.of(MemberState.DE), today, today.plusMonths(1), true, "")));
		DemoLogin.actAs(users, REGULATOR, () -> {
			authority.approve(completed.id(), "");
			return null;
		});
		DemoLogin.actAs(users, ACME, () -> {
			plans.start(completed.id(), today);
			plans.complete(completed.id());
			return plans.notifyOutcome(completed.id(),
					"The parser matched manual screening in 96 % of cases; the deviations concerned foreign "
							+ "degrees and are addressed in version 5.1.");
		});

		// a test whose provider withdrew its consent to publication
		TestPlan withdrawn = DemoLogin
			.actAs(users, NORDIC, () -> register(plan("NordCredit Scoring 8", AnnexIIIPoint.P5B, false,
					"Shadow scoring of 2,000 loan applications next to the current model; no decision relies on it.",
					EnumSet.of(MemberState.DE), today.plusDays(5), today.plusMonths(4), true, "")));
		DemoLogin.actAs(users, REGULATOR, () -> {
			authority.approve(withdrawn.id(), "");
			return null;
		});
		DemoLogin.actAs(users, NORDIC, () -> plans.withdrawConsent(withdrawn.id()));

		// a border-control test: secure section, no Swedish authority in the registry yet
		DemoLogin.actAs(users, NORDIC, () -> register(plan("BorderGate Face Match 4", AnnexIIIPoint.P7D, false, "",
				EnumSet.of(MemberState.SE), today.plusDays(20), today.plusMonths(3), false, "")));

		// a draft
		DemoLogin.actAs(users, NORDIC, () -> {
			TestPlan draft = plans.create();
			return plans.save(
					draft.id(), draft.lockVersion(), plan("NordCredit Affordability Check", AnnexIIIPoint.P5B, false,
							"", EnumSet.of(MemberState.FI), null, null, false, "")
						.withUid(draft.uid()),
					TestConduct.empty());
		});
	}

	private TestPlan register(TestPlanData content) {
		TestPlan plan = plans.create();
		boolean lawEnforcement = content.annexIIIPoint() != null && content.annexIIIPoint().area() == 6;
		TestPlan saved = plans.save(plan.id(), plan.lockVersion(), content.withUid(plan.uid()),
				lawEnforcement ? new TestConduct(ConsentBasis.LAW_ENFORCEMENT_EXCEPTION, "", false,
						"No decision about travellers relies on the system during the test; data deleted after it.")
						: new TestConduct(ConsentBasis.INFORMED_CONSENT,
								"Dated, signed consent forms kept by each deployer for ten years; the provider keeps "
										+ "the list of forms, not the persons' data.",
								true, "Participants may withdraw at any time; a person reviews every outcome."));
		return plans.register(saved.id(), saved.lockVersion(), "");
	}

	private static TestPlanData plan(String name, AnnexIIIPoint point, boolean le, String summary,
			EnumSet<MemberState> states, LocalDate start, LocalDate end, boolean consent, String deployers) {
		return new TestPlanData("", "real-world-tests@provider.example", deployers, name, "beta", "", point, le, false,
				"Testing " + name + " under real-world conditions before placing it on the market.",
				name + ": a high-risk AI system under test.", summary, states, start, end, consent);
	}

}
