package org.airegistry.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.airegistry.incident.Supervision;
import org.airegistry.registry.Point1Policy;
import org.airegistry.registry.RegistrationNumbers;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * The registration of a test in real-world conditions (Annex IX), as the provider fills
 * it in: the form's model, the canonical JSON of each registered version and, with the
 * provider's consent, what the public sees. Item IX-2's provider is the organisation the
 * plan belongs to. The conditions of Art 60(4) and Art 61 that are not Annex IX data are
 * kept apart ({@link TestConduct}) and never published.
 *
 * @param uid Annex IX point 1: the Union-wide unique identification number, given by the
 * registry
 * @param providerContact Annex IX point 2: the provider's functional contact for the test
 * @param deployers Annex IX point 2: names and contact details of the deployers involved,
 * one per line
 * @param systemName Annex IX point 3: the AI system's name
 * @param systemReference Annex IX point 3: version or other unambiguous reference
 * @param registrationNumber Annex IX point 3: the system's registration number, if it is
 * registered already
 * @param annexIIIPoint the Annex III use case (point 2 is registered nationally, Art
 * 49(5))
 * @param lawEnforcementOrMigrationUse for point 1: used for law enforcement, migration,
 * asylum or border control (secure section, Art 49(4)(d))
 * @param annexISectionAProduct the system is a product (or safety component) under Annex
 * I Section A legislation (Art 60 as amended by Regulation (EU) 2026/1744)
 * @param intendedPurpose Annex IX point 3: the intended purpose
 * @param systemDescription Annex IX point 3: brief description of the system
 * @param planSummary Annex IX point 4: summary of the main characteristics of the testing
 * plan (not collected in the secure section)
 * @param memberStates the Member States where the test takes place (Art 60(4)(a)-(b))
 * @param plannedStart when testing is to start (not before registration, Art 60(4)(c))
 * @param plannedEnd when it is to end (at most six months later, Art 60(4)(f))
 * @param publicationConsent the provider consents to publication (Art 60(4)(c), Art
 * 71(4))
 * @param justiceAndDemocracyUse for point 1: used for the purposes of justice and
 * democracy, which makes the data protection authority the reviewing market surveillance
 * authority (Art 74(8), DD087); plans stored before the question existed read as not
 */
public record TestPlanData(String uid, String providerContact, String deployers, String systemName,
		String systemReference, String registrationNumber, @Nullable AnnexIIIPoint annexIIIPoint,
		boolean lawEnforcementOrMigrationUse, boolean annexISectionAProduct, String intendedPurpose,
		String systemDescription, String planSummary, Set<MemberState> memberStates, @Nullable LocalDate plannedStart,
		@Nullable LocalDate plannedEnd, boolean publicationConsent, boolean justiceAndDemocracyUse) {

	public static final int NAME_MAX = 200;

	public static final int CONTACT_MAX = 300;

	public static final int DEPLOYERS_MAX = 2000;

	public static final int TEXT_MAX = 4000;

	/**
	 * Art 60(4)(f): a test lasts at most six months (then one extension of six months).
	 */
	public static final int MAX_MONTHS = 6;

	/** Fields Art 49(4)(d) does not allow in the secure section (Annex IX point 4). */
	public static final List<String> NOT_IN_SECURE_SECTION = List.of("planSummary", "publicationConsent");

	public TestPlanData {
		uid = TextChecks.strip(uid);
		providerContact = TextChecks.strip(providerContact);
		deployers = TextChecks.strip(deployers);
		systemName = TextChecks.strip(systemName);
		systemReference = TextChecks.strip(systemReference);
		registrationNumber = TextChecks.strip(registrationNumber);
		intendedPurpose = TextChecks.strip(intendedPurpose);
		systemDescription = TextChecks.strip(systemDescription);
		planSummary = TextChecks.strip(planSummary);
		memberStates = memberStates == null || memberStates.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(memberStates));
	}

	/** A plan without the answer on justice and democracy (not used for it). */
	public TestPlanData(String uid, String providerContact, String deployers, String systemName, String systemReference,
			String registrationNumber, @Nullable AnnexIIIPoint annexIIIPoint, boolean lawEnforcementOrMigrationUse,
			boolean annexISectionAProduct, String intendedPurpose, String systemDescription, String planSummary,
			Set<MemberState> memberStates, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
			boolean publicationConsent) {
		this(uid, providerContact, deployers, systemName, systemReference, registrationNumber, annexIIIPoint,
				lawEnforcementOrMigrationUse, annexISectionAProduct, intendedPurpose, systemDescription, planSummary,
				memberStates, plannedStart, plannedEnd, publicationConsent, false);
	}

	/** A new plan with its UID. */
	public static TestPlanData start(String uid) {
		return new TestPlanData(uid, "", "", "", "", "", null, false, false, "", "", "", Set.of(), null, null, false);
	}

	/**
	 * Whether the test belongs in the secure non-public section (Art 49(4)(d)): law
	 * enforcement, migration, asylum and border control (Annex III points 6 and 7, and
	 * point 1 as the policy says).
	 */
	public boolean secure(Point1Policy policy) {
		if (annexIIIPoint == null) {
			return false;
		}
		return switch (annexIIIPoint.area()) {
			case 6, 7 -> true;
			case 1 -> policy == Point1Policy.ALWAYS || lawEnforcementOrMigrationUse;
			default -> false;
		};
	}

	/**
	 * Why the authorities that review the plan are competent: the Art 74(8) authority for
	 * points 6, 7 and 8 and for point 1 used for law enforcement, migration, asylum or
	 * border control or for justice and democracy, the Art 70(1) market surveillance
	 * authority for all others.
	 */
	public Supervision supervision() {
		return Supervision.of(annexIIIPoint, lawEnforcementOrMigrationUse, justiceAndDemocracyUse);
	}

	/** The deployers involved, one per line (empty lines left out). */
	public List<String> deployerLines() {
		return deployers.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/**
	 * Rules a draft must meet to be saved: bounded texts, no Annex III point 2
	 * (registered nationally, Art 49(5)), nothing the secure section does not collect, at
	 * most six months.
	 * @param annexISectionA whether Art 60 covers Annex I Section A products (Regulation
	 * (EU) 2026/1744)
	 */
	public List<FieldError> draftProblems(Point1Policy policy, boolean annexISectionA) {
		List<FieldError> problems = new ArrayList<>();
		TextChecks.check(problems, "providerContact", providerContact, CONTACT_MAX);
		TextChecks.check(problems, "deployers", deployers, DEPLOYERS_MAX);
		TextChecks.check(problems, "systemName", systemName, NAME_MAX);
		TextChecks.check(problems, "systemReference", systemReference, NAME_MAX);
		TextChecks.check(problems, "intendedPurpose", intendedPurpose, TEXT_MAX);
		TextChecks.check(problems, "systemDescription", systemDescription, TEXT_MAX);
		TextChecks.check(problems, "planSummary", planSummary, TEXT_MAX);
		if (!registrationNumber.isEmpty() && RegistrationNumbers.parse(registrationNumber).isEmpty()) {
			problems.add(new FieldError("registrationNumber", "testing.validation.registrationNumber"));
		}
		if (annexIIIPoint != null && annexIIIPoint.area() == 2) {
			problems.add(new FieldError("annexIIIPoint", "testing.validation.point2National"));
		}
		if (annexISectionAProduct && !annexISectionA) {
			problems.add(new FieldError("annexISectionAProduct", "testing.validation.annexINotCovered"));
		}
		if (secure(policy)) {
			if (!planSummary.isEmpty()) {
				problems.add(new FieldError("planSummary", "testing.validation.notInSecureSection"));
			}
			if (publicationConsent) {
				problems.add(new FieldError("publicationConsent", "testing.validation.noConsentInSecureSection"));
			}
		}
		if (plannedStart != null && plannedEnd != null) {
			if (plannedEnd.isBefore(plannedStart)) {
				problems.add(new FieldError("plannedEnd", "testing.validation.endBeforeStart"));
			}
			else if (plannedEnd.isAfter(plannedStart.plusMonths(MAX_MONTHS))) {
				problems.add(new FieldError("plannedEnd", "testing.validation.sixMonths", MAX_MONTHS));
			}
		}
		return problems;
	}

	/**
	 * Rules a plan must meet to be registered and submitted: the Annex IX data is there
	 * and testing starts no earlier than the day of registration (Art 60(4)(c)).
	 */
	public List<FieldError> submissionProblems(Point1Policy policy, boolean annexISectionA, LocalDate today) {
		List<FieldError> problems = draftProblems(policy, annexISectionA);
		TextChecks.required(problems, "providerContact", providerContact);
		TextChecks.required(problems, "systemName", systemName);
		TextChecks.required(problems, "intendedPurpose", intendedPurpose);
		TextChecks.required(problems, "systemDescription", systemDescription);
		if (annexIIIPoint == null && !annexISectionAProduct) {
			problems.add(new FieldError("annexIIIPoint", "testing.validation.annexIIIPoint.required"));
		}
		if (!secure(policy)) {
			TextChecks.required(problems, "planSummary", planSummary);
		}
		if (memberStates.isEmpty()) {
			problems.add(new FieldError("memberStates", "validation.memberStates.required"));
		}
		if (plannedStart == null) {
			problems.add(new FieldError("plannedStart", "validation.required"));
		}
		else if (plannedStart.isBefore(today)) {
			problems.add(new FieldError("plannedStart", "testing.validation.startBeforeRegistration"));
		}
		if (plannedEnd == null) {
			problems.add(new FieldError("plannedEnd", "validation.required"));
		}
		return problems;
	}

	/** The same plan with another UID (the registry's, whatever a form sent). */
	public TestPlanData withUid(String value) {
		return new TestPlanData(value, providerContact, deployers, systemName, systemReference, registrationNumber,
				annexIIIPoint, lawEnforcementOrMigrationUse, annexISectionAProduct, intendedPurpose, systemDescription,
				planSummary, memberStates, plannedStart, plannedEnd, publicationConsent, justiceAndDemocracyUse);
	}

	/** The same plan with or without consent to publication. */
	public TestPlanData withPublicationConsent(boolean consent) {
		return new TestPlanData(uid, providerContact, deployers, systemName, systemReference, registrationNumber,
				annexIIIPoint, lawEnforcementOrMigrationUse, annexISectionAProduct, intendedPurpose, systemDescription,
				planSummary, memberStates, plannedStart, plannedEnd, consent, justiceAndDemocracyUse);
	}

	/** Text the public search matches (lower case). */
	public String searchText(String providerName) {
		return String
			.join("\n", uid, systemName, systemReference, providerName, intendedPurpose, systemDescription, planSummary,
					deployers)
			.toLowerCase(java.util.Locale.ROOT);
	}

}
