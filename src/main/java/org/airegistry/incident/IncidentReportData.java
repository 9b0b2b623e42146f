package org.airegistry.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * The content of a serious-incident report as the reporter fills it in: the form's model,
 * the canonical JSON stored for each submitted version and what the competent authority
 * reads. The fields follow the structure of the Commission's draft reporting template
 * (reporter and system are the record's own; the incident, its timing, the causal link,
 * the harm, the measures and the follow-up are here). Never public.
 *
 * @param reportType what this submission is (Art 73(5)-(6))
 * @param title a short title of the incident
 * @param memberStates the Member States where the incident occurred (Art 73(1): the
 * report goes to the market surveillance authority of each)
 * @param occurredOn when the incident occurred (or began)
 * @param awareAt when the reporter first learned of the incident
 * @param causalLinkAt when the reporter established a causal link between the AI system
 * and the incident, or its reasonable likelihood (for a death: established or suspected,
 * Art 73(4)); the reporting period runs from here (DD080)
 * @param categories what the incident led to (Art 3(49)(a)-(d))
 * @param death whether a person died (Art 73(4): at the latest 10 days)
 * @param widespreadInfringement whether it is a widespread infringement (Art 3(61), Art
 * 73(3): at the latest 2 days)
 * @param cybersecurityBreach GPAI models only: a serious cybersecurity breach (Code of
 * Practice, Safety and Security chapter)
 * @param sectoralRegime another reporting regime that limits the AI Act report to Art
 * 3(49)(c) (Art 73(9)-(10))
 * @param affectedPersons how many persons were affected, where known
 * @param description what happened
 * @param harm the consequences: harm to persons, infrastructure, rights, property or the
 * environment
 * @param causalLink how the AI system contributed, and the evidence for the causal link
 * @param immediateMeasures measures taken at once to contain the incident
 * @param investigation the investigation under Art 73(6)
 * @param riskAssessment the risk assessment of the incident under Art 73(6)
 * @param correctiveActions the corrective action taken under Art 73(6)
 * @param systemAltered whether the system was altered in a way that may affect the
 * evaluation of the causes (Art 73(6), second subparagraph: not before informing the
 * authorities)
 * @param alterationDetails what was altered, when, and whether the authorities had been
 * informed before
 * @param otherAuthoritiesInformed other authorities, importers or distributors informed
 * @param providerContactAttempts a deployer's attempts to reach the provider (Art 26(5))
 * @param contactPoint the functional contact for this incident (a desk, not a person's
 * private details)
 * @param attachments PDF documents, by SHA-256 (a version's own hash covers them)
 * @param justiceAndDemocracyUse for a system of Annex III point 1: whether it is used for
 * the purposes of justice and democracy, which makes the data protection authority its
 * market surveillance authority (Art 74(8), DD087); reports stored before the question
 * existed read as not
 */
public record IncidentReportData(ReportType reportType, String title, Set<MemberState> memberStates,
		@Nullable LocalDate occurredOn, @Nullable Instant awareAt, @Nullable Instant causalLinkAt,
		Set<HarmCategory> categories, boolean death, boolean widespreadInfringement, boolean cybersecurityBreach,
		SectoralRegime sectoralRegime, @Nullable Integer affectedPersons, String description, String harm,
		String causalLink, String immediateMeasures, String investigation, String riskAssessment,
		String correctiveActions, boolean systemAltered, String alterationDetails, String otherAuthoritiesInformed,
		String providerContactAttempts, String contactPoint, List<StoredDocument> attachments,
		boolean justiceAndDemocracyUse) {

	public static final int TITLE_MAX = 200;

	public static final int TEXT_MAX = 4000;

	public static final int SHORT_TEXT_MAX = 1000;

	public static final int CONTACT_MAX = 300;

	public static final int MAX_ATTACHMENTS = 10;

	public static final int MAX_AFFECTED_PERSONS = 1_000_000_000;

	public IncidentReportData {
		reportType = reportType == null ? ReportType.INITIAL : reportType;
		title = TextChecks.strip(title);
		// EnumSets keep the fixed enum order the canonical JSON (and its SHA-256) needs
		memberStates = memberStates == null || memberStates.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(memberStates));
		categories = categories == null || categories.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(categories));
		sectoralRegime = sectoralRegime == null ? SectoralRegime.NONE : sectoralRegime;
		description = TextChecks.strip(description);
		harm = TextChecks.strip(harm);
		causalLink = TextChecks.strip(causalLink);
		immediateMeasures = TextChecks.strip(immediateMeasures);
		investigation = TextChecks.strip(investigation);
		riskAssessment = TextChecks.strip(riskAssessment);
		correctiveActions = TextChecks.strip(correctiveActions);
		alterationDetails = TextChecks.strip(alterationDetails);
		otherAuthoritiesInformed = TextChecks.strip(otherAuthoritiesInformed);
		providerContactAttempts = TextChecks.strip(providerContactAttempts);
		contactPoint = TextChecks.strip(contactPoint);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A report without the answer on justice and democracy (not used for it). */
	public IncidentReportData(ReportType reportType, String title, Set<MemberState> memberStates,
			@Nullable LocalDate occurredOn, @Nullable Instant awareAt, @Nullable Instant causalLinkAt,
			Set<HarmCategory> categories, boolean death, boolean widespreadInfringement, boolean cybersecurityBreach,
			SectoralRegime sectoralRegime, @Nullable Integer affectedPersons, String description, String harm,
			String causalLink, String immediateMeasures, String investigation, String riskAssessment,
			String correctiveActions, boolean systemAltered, String alterationDetails, String otherAuthoritiesInformed,
			String providerContactAttempts, String contactPoint, List<StoredDocument> attachments) {
		this(reportType, title, memberStates, occurredOn, awareAt, causalLinkAt, categories, death,
				widespreadInfringement, cybersecurityBreach, sectoralRegime, affectedPersons, description, harm,
				causalLink, immediateMeasures, investigation, riskAssessment, correctiveActions, systemAltered,
				alterationDetails, otherAuthoritiesInformed, providerContactAttempts, contactPoint, attachments, false);
	}

	/** An empty initial report. */
	public static IncidentReportData empty() {
		return new IncidentReportData(ReportType.INITIAL, "", Set.of(), null, null, null, Set.of(), false, false, false,
				SectoralRegime.NONE, null, "", "", "", "", "", "", "", false, "", "", "", "", List.of());
	}

	/**
	 * Rules a draft must meet to be saved: bounded texts, no dates in the future, the
	 * order of awareness and causal link, and fields that only belong to some reporters.
	 * Missing content is allowed in a draft.
	 */
	public List<FieldError> draftProblems(ReporterRole role, Instant now, ZoneId zone) {
		List<FieldError> problems = new ArrayList<>();
		TextChecks.check(problems, "title", title, TITLE_MAX);
		TextChecks.check(problems, "description", description, TEXT_MAX);
		TextChecks.check(problems, "harm", harm, TEXT_MAX);
		TextChecks.check(problems, "causalLink", causalLink, TEXT_MAX);
		TextChecks.check(problems, "immediateMeasures", immediateMeasures, TEXT_MAX);
		TextChecks.check(problems, "investigation", investigation, TEXT_MAX);
		TextChecks.check(problems, "riskAssessment", riskAssessment, TEXT_MAX);
		TextChecks.check(problems, "correctiveActions", correctiveActions, TEXT_MAX);
		TextChecks.check(problems, "alterationDetails", alterationDetails, SHORT_TEXT_MAX);
		TextChecks.check(problems, "otherAuthoritiesInformed", otherAuthoritiesInformed, SHORT_TEXT_MAX);
		TextChecks.check(problems, "providerContactAttempts", providerContactAttempts, SHORT_TEXT_MAX);
		TextChecks.check(problems, "contactPoint", contactPoint, CONTACT_MAX);
		if (affectedPersons != null && (affectedPersons < 0 || affectedPersons > MAX_AFFECTED_PERSONS)) {
			problems.add(new FieldError("affectedPersons", "incident.validation.affectedPersons"));
		}
		if (occurredOn != null && occurredOn.isAfter(now.atZone(zone).toLocalDate())) {
			problems.add(new FieldError("occurredOn", "incident.validation.future"));
		}
		if (awareAt != null && awareAt.isAfter(now)) {
			problems.add(new FieldError("awareAt", "incident.validation.future"));
		}
		if (causalLinkAt != null && causalLinkAt.isAfter(now)) {
			problems.add(new FieldError("causalLinkAt", "incident.validation.future"));
		}
		if (awareAt != null && causalLinkAt != null && causalLinkAt.isBefore(awareAt)) {
			problems.add(new FieldError("causalLinkAt", "incident.validation.causalLinkBeforeAwareness"));
		}
		if (occurredOn != null && awareAt != null && awareAt.atZone(zone).toLocalDate().isBefore(occurredOn)) {
			problems.add(new FieldError("awareAt", "incident.validation.awareBeforeOccurred"));
		}
		if (attachments.size() > MAX_ATTACHMENTS) {
			problems.add(new FieldError("attachments", "incident.validation.attachments", MAX_ATTACHMENTS));
		}
		if (role == ReporterRole.GPAI_PROVIDER) {
			if (sectoralRegime != SectoralRegime.NONE) {
				problems.add(new FieldError("sectoralRegime", "incident.validation.sectoralNotForGpai"));
			}
		}
		else if (cybersecurityBreach) {
			problems.add(new FieldError("cybersecurityBreach", "incident.validation.cybersecurityGpaiOnly"));
		}
		return problems;
	}

	/**
	 * Rules a report must meet to be submitted as its {@link #reportType}: an initial
	 * report needs what identifies the incident and starts the clock (Art 73(5)); a
	 * complete report the whole picture; the follow-ups of Art 73(6) the investigation
	 * and risk assessment, or the corrective action. Art 73(9)-(10): under another regime
	 * only infringements of fundamental-rights obligations are reported here.
	 */
	public List<FieldError> submissionProblems(ReporterRole role, Route route, Instant now, ZoneId zone) {
		List<FieldError> problems = draftProblems(role, now, zone);
		TextChecks.required(problems, "title", title);
		if (memberStates.isEmpty()) {
			problems.add(new FieldError("memberStates", "validation.memberStates.required"));
		}
		if (causalLinkAt == null) {
			problems.add(new FieldError("causalLinkAt", "incident.validation.causalLinkAt.required"));
		}
		if (categories.isEmpty()) {
			problems.add(new FieldError("categories", "incident.validation.categories.required"));
		}
		if (death && !categories.contains(HarmCategory.HEALTH)) {
			problems.add(new FieldError("categories", "incident.validation.deathNeedsHealth"));
		}
		if (sectoralRegime != SectoralRegime.NONE && !categories.equals(Set.of(HarmCategory.FUNDAMENTAL_RIGHTS))) {
			problems.add(new FieldError("categories", "incident.validation.sectoralOnlyFundamentalRights"));
		}
		TextChecks.required(problems, "description", description);
		if (route == Route.PROVIDER_UNREACHABLE) {
			TextChecks.required(problems, "providerContactAttempts", providerContactAttempts);
		}
		if (reportType == ReportType.INITIAL) {
			return problems;
		}
		if (occurredOn == null) {
			problems.add(new FieldError("occurredOn", "validation.required"));
		}
		if (awareAt == null) {
			problems.add(new FieldError("awareAt", "validation.required"));
		}
		TextChecks.required(problems, "harm", harm);
		TextChecks.required(problems, "causalLink", causalLink);
		TextChecks.required(problems, "immediateMeasures", immediateMeasures);
		TextChecks.required(problems, "contactPoint", contactPoint);
		if (systemAltered) {
			TextChecks.required(problems, "alterationDetails", alterationDetails);
		}
		if (reportType == ReportType.INVESTIGATION) {
			TextChecks.required(problems, "investigation", investigation);
			TextChecks.required(problems, "riskAssessment", riskAssessment);
		}
		if (reportType == ReportType.CORRECTIVE_ACTION) {
			TextChecks.required(problems, "correctiveActions", correctiveActions);
		}
		return problems;
	}

	/** The same report as another kind of submission. */
	public IncidentReportData withReportType(ReportType type) {
		return new IncidentReportData(type, title, memberStates, occurredOn, awareAt, causalLinkAt, categories, death,
				widespreadInfringement, cybersecurityBreach, sectoralRegime, affectedPersons, description, harm,
				causalLink, immediateMeasures, investigation, riskAssessment, correctiveActions, systemAltered,
				alterationDetails, otherAuthoritiesInformed, providerContactAttempts, contactPoint, attachments,
				justiceAndDemocracyUse);
	}

	/** The same report with these attachments. */
	public IncidentReportData withAttachments(List<StoredDocument> documents) {
		return new IncidentReportData(reportType, title, memberStates, occurredOn, awareAt, causalLinkAt, categories,
				death, widespreadInfringement, cybersecurityBreach, sectoralRegime, affectedPersons, description, harm,
				causalLink, immediateMeasures, investigation, riskAssessment, correctiveActions, systemAltered,
				alterationDetails, otherAuthoritiesInformed, providerContactAttempts, contactPoint, documents,
				justiceAndDemocracyUse);
	}

}
