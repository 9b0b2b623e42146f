package org.airegistry.opendata;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.airegistry.gpai.CommissionDecision;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.PublicModel;
import org.airegistry.gpai.TrainingContentSummary;

import org.jspecify.annotations.Nullable;

/**
 * The columns of the GPAI models' CSV download ({@code /api/v1/models.csv}), in order,
 * and where the same value is in the API's Model document and the JSON download
 * ({@link #jsonName()}: a path such as {@code data.trainingSummary.crawled}, because the
 * Model document keeps the page's data as one object): every public field of a GPAI model
 * page (Art 53(1)(b) with Annex XII, the training-content summary of Art 53(1)(d), Art
 * 50(2), Art 51, 52 and 55), each with its provision (Art 71(4) read with Art 53: what
 * the registry publishes about models is as open as its entries). The Annex XI
 * documentation is never public and is not a column.
 */
public enum ModelColumn implements DictionaryColumn {

	ID("id", "id", "", null, (m, base) -> m.id().toString()),

	NAME("name", data("name"), "Art 53(1)(d)", null, (m, base) -> m.data().name()),

	PROVIDER("provider", "provider", "Art 53(1)(d)", null, (m, base) -> m.providerName()),

	VERSION("version", "version", "", null, (m, base) -> Integer.toString(m.version())),

	LATEST_VERSION("latest_version", "latestVersion", "", null, (m, base) -> Integer.toString(m.latestVersion())),

	MODEL_VERSION("model_version", data("modelVersion"), "Art 53(1)(d)", "modelVersion",
			d(GpaiModelData::modelVersion)),

	MODEL_TYPE("model_type", data("modelType"), "", "modelType", d(GpaiModelData::modelType)),

	AUTHORISED_REPRESENTATIVE("authorised_representative", data("authorisedRepresentative"), "Art 54(1)",
			"authorisedRepresentative", d(GpaiModelData::authorisedRepresentative)),

	RELEASE_DATE("release_date", data("releaseDate"), "Annex XII point 1(c)", "releaseDate",
			d(GpaiModelData::releaseDate)),

	DISTRIBUTION_CHANNELS("distribution_channels", data("distributionChannels"), "Annex XII point 1(c)",
			"distributionChannels", d(GpaiModelData::distributionChannels)),

	LICENCE("licence", data("licence"), "Annex XII point 1(h)", "licence", d(GpaiModelData::licence)),

	OPEN_SOURCE("open_source", data("openSource"), "Art 53(2)", "openSource", d(GpaiModelData::openSource)),

	ACCEPTABLE_USE_POLICY("acceptable_use_policy", data("acceptableUsePolicy"), "Annex XII point 1(b)",
			"acceptableUsePolicy", d(GpaiModelData::acceptableUsePolicy)),

	BASED_ON_MODEL("based_on_model", data("basedOnModel"), "Art 53(1)(d)", "basedOnModel",
			d(GpaiModelData::basedOnModel)),

	INTENDED_TASKS("intended_tasks", data("intendedTasks"), "Annex XII point 1(a)", "intendedTasks",
			d(GpaiModelData::intendedTasks)),

	INTEGRABLE_SYSTEMS("integrable_systems", data("integrableSystems"), "Annex XII point 1(a)", "integrableSystems",
			d(GpaiModelData::integrableSystems)),

	INTERACTION("interaction", data("interaction"), "Annex XII point 1(d), 1(e)", "interaction",
			d(GpaiModelData::interaction)),

	ARCHITECTURE("architecture", data("architecture"), "Annex XII point 1(f)", "architecture",
			d(GpaiModelData::architecture)),

	PARAMETER_COUNT("parameter_count", data("parameterCount"), "Annex XII point 1(f)", "parameterCount",
			d(GpaiModelData::parameterCount)),

	INPUT_MODALITIES("input_modalities", data("inputModalities"), "Annex XII point 1(g)", "inputModalities",
			d(GpaiModelData::inputModalities)),

	OUTPUT_MODALITIES("output_modalities", data("outputModalities"), "Annex XII point 1(g)", "outputModalities",
			d(GpaiModelData::outputModalities)),

	FORMATS_AND_MAX_SIZES("formats_and_max_sizes", data("formatsAndMaxSizes"), "Annex XII point 1(g), 2(b)",
			"formatsAndMaxSizes", d(GpaiModelData::formatsAndMaxSizes)),

	CONTEXT_WINDOW_TOKENS("context_window_tokens", data("contextWindowTokens"), "Annex XII point 2(b)",
			"contextWindowTokens", d(GpaiModelData::contextWindowTokens)),

	TRAINING_DATA_DESCRIPTION("training_data_description", data("trainingDataDescription"), "Annex XII point 2(c)",
			"trainingDataDescription", d(GpaiModelData::trainingDataDescription)),

	INTEGRATION_MEANS("integration_means", data("integrationMeans"), "Annex XII point 2(a)", "integrationMeans",
			d(GpaiModelData::integrationMeans)),

	OPEN_SOURCE_EXEMPT("open_source_exempt", "openSourceExempt", "Art 53(2)", "openSourceExempt",
			d(GpaiModelData::openSourceExempt)),

	SUMMARY_MODALITIES("summary_modalities", summary("modalities"), "Art 53(1)(d)", "modalities",
			s(TrainingContentSummary::modalities)),

	SUMMARY_CONTENT_TYPES("summary_content_types", summary("contentTypes"), "Art 53(1)(d)", "contentTypes",
			s(TrainingContentSummary::contentTypes)),

	SUMMARY_LATEST_ACQUISITION("summary_latest_acquisition", summary("latestAcquisition"), "Art 53(1)(d)",
			"latestAcquisition", s(TrainingContentSummary::latestAcquisition)),

	SUMMARY_LANGUAGES("summary_languages", summary("languages"), "Art 53(1)(d)", "languages",
			s(TrainingContentSummary::languages)),

	SUMMARY_OTHER_CHARACTERISTICS("summary_other_characteristics", summary("otherCharacteristics"), "Art 53(1)(d)",
			"otherCharacteristics", s(TrainingContentSummary::otherCharacteristics)),

	SUMMARY_PUBLIC_DATASETS("summary_public_datasets", summary("publicDatasets"), "Art 53(1)(d)", "publicDatasets",
			s(TrainingContentSummary::publicDatasets)),

	SUMMARY_PUBLIC_DATASET_LIST("summary_public_dataset_list", summary("publicDatasetList"), "Art 53(1)(d)",
			"publicDatasetList", s(TrainingContentSummary::publicDatasetList)),

	SUMMARY_LICENSED_DATA("summary_licensed_data", summary("licensedData"), "Art 53(1)(d)", "licensedData",
			s(TrainingContentSummary::licensedData)),

	SUMMARY_LICENSED_DATA_DESCRIPTION("summary_licensed_data_description", summary("licensedDataDescription"),
			"Art 53(1)(d)", "licensedDataDescription", s(TrainingContentSummary::licensedDataDescription)),

	SUMMARY_OTHER_PRIVATE_DATA("summary_other_private_data", summary("otherPrivateData"), "Art 53(1)(d)",
			"otherPrivateData", s(TrainingContentSummary::otherPrivateData)),

	SUMMARY_CRAWLED("summary_crawled", summary("crawled"), "Art 53(1)(d)", "crawled",
			s(TrainingContentSummary::crawled)),

	SUMMARY_CRAWLER_NAMES("summary_crawler_names", summary("crawlerNames"), "Art 53(1)(d)", "crawlerNames",
			s(TrainingContentSummary::crawlerNames)),

	SUMMARY_CRAWLER_BEHAVIOUR("summary_crawler_behaviour", summary("crawlerBehaviour"), "Art 53(1)(d)",
			"crawlerBehaviour", s(TrainingContentSummary::crawlerBehaviour)),

	SUMMARY_CRAWL_PERIOD("summary_crawl_period", summary("crawlPeriod"), "Art 53(1)(d)", "crawlPeriod",
			s(TrainingContentSummary::crawlPeriod)),

	SUMMARY_TOP_DOMAINS("summary_top_domains", summary("topDomains"), "Art 53(1)(d)", "topDomains",
			s(TrainingContentSummary::topDomains)),

	SUMMARY_USER_DATA("summary_user_data", summary("userData"), "Art 53(1)(d)", "userData",
			s(TrainingContentSummary::userData)),

	SUMMARY_USER_DATA_DESCRIPTION("summary_user_data_description", summary("userDataDescription"), "Art 53(1)(d)",
			"userDataDescription", s(TrainingContentSummary::userDataDescription)),

	SUMMARY_SYNTHETIC_DATA("summary_synthetic_data", summary("syntheticData"), "Art 53(1)(d)", "syntheticData",
			s(TrainingContentSummary::syntheticData)),

	SUMMARY_SYNTHETIC_DATA_DESCRIPTION("summary_synthetic_data_description", summary("syntheticDataDescription"),
			"Art 53(1)(d)", "syntheticDataDescription", s(TrainingContentSummary::syntheticDataDescription)),

	SUMMARY_OTHER_SOURCES("summary_other_sources", summary("otherSources"), "Art 53(1)(d)", "otherSources",
			s(TrainingContentSummary::otherSources)),

	SUMMARY_OPT_OUT_MEASURES("summary_opt_out_measures", summary("optOutMeasures"), "Art 53(1)(c), 53(1)(d)",
			"optOutMeasures", s(TrainingContentSummary::optOutMeasures)),

	SUMMARY_ILLEGAL_CONTENT_MEASURES("summary_illegal_content_measures", summary("illegalContentMeasures"),
			"Art 53(1)(d)", "illegalContentMeasures", s(TrainingContentSummary::illegalContentMeasures)),

	SUMMARY_OTHER_PROCESSING("summary_other_processing", summary("otherProcessing"), "Art 53(1)(d)", "otherProcessing",
			s(TrainingContentSummary::otherProcessing)),

	TRAINING_SUMMARY_URL("training_summary_url", "trainingSummary", "Art 53(1)(d)", null,
			(m, base) -> base + GpaiRoutes.summaryJson(m.id(), m.version())),

	COPYRIGHT_POLICY("copyright_policy", data("copyrightPolicy"), "Art 53(1)(c)", "copyrightPolicy",
			d(GpaiModelData::copyrightPolicy)),

	CODE_OF_PRACTICE_SIGNATORY("code_of_practice_signatory", data("codeOfPracticeSignatory"), "Art 53(4)",
			"codeOfPracticeSignatory", d(GpaiModelData::codeOfPracticeSignatory)),

	MARKING_TECHNIQUES("marking_techniques", data("markingTechniques"), "Art 50(2)", "markingTechniques",
			d(GpaiModelData::markingTechniques)),

	DETECTION_TOOLS("detection_tools", data("detectionTools"), "Art 50(2)", "detectionTools",
			d(GpaiModelData::detectionTools)),

	TRAINING_TOKENS("training_tokens", data("trainingTokens"), "Art 51(2)", "trainingComputeFlop",
			d(GpaiModelData::trainingTokens)),

	TRAINING_COMPUTE_FLOP("training_compute_flop", data("trainingComputeFlop"), "Art 51(2)", "trainingComputeFlop",
			d(GpaiModelData::trainingComputeFlop)),

	EFFECTIVE_COMPUTE_FLOP("effective_compute_flop", "effectiveComputeFlop", "Art 51(2)", "trainingComputeFlop",
			d(data -> data.effectiveCompute().orElse(null))),

	COMPUTE_ESTIMATED("compute_estimated", "computeEstimated", "Art 51(2)", "trainingComputeFlop",
			d(GpaiModelData::computeEstimated)),

	PRESUMED_SYSTEMIC_RISK("presumed_systemic_risk", "presumedSystemicRisk", "Art 51(2)", "trainingComputeFlop",
			d(GpaiModelData::presumedSystemicRisk)),

	COMPUTE_METHOD("compute_method", data("computeMethod"), "Art 51(2)", "computeMethod",
			d(GpaiModelData::computeMethod)),

	THRESHOLD_MET_DATE("threshold_met_date", data("thresholdMetDate"), "Art 52(1)", "thresholdMetDate",
			d(GpaiModelData::thresholdMetDate)),

	NOTIFICATION_DUE("notification_due", "notificationDue", "Art 52(1)", "thresholdMetDate",
			d(data -> data.notificationDue().orElse(null))),

	NOTIFICATION_DATE("notification_date", data("notificationDate"), "Art 52(1)", "notificationDate",
			d(GpaiModelData::notificationDate)),

	SYSTEMIC_RISK_STATUS("systemic_risk_status", data("systemicRiskStatus"), "Art 51(1), 52(3), 52(4)",
			"systemicRiskStatus", d(GpaiModelData::systemicRiskStatus)),

	STATUS_DECISION_DATE("status_decision_date", data("statusDecisionDate"), "Art 52(3), 52(4)", "statusDecisionDate",
			d(GpaiModelData::statusDecisionDate)),

	SYSTEMIC_RISK("systemic_risk", "systemicRisk", "Art 51(1)", "systemicRiskStatus", d(GpaiModelData::systemicRisk)),

	EVALUATION_SUMMARY("evaluation_summary", data("evaluationSummary"), "Art 55(1)(a)", "evaluationSummary",
			d(GpaiModelData::evaluationSummary)),

	ADVERSARIAL_TESTING_SUMMARY("adversarial_testing_summary", data("adversarialTestingSummary"), "Art 55(1)(a)",
			"adversarialTestingSummary", d(GpaiModelData::adversarialTestingSummary)),

	RISK_MITIGATION_SUMMARY("risk_mitigation_summary", data("riskMitigationSummary"), "Art 55(1)(b)",
			"riskMitigationSummary", d(GpaiModelData::riskMitigationSummary)),

	INCIDENT_CONTACT("incident_contact", data("incidentContact"), "Art 55(1)(c)", "incidentContact",
			d(GpaiModelData::incidentContact)),

	CYBERSECURITY_SUMMARY("cybersecurity_summary", data("cybersecuritySummary"), "Art 55(1)(d)", "cybersecuritySummary",
			d(GpaiModelData::cybersecuritySummary)),

	PUBLISHED_AT("published_at", "publishedAt", "", null, (m, base) -> m.publishedAt().toString()),

	CHANGE_SUMMARY("change_summary", "changeSummary", "", null,
			(m, base) -> CommissionDecision.render(m.changeSummary(), Locale.ENGLISH)),

	CONTENT_SHA256("content_sha256", "contentSha256", "", null, (m, base) -> m.contentSha256()),

	PERMALINK("permalink", "permalink", "", null, (m, base) -> base + "/" + GpaiRoutes.permalink(m.id())),

	VERSION_PERMALINK("version_permalink", "url", "", null,
			(m, base) -> base + "/" + GpaiRoutes.versionPermalink(m.id(), m.version()));

	/** Separates several values (modalities, techniques, domains) in one CSV cell. */
	public static final String SEPARATOR = ";";

	private final Spec spec;

	private final String jsonName;

	private final BiFunction<PublicModel, String, String> value;

	ModelColumn(String columnName, String jsonName, String legalReference, @Nullable String fieldKey,
			BiFunction<PublicModel, String, String> value) {
		this.spec = new Spec(columnName, legalReference, "opendata.modelColumn." + columnName, fieldKey);
		this.jsonName = jsonName;
		this.value = value;
	}

	/**
	 * Where the value is in the API's Model document: a top-level name, or a path into
	 * its {@code data} ({@code data.licence}, {@code data.trainingSummary.crawled}).
	 */
	@Override
	public String jsonName() {
		return jsonName;
	}

	@Override
	public Spec spec() {
		return spec;
	}

	/**
	 * The column's value for one public version.
	 * @param baseUrl absolute URL of the registry without a trailing slash, for links
	 */
	public String valueOf(PublicModel model, String baseUrl) {
		return value.apply(model, baseUrl);
	}

	private static String data(String field) {
		return "data." + field;
	}

	private static String summary(String field) {
		return "data.trainingSummary." + field;
	}

	private static BiFunction<PublicModel, String, String> d(Function<GpaiModelData, @Nullable Object> field) {
		return (model, base) -> text(field.apply(model.data()));
	}

	private static BiFunction<PublicModel, String, String> s(Function<TrainingContentSummary, @Nullable Object> field) {
		return (model, base) -> text(field.apply(model.data().trainingSummary()));
	}

	/**
	 * One cell: constants by name, dates in ISO 8601, several values separated by
	 * {@value #SEPARATOR}, size bands per modality as {@code TEXT:BAND}, empty for none.
	 */
	static String text(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case Enum<?> constant -> constant.name();
			case LocalDate date -> date.toString();
			case Map<?, ?> map -> map.entrySet()
				.stream()
				.map(entry -> text(entry.getKey()) + ":" + text(entry.getValue()))
				.collect(Collectors.joining(SEPARATOR));
			case Collection<?> values -> values.stream().map(ModelColumn::text).collect(Collectors.joining(SEPARATOR));
			default -> value.toString();
		};
	}

}
