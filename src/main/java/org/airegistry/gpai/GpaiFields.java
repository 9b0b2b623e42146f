package org.airegistry.gpai;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.airegistry.publication.FieldSpec;
import org.airegistry.publication.ShownField;
import org.airegistry.publication.Translator;
import org.jspecify.annotations.Nullable;

/**
 * A GPAI model page's public fields (Art 53(1)(b) and (d), Annex XII, the
 * training-content summary template, Art 55), in the sections the page shows them in: the
 * page and the version comparison read the same specification.
 */
public final class GpaiFields implements FieldSpec<GpaiModelData> {

	/**
	 * The bundle keys' prefix of the fields: {@code gpai.field.<field>} labels a field on
	 * the page, in the comparison and in the editor, {@code gpai.field.<field>.help}
	 * helps the editor's input of the fields in {@link #HELPED}.
	 */
	public static final String PREFIX = "gpai.field.";

	/** The fields whose editor input has a help text. */
	private static final Set<String> HELPED = Set.of("topDomains", "trainingComputeFlop", "thresholdMetDate",
			"systemicRiskStatus", "technicalDocumentation");

	/** A section of the page and its fields. */
	public record Group(String titleKey, List<ShownField> fields) {
	}

	@Override
	public List<ShownField> describe(GpaiModelData data, Translator translate, Locale locale) {
		return groups(data, translate, locale).stream().flatMap(group -> group.fields().stream()).toList();
	}

	/** The page's sections with their fields, empty fields included. */
	public List<Group> groups(GpaiModelData data, Translator t, Locale locale) {
		List<Group> groups = new ArrayList<>();
		groups.add(new Group("gpai.section.identity", List.of(field("modelVersion", data.modelVersion()),
				field("modelType", data.modelType() == null ? "" : t.translate(data.modelType().translationKey())),
				field("authorisedRepresentative", data.authorisedRepresentative()),
				field("releaseDate", date(data.releaseDate(), locale)),
				field("distributionChannels", data.distributionChannels()), field("licence", data.licence()),
				field("openSource", yesNo(t, data.openSource())),
				field("acceptableUsePolicy", data.acceptableUsePolicy()), field("basedOnModel", data.basedOnModel()))));
		List<ShownField> downstream = new ArrayList<>(List.of(field("intendedTasks", data.intendedTasks()),
				field("integrableSystems", data.integrableSystems()), field("interaction", data.interaction()),
				field("architecture", data.architecture()),
				field("parameterCount", number(data.parameterCount(), locale)),
				field("inputModalities", modalities(t, data.inputModalities())),
				field("outputModalities", modalities(t, data.outputModalities())),
				field("formatsAndMaxSizes", data.formatsAndMaxSizes()),
				field("contextWindowTokens", number(data.contextWindowTokens(), locale)),
				field("trainingDataDescription", data.trainingDataDescription()),
				field("integrationMeans", data.integrationMeans())));
		downstream.add(new ShownField("openSourceExempt", "gpai.page.exemption", null,
				data.openSourceExempt() ? t.translate("gpai.page.exemption.text") : "", ShownField.Kind.TEXT));
		groups.add(new Group("gpai.section.downstream", downstream));
		TrainingContentSummary summary = data.trainingSummary();
		groups.add(new Group("gpai.section.summary", List.of(
				field("modalities",
						summary.modalities()
							.entrySet()
							.stream()
							.map(entry -> t.translate(entry.getKey().translationKey()) + ": "
									+ t.translate(entry.getValue().translationKey(entry.getKey())))
							.collect(Collectors.joining("; "))),
				field("contentTypes", summary.contentTypes()),
				field("latestAcquisition", date(summary.latestAcquisition(), locale)),
				field("languages", summary.languages()), field("otherCharacteristics", summary.otherCharacteristics()),
				field("publicDatasets", yesNo(t, summary.publicDatasets())),
				field("publicDatasetList", summary.publicDatasetList()),
				field("licensedData", yesNo(t, summary.licensedData())),
				field("licensedDataDescription", summary.licensedDataDescription()),
				field("otherPrivateData", summary.otherPrivateData()), field("crawled", yesNo(t, summary.crawled())),
				field("crawlerNames", summary.crawlerNames()), field("crawlerBehaviour", summary.crawlerBehaviour()),
				field("crawlPeriod", summary.crawlPeriod()),
				field("topDomains", String.join(", ", summary.topDomains())),
				field("userData", yesNo(t, summary.userData())),
				field("userDataDescription", summary.userDataDescription()),
				field("syntheticData", yesNo(t, summary.syntheticData())),
				field("syntheticDataDescription", summary.syntheticDataDescription()),
				field("otherSources", summary.otherSources()), field("optOutMeasures", summary.optOutMeasures()),
				field("illegalContentMeasures", summary.illegalContentMeasures()),
				field("otherProcessing", summary.otherProcessing()))));
		groups.add(new Group("gpai.section.copyright", List.of(field("copyrightPolicy", data.copyrightPolicy()),
				field("codeOfPracticeSignatory", yesNo(t, data.codeOfPracticeSignatory())),
				field("markingTechniques",
						data.markingTechniques()
							.stream()
							.map(technique -> t.translate(technique.translationKey()))
							.collect(Collectors.joining(", "))),
				field("detectionTools", data.detectionTools()))));
		String compute = data.effectiveCompute()
			.map(flop -> t.translate(data.computeEstimated() ? "gpai.compute.estimated" : "gpai.compute.reported",
					TrainingCompute.format(flop, locale))
					+ (data.presumedSystemicRisk() ? " " + t.translate("gpai.compute.presumption") : ""))
			.orElse("");
		String due = data.notificationDue()
			.map(day -> t.translate("gpai.notification.dueOn", date(day, locale)))
			.orElse("");
		groups.add(new Group("gpai.section.systemicRisk",
				List.of(field("trainingComputeFlop", compute), field("computeMethod", data.computeMethod()),
						field("thresholdMetDate",
								date(data.thresholdMetDate(), locale) + (due.isEmpty() ? "" : " (" + due + ")")),
						field("notificationDate", date(data.notificationDate(), locale)),
						field("systemicRiskStatus", t.translate(data.systemicRiskStatus().translationKey())),
						field("statusDecisionDate", date(data.statusDecisionDate(), locale)),
						field("evaluationSummary", data.evaluationSummary()),
						field("adversarialTestingSummary", data.adversarialTestingSummary()),
						field("riskMitigationSummary", data.riskMitigationSummary()),
						field("incidentContact", data.incidentContact()),
						field("cybersecuritySummary", data.cybersecuritySummary()))));
		return groups;
	}

	/** Whether the editor's input of the field has a help text. */
	public static boolean helped(String field) {
		return HELPED.contains(field);
	}

	private static ShownField field(String key, String value) {
		return new ShownField(key, PREFIX + key, null, value, ShownField.Kind.MULTILINE);
	}

	private static String yesNo(Translator t, boolean value) {
		return t.translate(value ? "gpai.yes" : "gpai.no");
	}

	private static String date(@Nullable LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	private static String number(@Nullable Long value, Locale locale) {
		return value == null ? "" : NumberFormat.getIntegerInstance(locale).format(value);
	}

	private static String modalities(Translator t, Set<Modality> modalities) {
		return modalities.stream()
			.map(modality -> t.translate(modality.translationKey()))
			.collect(Collectors.joining(", "));
	}

}
