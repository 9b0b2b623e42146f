package org.airegistry.gpai;

import java.time.LocalDate;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of a GPAI model page. A draft may be incomplete but never malformed
 * ({@link #draftProblems}); publishing requires what the Act asks for
 * ({@link #publicationProblems}). Field names are the record components of
 * {@link GpaiModelData} and {@link TrainingContentSummary}.
 */
public final class GpaiRules {

	public static final int NAME_MAX = 200;

	public static final int TEXT_MAX = 10_000;

	/** Art 52(5): reassessment no earlier than six months after the decision. */
	public static final int REASSESSMENT_MONTHS = 6;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern DOMAIN = Pattern.compile("(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	private static final Set<SystemicRiskStatus> DESIGNATION = Set.of(SystemicRiskStatus.DESIGNATED,
			SystemicRiskStatus.REASSESSMENT_REQUESTED);

	/** Statuses that say the provider notified the Commission (Art 52(1), 52(2)). */
	private static final Set<SystemicRiskStatus> NOTIFIED = Set.of(SystemicRiskStatus.NOTIFIED,
			SystemicRiskStatus.REBUTTAL_SUBMITTED, SystemicRiskStatus.REBUTTAL_ACCEPTED,
			SystemicRiskStatus.REBUTTAL_REJECTED);

	/**
	 * The Commission's decisions, recorded only by a regulator of the AI Office: the
	 * rebuttal accepted or rejected (Art 52(3)), the designation (Art 51(1)(b), 52(4)).
	 */
	public static final Set<SystemicRiskStatus> COMMISSION_DECISIONS = Set.of(SystemicRiskStatus.REBUTTAL_ACCEPTED,
			SystemicRiskStatus.REBUTTAL_REJECTED, SystemicRiskStatus.DESIGNATED);

	/**
	 * What the publication is checked against besides the data itself.
	 *
	 * @param establishedInEu whether the provider is established in the Union (Art 54)
	 * @param previousStatus the status of the last published version (NONE if none)
	 * @param today the current date (Art 52(5) six-month rule)
	 * @param byRegulator whether a regulator of the AI Office makes the change (Art
	 * 52(3), 52(4) decisions)
	 * @param previousDecisionDate the decision date of the last published version
	 */
	public record Context(boolean establishedInEu, SystemicRiskStatus previousStatus, LocalDate today,
			boolean byRegulator, @Nullable LocalDate previousDecisionDate) {

		/** A context without a previous decision date. */
		public Context(boolean establishedInEu, SystemicRiskStatus previousStatus, LocalDate today,
				boolean byRegulator) {
			this(establishedInEu, previousStatus, today, byRegulator, null);
		}

	}

	private GpaiRules() {
	}

	/** Problems that make even a draft unacceptable: lengths, numbers, formats. */
	public static List<FieldError> draftProblems(GpaiModelData data) {
		List<FieldError> problems = new ArrayList<>();
		if (data.name().isBlank()) {
			problems.add(new FieldError("name", "gpai.validation.required"));
		}
		// every free text, named by its field so that the editor shows the problem there
		// (Annex XIII(c): a lone surrogate in the compute method was stored and came back
		// as "?")
		texts(data).forEach((field, text) -> {
			if (text.length() > maxLength(field)) {
				problems.add(new FieldError(field, "gpai.validation.tooLong", maxLength(field), text.length()));
			}
			FreeText.check(problems, field, text);
		});
		positive(problems, "parameterCount", data.parameterCount());
		positive(problems, "trainingTokens", data.trainingTokens());
		positive(problems, "contextWindowTokens", data.contextWindowTokens());
		if (data.trainingComputeFlop() != null && data.trainingComputeFlop().signum() <= 0) {
			problems.add(new FieldError("trainingComputeFlop", "gpai.validation.positive"));
		}
		if (!data.incidentContact().isBlank() && !EMAIL.matcher(data.incidentContact().strip()).matches()) {
			problems.add(new FieldError("incidentContact", "gpai.validation.email"));
		}
		for (String domain : data.trainingSummary().topDomains()) {
			if (!DOMAIN.matcher(domain).matches()) {
				problems.add(new FieldError("topDomains", "gpai.validation.domain", domain));
				break;
			}
		}
		if (data.releaseDate() != null && data.releaseDate().getYear() < 2000) {
			problems.add(new FieldError("releaseDate", "gpai.validation.date"));
		}
		return problems;
	}

	/**
	 * The most characters the text field of this name holds: the model's name one short
	 * line, every other text {@link #TEXT_MAX}. The editor checks the same lengths next
	 * to its inputs.
	 */
	public static int maxLength(String field) {
		return field.equals("name") ? NAME_MAX : TEXT_MAX;
	}

	/**
	 * The page's free texts by field name, the training summary's by their own names (the
	 * names its problems carry): every text component of the two records.
	 */
	static Map<String, String> texts(GpaiModelData data) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Record part : List.of(data, data.trainingSummary())) {
			for (RecordComponent component : part.getClass().getRecordComponents()) {
				if (component.getType() == String.class) {
					try {
						texts.put(component.getName(), (String) component.getAccessor().invoke(part));
					}
					catch (ReflectiveOperationException ex) {
						throw new IllegalStateException("unreadable text " + component.getName(), ex);
					}
				}
			}
		}
		return texts;
	}

	/** Everything that must hold before a version is published, including draft rules. */
	public static List<FieldError> publicationProblems(GpaiModelData data, Context context) {
		List<FieldError> problems = new ArrayList<>(draftProblems(data));
		// identity (Art 53, Annex XII 1(c), (h))
		required(problems, "modelVersion", data.modelVersion());
		if (data.modelType() == null) {
			problems.add(new FieldError("modelType", "gpai.validation.required"));
		}
		if (data.releaseDate() == null) {
			problems.add(new FieldError("releaseDate", "gpai.validation.required"));
		}
		required(problems, "distributionChannels", data.distributionChannels());
		required(problems, "licence", data.licence());
		// Art 54(1), 54(6)
		if (!context.establishedInEu() && !data.openSourceExempt() && data.authorisedRepresentative().isBlank()) {
			problems.add(new FieldError("authorisedRepresentative", "gpai.validation.authorisedRepresentative"));
		}
		// Art 53(1)(b), Annex XII, unless Art 53(2)
		if (!data.openSourceExempt()) {
			String key = "gpai.validation.annexXII";
			requiredAs(problems, "intendedTasks", data.intendedTasks(), key);
			requiredAs(problems, "acceptableUsePolicy", data.acceptableUsePolicy(), key);
			requiredAs(problems, "architecture", data.architecture(), key);
			if (data.parameterCount() == null) {
				problems.add(new FieldError("parameterCount", key));
			}
			if (data.inputModalities().isEmpty()) {
				problems.add(new FieldError("inputModalities", key));
			}
			if (data.outputModalities().isEmpty()) {
				problems.add(new FieldError("outputModalities", key));
			}
			requiredAs(problems, "formatsAndMaxSizes", data.formatsAndMaxSizes(), key);
			requiredAs(problems, "trainingDataDescription", data.trainingDataDescription(), key);
			requiredAs(problems, "integrationMeans", data.integrationMeans(), key);
		}
		// Art 53(1)(c), (d): also for open-source models
		requiredAs(problems, "copyrightPolicy", data.copyrightPolicy(), "gpai.validation.copyrightPolicy");
		TrainingContentSummary summary = data.trainingSummary();
		if (summary.modalities().isEmpty()) {
			problems.add(new FieldError("modalities", "gpai.validation.summary.modalities"));
		}
		if (summary.crawled()) {
			requiredAs(problems, "crawlerNames", summary.crawlerNames(), "gpai.validation.summary.crawler");
			if (summary.topDomains().isEmpty()) {
				problems.add(new FieldError("topDomains", "gpai.validation.summary.topDomains"));
			}
		}
		if (summary.publicDatasets()) {
			requiredAs(problems, "publicDatasetList", summary.publicDatasetList(), "gpai.validation.required");
		}
		requiredAs(problems, "optOutMeasures", summary.optOutMeasures(), "gpai.validation.summary.optOut");
		requiredAs(problems, "illegalContentMeasures", summary.illegalContentMeasures(),
				"gpai.validation.summary.illegalContent");
		computeProblems(problems, data);
		statusProblems(problems, data, context);
		notificationProblems(problems, data, context);
		// Art 55(1)(a)–(d)
		if (data.systemicRisk()) {
			String key = "gpai.validation.systemic";
			// (a) model evaluation, including adversarial testing
			requiredAs(problems, "evaluationSummary", data.evaluationSummary(), key);
			requiredAs(problems, "adversarialTestingSummary", data.adversarialTestingSummary(), key);
			// (b) assessment and mitigation of systemic risks at Union level
			requiredAs(problems, "riskMitigationSummary", data.riskMitigationSummary(), key);
			// (c) serious incidents reported to the AI Office
			requiredAs(problems, "incidentContact", data.incidentContact(), key);
			// (d) cybersecurity protection
			requiredAs(problems, "cybersecuritySummary", data.cybersecuritySummary(), key);
		}
		return problems;
	}

	/**
	 * Art 51(2), Annex XIII(c): the training compute decides the presumption, so every
	 * model states it, as a reported figure with how it was measured or estimated, or as
	 * the registry's estimate from parameters and tokens (its method is the formula).
	 */
	private static void computeProblems(List<FieldError> problems, GpaiModelData data) {
		if (data.effectiveCompute().isEmpty()) {
			problems.add(new FieldError("trainingComputeFlop", "gpai.validation.compute"));
		}
		else if (data.trainingComputeFlop() != null) {
			requiredAs(problems, "computeMethod", data.computeMethod(), "gpai.validation.computeMethod");
		}
	}

	/**
	 * Art 52(1): a model that meets the threshold is notified within two weeks; the date
	 * the threshold was met (or became known) sets the due date, the notification date
	 * shows whether it was kept. Neither lies in the future.
	 */
	private static void notificationProblems(List<FieldError> problems, GpaiModelData data, Context context) {
		SystemicRiskStatus status = data.systemicRiskStatus();
		boolean notified = NOTIFIED.contains(status);
		if (data.presumedSystemicRisk() && data.thresholdMetDate() == null) {
			problems.add(new FieldError("thresholdMetDate", "gpai.validation.thresholdMetDate"));
		}
		if (notified && data.notificationDate() == null) {
			problems.add(new FieldError("notificationDate", "gpai.validation.notificationDate"));
		}
		for (String field : List.of("thresholdMetDate", "notificationDate")) {
			LocalDate date = field.equals("thresholdMetDate") ? data.thresholdMetDate() : data.notificationDate();
			if (date != null && date.isAfter(context.today())) {
				problems.add(new FieldError(field, "gpai.validation.futureDate"));
			}
		}
	}

	private static void statusProblems(List<FieldError> problems, GpaiModelData data, Context context) {
		SystemicRiskStatus status = data.systemicRiskStatus();
		// Art 51(2), 52(1): above the threshold the model must be notified
		if (data.presumedSystemicRisk() && status == SystemicRiskStatus.NONE) {
			problems.add(new FieldError("systemicRiskStatus", "gpai.validation.presumption"));
		}
		if (!context.byRegulator()) {
			// Art 52(3), 52(4): only the Commission decides; the provider keeps its
			// decision
			boolean keptDecision = status == context.previousStatus()
					&& java.util.Objects.equals(data.statusDecisionDate(), context.previousDecisionDate());
			if (status == SystemicRiskStatus.DESIGNATED && !DESIGNATION.contains(context.previousStatus())) {
				problems.add(new FieldError("systemicRiskStatus", "gpai.validation.designatedByRegulator"));
			}
			else if (COMMISSION_DECISIONS.contains(status) && !keptDecision) {
				problems.add(new FieldError("systemicRiskStatus", "gpai.validation.decisionByRegulator"));
			}
			if (DESIGNATION.contains(context.previousStatus()) && !DESIGNATION.contains(status)) {
				problems.add(new FieldError("systemicRiskStatus", "gpai.validation.designationStays"));
			}
			// Art 52(5): the six months count from the Commission's decision, as recorded
			if (status == SystemicRiskStatus.REASSESSMENT_REQUESTED && DESIGNATION.contains(context.previousStatus())
					&& context.previousDecisionDate() != null
					&& !context.previousDecisionDate().equals(data.statusDecisionDate())) {
				problems.add(new FieldError("statusDecisionDate", "gpai.validation.decisionByRegulator"));
			}
			// Art 52(3): a rejected rebuttal leaves the model with systemic risk
			if (context.previousStatus() == SystemicRiskStatus.REBUTTAL_REJECTED && !status.systemic()) {
				problems.add(new FieldError("systemicRiskStatus", "gpai.validation.decisionStays"));
			}
		}
		boolean decided = status == SystemicRiskStatus.DESIGNATED || status == SystemicRiskStatus.REBUTTAL_ACCEPTED
				|| status == SystemicRiskStatus.REBUTTAL_REJECTED
				|| status == SystemicRiskStatus.REASSESSMENT_REQUESTED;
		LocalDate decision = data.statusDecisionDate();
		if (decided && decision == null) {
			problems.add(new FieldError("statusDecisionDate", "gpai.validation.decisionDate"));
		}
		if (decision != null && decision.isAfter(context.today())) {
			problems.add(new FieldError("statusDecisionDate", "gpai.validation.future"));
		}
		// Art 52(5): no earlier than six months after the decision
		if (status == SystemicRiskStatus.REASSESSMENT_REQUESTED && decision != null) {
			LocalDate earliest = decision.plusMonths(REASSESSMENT_MONTHS);
			if (context.today().isBefore(earliest)) {
				problems.add(new FieldError("systemicRiskStatus", "gpai.validation.reassessmentTooEarly",
						earliest.toString()));
			}
		}
	}

	private static void positive(List<FieldError> problems, String field, @Nullable Long value) {
		if (value != null && value <= 0) {
			problems.add(new FieldError(field, "gpai.validation.positive"));
		}
	}

	private static void required(List<FieldError> problems, String field, String value) {
		requiredAs(problems, field, value, "gpai.validation.required");
	}

	private static void requiredAs(List<FieldError> problems, String field, String value, String key) {
		if (value.isBlank()) {
			problems.add(new FieldError(field, key));
		}
	}

}
