package org.airegistry.gpai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Everything public about one version of a general-purpose AI model: identity (Art 53,
 * 54), information for downstream providers (Annex XII), the training-content summary
 * (Art 53(1)(d)), copyright policy (Art 53(1)(c)), marking of synthetic output (Art
 * 50(2)) and systemic risk (Art 51, 52, 55). Field rules are in {@link GpaiRules}.
 */
public record GpaiModelData(String name, String modelVersion, @Nullable ModelType modelType,
		String authorisedRepresentative, @Nullable LocalDate releaseDate, String distributionChannels, String licence,
		boolean openSource, String acceptableUsePolicy, String basedOnModel, String intendedTasks,
		String integrableSystems, String interaction, String architecture, @Nullable Long parameterCount,
		Set<Modality> inputModalities, Set<Modality> outputModalities, String formatsAndMaxSizes,
		@Nullable Long contextWindowTokens, String trainingDataDescription, String integrationMeans,
		TrainingContentSummary trainingSummary, String copyrightPolicy, boolean codeOfPracticeSignatory,
		Set<MarkingTechnique> markingTechniques, String detectionTools, @Nullable Long trainingTokens,
		@Nullable BigDecimal trainingComputeFlop, SystemicRiskStatus systemicRiskStatus,
		@Nullable LocalDate statusDecisionDate, String evaluationSummary, String adversarialTestingSummary,
		String incidentContact, String cybersecuritySummary, String computeMethod, @Nullable LocalDate thresholdMetDate,
		@Nullable LocalDate notificationDate, String riskMitigationSummary) {

	/** Art 52(1): the provider notifies the Commission within two weeks. */
	public static final int NOTIFICATION_WEEKS = 2;

	public GpaiModelData {
		// content stored before these fields existed reads them as empty
		computeMethod = computeMethod == null ? "" : computeMethod;
		riskMitigationSummary = riskMitigationSummary == null ? "" : riskMitigationSummary;
		inputModalities = new TreeSet<>(inputModalities);
		outputModalities = new TreeSet<>(outputModalities);
		markingTechniques = new TreeSet<>(markingTechniques);
	}

	/** A new, empty model page with this name. */
	public static GpaiModelData named(String name) {
		return new GpaiModelData(name, "", null, "", null, "", "", false, "", "", "", "", "", "", null, Set.of(),
				Set.of(), "", null, "", "", TrainingContentSummary.empty(), "", false, Set.of(), "", null, null,
				SystemicRiskStatus.NONE, null, "", "", "", "", "", null, null, "");
	}

	/**
	 * Art 52(1): the last day to notify the Commission, two weeks after the threshold was
	 * met or it became known that it would be met; empty without that date. The period
	 * ends on the same weekday two weeks later (Reg. 1182/71 Art 3(2)(c)) and moves from
	 * a Saturday or Sunday to the Monday (Art 3(4), DD061).
	 */
	public Optional<LocalDate> notificationDue() {
		if (thresholdMetDate == null) {
			return Optional.empty();
		}
		LocalDate due = thresholdMetDate.plusWeeks(NOTIFICATION_WEEKS);
		while (due.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || due.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
			due = due.plusDays(1);
		}
		return Optional.of(due);
	}

	/**
	 * Art 52(1): whether the notification is late on this day: not given by the due date,
	 * or given after it.
	 */
	public boolean notificationLate(LocalDate today) {
		return notificationDue()
			.map(due -> notificationDate == null ? today.isAfter(due) : notificationDate.isAfter(due))
			.orElse(false);
	}

	/**
	 * The training compute: as reported, or else estimated as 6 × parameters × tokens.
	 */
	public Optional<BigDecimal> effectiveCompute() {
		if (trainingComputeFlop != null) {
			return Optional.of(trainingComputeFlop);
		}
		if (parameterCount != null && trainingTokens != null && parameterCount > 0 && trainingTokens > 0) {
			return Optional.of(TrainingCompute.estimate(parameterCount, trainingTokens));
		}
		return Optional.empty();
	}

	/** Whether the compute is reported as an estimate (no reported figure). */
	public boolean computeEstimated() {
		return trainingComputeFlop == null && effectiveCompute().isPresent();
	}

	/** Art 51(2): more than 10^25 FLOP. */
	public boolean presumedSystemicRisk() {
		return effectiveCompute().map(TrainingCompute::presumesSystemicRisk).orElse(false);
	}

	/**
	 * Whether the model is treated as having systemic risk: by its status, or by the
	 * presumption unless the Commission accepted the provider's arguments.
	 */
	public boolean systemicRisk() {
		return systemicRiskStatus.systemic()
				|| (presumedSystemicRisk() && systemicRiskStatus != SystemicRiskStatus.REBUTTAL_ACCEPTED);
	}

	/**
	 * Art 53(2): open-source models without systemic risk skip Art 53(1)(a), (b) and Art
	 * 54.
	 */
	public boolean openSourceExempt() {
		return openSource && !systemicRisk();
	}

	public GpaiModelData withSystemicRiskStatus(SystemicRiskStatus status, @Nullable LocalDate decisionDate) {
		return new GpaiModelData(name, modelVersion, modelType, authorisedRepresentative, releaseDate,
				distributionChannels, licence, openSource, acceptableUsePolicy, basedOnModel, intendedTasks,
				integrableSystems, interaction, architecture, parameterCount, inputModalities, outputModalities,
				formatsAndMaxSizes, contextWindowTokens, trainingDataDescription, integrationMeans, trainingSummary,
				copyrightPolicy, codeOfPracticeSignatory, markingTechniques, detectionTools, trainingTokens,
				trainingComputeFlop, status, decisionDate, evaluationSummary, adversarialTestingSummary,
				incidentContact, cybersecuritySummary, computeMethod, thresholdMetDate, notificationDate,
				riskMitigationSummary);
	}

	/** A builder starting from this data, for forms and tests. */
	public Builder toBuilder() {
		return new Builder(this);
	}
	/** Changes one field at a time; {@link #build()} makes the record. */
	public static final class Builder {

		private String name;

		private String modelVersion;

		private @Nullable ModelType modelType;

		private String authorisedRepresentative;

		private @Nullable LocalDate releaseDate;

		private String distributionChannels;

		private String licence;

		private boolean openSource;

		private String acceptableUsePolicy;

		private String basedOnModel;

		private String intendedTasks;

		private String integrableSystems;

		private String interaction;

		private String architecture;

		private @Nullable Long parameterCount;

		private Set<Modality> inputModalities;

		private Set<Modality> outputModalities;

		private String formatsAndMaxSizes;

		private @Nullable Long contextWindowTokens;

		private String trainingDataDescription;

		private String integrationMeans;

		private TrainingContentSummary trainingSummary;

		private String copyrightPolicy;

		private boolean codeOfPracticeSignatory;

		private Set<MarkingTechnique> markingTechniques;

		private String detectionTools;

		private @Nullable Long trainingTokens;

		private @Nullable BigDecimal trainingComputeFlop;

		private SystemicRiskStatus systemicRiskStatus;

		private @Nullable LocalDate statusDecisionDate;

		private String evaluationSummary;

		private String adversarialTestingSummary;

		private String incidentContact;

		private String cybersecuritySummary;

		private String computeMethod;

		private @Nullable LocalDate thresholdMetDate;

		private @Nullable LocalDate notificationDate;

		private String riskMitigationSummary;

		private Builder(GpaiModelData data) {
			this.name = data.name();
			this.modelVersion = data.modelVersion();
			this.modelType = data.modelType();
			this.authorisedRepresentative = data.authorisedRepresentative();
			this.releaseDate = data.releaseDate();
			this.distributionChannels = data.distributionChannels();
			this.licence = data.licence();
			this.openSource = data.openSource();
			this.acceptableUsePolicy = data.acceptableUsePolicy();
			this.basedOnModel = data.basedOnModel();
			this.intendedTasks = data.intendedTasks();
			this.integrableSystems = data.integrableSystems();
			this.interaction = data.interaction();
			this.architecture = data.architecture();
			this.parameterCount = data.parameterCount();
			this.inputModalities = data.inputModalities();
			this.outputModalities = data.outputModalities();
			this.formatsAndMaxSizes = data.formatsAndMaxSizes();
			this.contextWindowTokens = data.contextWindowTokens();
			this.trainingDataDescription = data.trainingDataDescription();
			this.integrationMeans = data.integrationMeans();
			this.trainingSummary = data.trainingSummary();
			this.copyrightPolicy = data.copyrightPolicy();
			this.codeOfPracticeSignatory = data.codeOfPracticeSignatory();
			this.markingTechniques = data.markingTechniques();
			this.detectionTools = data.detectionTools();
			this.trainingTokens = data.trainingTokens();
			this.trainingComputeFlop = data.trainingComputeFlop();
			this.systemicRiskStatus = data.systemicRiskStatus();
			this.statusDecisionDate = data.statusDecisionDate();
			this.evaluationSummary = data.evaluationSummary();
			this.adversarialTestingSummary = data.adversarialTestingSummary();
			this.incidentContact = data.incidentContact();
			this.cybersecuritySummary = data.cybersecuritySummary();
			this.computeMethod = data.computeMethod();
			this.thresholdMetDate = data.thresholdMetDate();
			this.notificationDate = data.notificationDate();
			this.riskMitigationSummary = data.riskMitigationSummary();
		}

		public Builder computeMethod(String computeMethod) {
			this.computeMethod = computeMethod;
			return this;
		}

		public Builder thresholdMetDate(@Nullable LocalDate thresholdMetDate) {
			this.thresholdMetDate = thresholdMetDate;
			return this;
		}

		public Builder notificationDate(@Nullable LocalDate notificationDate) {
			this.notificationDate = notificationDate;
			return this;
		}

		public Builder riskMitigationSummary(String riskMitigationSummary) {
			this.riskMitigationSummary = riskMitigationSummary;
			return this;
		}

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder modelVersion(String modelVersion) {
			this.modelVersion = modelVersion;
			return this;
		}

		public Builder modelType(@Nullable ModelType modelType) {
			this.modelType = modelType;
			return this;
		}

		public Builder authorisedRepresentative(String authorisedRepresentative) {
			this.authorisedRepresentative = authorisedRepresentative;
			return this;
		}

		public Builder releaseDate(@Nullable LocalDate releaseDate) {
			this.releaseDate = releaseDate;
			return this;
		}

		public Builder distributionChannels(String distributionChannels) {
			this.distributionChannels = distributionChannels;
			return this;
		}

		public Builder licence(String licence) {
			this.licence = licence;
			return this;
		}

		public Builder openSource(boolean openSource) {
			this.openSource = openSource;
			return this;
		}

		public Builder acceptableUsePolicy(String acceptableUsePolicy) {
			this.acceptableUsePolicy = acceptableUsePolicy;
			return this;
		}

		public Builder basedOnModel(String basedOnModel) {
			this.basedOnModel = basedOnModel;
			return this;
		}

		public Builder intendedTasks(String intendedTasks) {
			this.intendedTasks = intendedTasks;
			return this;
		}

		public Builder integrableSystems(String integrableSystems) {
			this.integrableSystems = integrableSystems;
			return this;
		}

		public Builder interaction(String interaction) {
			this.interaction = interaction;
			return this;
		}

		public Builder architecture(String architecture) {
			this.architecture = architecture;
			return this;
		}

		public Builder parameterCount(@Nullable Long parameterCount) {
			this.parameterCount = parameterCount;
			return this;
		}

		public Builder inputModalities(Set<Modality> inputModalities) {
			this.inputModalities = inputModalities;
			return this;
		}

		public Builder outputModalities(Set<Modality> outputModalities) {
			this.outputModalities = outputModalities;
			return this;
		}

		public Builder formatsAndMaxSizes(String formatsAndMaxSizes) {
			this.formatsAndMaxSizes = formatsAndMaxSizes;
			return this;
		}

		public Builder contextWindowTokens(@Nullable Long contextWindowTokens) {
			this.contextWindowTokens = contextWindowTokens;
			return this;
		}

		public Builder trainingDataDescription(String trainingDataDescription) {
			this.trainingDataDescription = trainingDataDescription;
			return this;
		}

		public Builder integrationMeans(String integrationMeans) {
			this.integrationMeans = integrationMeans;
			return this;
		}

		public Builder trainingSummary(TrainingContentSummary trainingSummary) {
			this.trainingSummary = trainingSummary;
			return this;
		}

		public Builder copyrightPolicy(String copyrightPolicy) {
			this.copyrightPolicy = copyrightPolicy;
			return this;
		}

		public Builder codeOfPracticeSignatory(boolean codeOfPracticeSignatory) {
			this.codeOfPracticeSignatory = codeOfPracticeSignatory;
			return this;
		}

		public Builder markingTechniques(Set<MarkingTechnique> markingTechniques) {
			this.markingTechniques = markingTechniques;
			return this;
		}

		public Builder detectionTools(String detectionTools) {
			this.detectionTools = detectionTools;
			return this;
		}

		public Builder trainingTokens(@Nullable Long trainingTokens) {
			this.trainingTokens = trainingTokens;
			return this;
		}

		public Builder trainingComputeFlop(@Nullable BigDecimal trainingComputeFlop) {
			this.trainingComputeFlop = trainingComputeFlop;
			return this;
		}

		public Builder systemicRiskStatus(SystemicRiskStatus systemicRiskStatus) {
			this.systemicRiskStatus = systemicRiskStatus;
			return this;
		}

		public Builder statusDecisionDate(@Nullable LocalDate statusDecisionDate) {
			this.statusDecisionDate = statusDecisionDate;
			return this;
		}

		public Builder evaluationSummary(String evaluationSummary) {
			this.evaluationSummary = evaluationSummary;
			return this;
		}

		public Builder adversarialTestingSummary(String adversarialTestingSummary) {
			this.adversarialTestingSummary = adversarialTestingSummary;
			return this;
		}

		public Builder incidentContact(String incidentContact) {
			this.incidentContact = incidentContact;
			return this;
		}

		public Builder cybersecuritySummary(String cybersecuritySummary) {
			this.cybersecuritySummary = cybersecuritySummary;
			return this;
		}

		public GpaiModelData build() {
			return new GpaiModelData(name, modelVersion, modelType, authorisedRepresentative, releaseDate,
					distributionChannels, licence, openSource, acceptableUsePolicy, basedOnModel, intendedTasks,
					integrableSystems, interaction, architecture, parameterCount, inputModalities, outputModalities,
					formatsAndMaxSizes, contextWindowTokens, trainingDataDescription, integrationMeans, trainingSummary,
					copyrightPolicy, codeOfPracticeSignatory, markingTechniques, detectionTools, trainingTokens,
					trainingComputeFlop, systemicRiskStatus, statusDecisionDate, evaluationSummary,
					adversarialTestingSummary, incidentContact, cybersecuritySummary, computeMethod, thresholdMetDate,
					notificationDate, riskMitigationSummary);
		}

	}

}
