package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentFields;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.opendata.DeploymentColumn;
import org.airegistry.opendata.DictionaryColumn;
import org.airegistry.opendata.ExportColumn;
import org.airegistry.opendata.ModelColumn;
import org.airegistry.opendata.api.ModelsController.ModelDocument;
import org.airegistry.gpai.GpaiFields;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.PublicModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.airegistry.gpai.MarkingTechnique;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelType;
import org.airegistry.gpai.SizeBand;
import org.airegistry.gpai.SystemicRiskStatus;
import org.airegistry.gpai.TrainingContentSummary;
import org.airegistry.opendata.api.ApiModels.DeploymentDocument;
import org.airegistry.opendata.api.ApiModels.EntryDocument;
import org.airegistry.publication.ShownField;
import org.airegistry.registry.Art63Condition;
import org.airegistry.registry.Certificate;
import org.airegistry.registry.Classification;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryDocuments;
import org.airegistry.registry.EntryFields;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.SectionB;
import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Open data is the whole public record (Art 71(4)): for every public record kind, the
 * public page's fields (the kind's {@code FieldSpec}, which the page renders), the field
 * dictionary (the download columns) and the API's schema (the JSON document the OpenAPI
 * description is generated from) are compared field by field. A field added to one of
 * them only fails here. {@code OpenApiContractIT} checks the same against the served
 * OpenAPI description.
 */
class OpenDataCompletenessTest {

	/**
	 * The API says whether a certificate has expired by now (A.8); a download, written
	 * once per change, cannot. A model's version history is in the API's answer for its
	 * latest version only (each version is a row of its own elsewhere).
	 */
	static final Set<String> API_ONLY = Set.of("certificateExpired", "versions");

	static final String DOC = "a".repeat(64);

	static EntryData sectionA() {
		return new EntryData(ContentLanguage.DE, AnnexIIIPoint.P4A, false, "Submitter, functional contact",
				"Authorised Rep GmbH, Street 1, Berlin", "Trade", "v2", "Purpose", "Components", "Data and logic",
				EntryStatus.ON_MARKET,
				new Certificate("EU type-examination", "C-1", LocalDate.of(2030, 1, 1), "Body", "1234"),
				EnumSet.of(MemberState.DE), "https://example.org/doc", "https://example.org/ifu",
				"https://example.org/more", Classification.SECTION_A, SectionB.none(),
				new EntryDocuments(new StoredDocument(DOC, "cert.pdf", 1), new StoredDocument(DOC, "doc.pdf", 1),
						new StoredDocument(DOC, "ifu.pdf", 1)));
	}

	static EntryData sectionB() {
		return new EntryData(ContentLanguage.FR, AnnexIIIPoint.P5B, false, "Submitter", "Rep", "Trade", "v1", "Purpose",
				"", "", EntryStatus.IN_SERVICE, new Certificate("", "", null, "", ""), EnumSet.of(MemberState.FR), "",
				"", "", Classification.SECTION_B,
				new SectionB(EnumSet.of(Art63Condition.A_NARROW_PROCEDURAL_TASK), false, "Grounds"),
				EntryDocuments.none());
	}

	static DeploymentData sectionC() {
		return new DeploymentData("Address", "contact@city.example", "Submitter", "FRIA summary", true, "DPIA summary",
				EnumSet.of(MemberState.NL), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1),
				RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY, "City of Example");
	}

	static Stream<Arguments> kinds() {
		return Stream.of(
				Arguments.of("Annex VIII Section A (Art 49(1))",
						pageKeys(EntryFields.describe(sectionA(), (k, a) -> k, Locale.ENGLISH, false)),
						List.of(ExportColumn.values()), EntryDocument.class),
				Arguments.of("Annex VIII Section B (Art 49(2))",
						pageKeys(EntryFields.describe(sectionB(), (k, a) -> k, Locale.ENGLISH, false)),
						List.of(ExportColumn.values()), EntryDocument.class),
				Arguments.of("Annex VIII Section C with the FRIA summary (Art 49(3))",
						pageKeys(new DeploymentFields().describe(sectionC(), (k, a) -> k, Locale.ENGLISH)),
						List.of(DeploymentColumn.values()), DeploymentDocument.class),
				Arguments.of("GPAI model pages (Art 53(1)(b) with Annex XII, Art 53(1)(d), Art 50(2), Art 51, 52, 55)",
						pageKeys(new GpaiFields().describe(gpaiModel(), (k, a) -> k, Locale.ENGLISH)),
						List.of(ModelColumn.values()), ModelDocument.class));
	}

	/** A model page with every field filled. */
	static GpaiModelData gpaiModel() {
		TrainingContentSummary summary = TrainingContentSummary.empty()
			.toBuilder()
			.modalities(Map.of(Modality.TEXT, SizeBand.LARGE, Modality.IMAGE, SizeBand.SMALL))
			.contentTypes("Web pages")
			.latestAcquisition(LocalDate.of(2026, 3, 1))
			.languages("EN; DE")
			.otherCharacteristics("Deduplicated")
			.publicDatasets(true)
			.publicDatasetList("Common Crawl")
			.licensedData(true)
			.licensedDataDescription("News archive")
			.otherPrivateData("None listed")
			.crawled(true)
			.crawlerNames("ExampleBot")
			.crawlerBehaviour("Respects robots.txt")
			.crawlPeriod("2024-2026")
			.topDomains(List.of("example.org", "wikipedia.org"))
			.userData(true)
			.userDataDescription("Chat logs with consent")
			.syntheticData(true)
			.syntheticDataDescription("Generated by model X")
			.otherSources("Books")
			.optOutMeasures("TDM reservations honoured")
			.illegalContentMeasures("Filters")
			.otherProcessing("None")
			.build();
		return GpaiModelData.named("Example Model")
			.toBuilder()
			.modelVersion("2.1")
			.modelType(ModelType.LANGUAGE)
			.authorisedRepresentative("Rep GmbH, Street 1, Berlin")
			.releaseDate(LocalDate.of(2026, 5, 1))
			.distributionChannels("API")
			.licence("Apache-2.0")
			.openSource(true)
			.acceptableUsePolicy("https://example.org/aup")
			.basedOnModel("Base 1")
			.intendedTasks("Text generation")
			.integrableSystems("Chat assistants")
			.interaction("REST")
			.architecture("Transformer")
			.parameterCount(70_000_000_000L)
			.inputModalities(Set.of(Modality.TEXT, Modality.IMAGE))
			.outputModalities(Set.of(Modality.TEXT))
			.formatsAndMaxSizes("UTF-8 text")
			.contextWindowTokens(128_000L)
			.trainingDataDescription("Web and books")
			.integrationMeans("SDK")
			.trainingSummary(summary)
			.copyrightPolicy("https://example.org/copyright")
			.codeOfPracticeSignatory(true)
			.markingTechniques(Set.of(MarkingTechnique.WATERMARK, MarkingTechnique.METADATA))
			.detectionTools("Detector API")
			.trainingTokens(15_000_000_000_000L)
			.trainingComputeFlop(null)
			.computeMethod("6 × parameters × tokens")
			.thresholdMetDate(LocalDate.of(2026, 1, 9))
			.notificationDate(LocalDate.of(2026, 1, 20))
			.systemicRiskStatus(SystemicRiskStatus.NOTIFIED)
			.statusDecisionDate(LocalDate.of(2026, 2, 1))
			.evaluationSummary("Evaluated")
			.adversarialTestingSummary("Red-teamed")
			.riskMitigationSummary("Mitigated")
			.incidentContact("incidents@example.org")
			.cybersecuritySummary("Hardened")
			.build();
	}

	/**
	 * The names (for models: paths into {@code data}) of an API document's fields, in
	 * order, without the API-only ones.
	 */
	static List<String> schemaNames(Class<?> document) {
		List<String> names = new java.util.ArrayList<>();
		collect(document, "", names);
		return names.stream().filter(name -> !API_ONLY.contains(name)).toList();
	}

	private static void collect(Class<?> type, String prefix, List<String> names) {
		for (var component : type.getRecordComponents()) {
			Class<?> value = component.getType();
			if (value.isRecord() && value.getPackageName().startsWith("org.airegistry")) {
				collect(value, prefix + component.getName() + ".", names);
			}
			else {
				names.add(prefix + component.getName());
			}
		}
	}

	static Set<String> pageKeys(List<ShownField> fields) {
		Set<String> keys = new LinkedHashSet<>();
		fields.forEach(field -> keys.add(field.key()));
		return keys;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	@DisplayName("Art 71(4): every field of the public page is a column of the field dictionary")
	void everyPageFieldIsInTheDictionary(String kind, Set<String> pageKeys, List<? extends DictionaryColumn> columns,
			Class<?> document) {
		Set<String> dictionary = new LinkedHashSet<>();
		columns.forEach(column -> dictionary.addAll(column.fieldKeys()));
		assertThat(dictionary).as(kind + ": page fields missing from the dictionary").containsAll(pageKeys);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	@DisplayName("Art 71(4): every column of the field dictionary is a field of the API schema, and nothing else is")
	void dictionaryAndApiSchemaAreTheSame(String kind, Set<String> pageKeys, List<? extends DictionaryColumn> columns,
			Class<?> document) {
		List<String> schema = schemaNames(document);
		List<String> dictionary = columns.stream().map(DictionaryColumn::jsonName).toList();
		if (document == ModelDocument.class) {
			// the Model document nests the page's data: the same names, in the document's
			// order
			assertThat(schema).as(kind + ": API schema vs dictionary").containsExactlyInAnyOrderElementsOf(dictionary);
		}
		else {
			assertThat(schema).as(kind + ": API schema vs dictionary, in order").containsExactlyElementsOf(dictionary);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	@DisplayName("Art 71(4): every column that carries a page field names the Act's provision and is described in every language")
	void everyColumnDescribed(String kind, Set<String> pageKeys, List<? extends DictionaryColumn> columns,
			Class<?> document) throws IOException {
		for (String language : List.of("", "_de", "_fr", "_nl", "_pl", "_it", "_es")) {
			Properties bundle = bundle("i18n/opendata" + language + ".properties");
			for (DictionaryColumn column : columns) {
				assertThat(bundle.getProperty(column.descriptionKey()))
					.as(kind + " " + column.columnName() + " in opendata" + language)
					.isNotBlank();
			}
		}
		// a dictionary column that publishes a field the page shows says which provision
		// it
		// publishes, except the registry's own reading aids (language, where and when
		// used)
		Set<String> unlisted = Set.of("language", "memberStates", "useStart", "modelType");
		for (DictionaryColumn column : columns) {
			if (!column.fieldKeys().isEmpty() && !unlisted.containsAll(column.fieldKeys())) {
				assertThat(column.legalReference()).as(kind + " " + column.columnName()).isNotBlank();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	@DisplayName("Art 71(4): the dictionary names no field that the public page does not have")
	void noDictionaryFieldWithoutPageField(String kind, Set<String> pageKeys, List<? extends DictionaryColumn> columns,
			Class<?> document) {
		Set<String> all = new LinkedHashSet<>();
		kinds().filter(arguments -> arguments.get()[3] == document)
			.forEach(arguments -> all.addAll(cast(arguments.get()[1])));
		columns.forEach(column -> assertThat(all).as(kind + " " + column.columnName()).containsAll(column.fieldKeys()));
	}

	@org.junit.jupiter.api.Test
	@DisplayName("Art 71(4), Art 53(1)(d): each GPAI CSV cell is the value the API's Model document (and the JSON download) has under the column's name")
	void modelCsvAndApiCarryTheSameValues() {
		PublicModel model = new PublicModel(GpaiModelId.random(), 2, 3, gpaiModel(), "Provider AG",
				Instant.parse("2026-06-01T10:00:00Z"), "Added the summary", "b".repeat(64), "{}");
		String base = "https://registry.example";
		JsonNode document = JsonMapper.builder().build().valueToTree(ModelDocument.of(model, 3, null, base));
		for (ModelColumn column : ModelColumn.values()) {
			JsonNode node = document;
			for (String part : column.jsonName().split("\\.")) {
				node = node.path(part);
			}
			assertThat(node.isMissingNode()).as(column.jsonName()).isFalse();
			assertThat(column.valueOf(model, base)).as(column.columnName()).isEqualTo(cell(node));
		}
		// the derived values the page shows
		assertThat(ModelColumn.EFFECTIVE_COMPUTE_FLOP.valueOf(model, base)).isEqualTo("6300000000000000000000000");
		assertThat(ModelColumn.COMPUTE_ESTIMATED.valueOf(model, base)).isEqualTo("true");
		assertThat(ModelColumn.NOTIFICATION_DUE.valueOf(model, base)).isEqualTo("2026-01-23");
		assertThat(ModelColumn.OPEN_SOURCE_EXEMPT.valueOf(model, base)).isEqualTo("false");
		assertThat(ModelColumn.SUMMARY_MODALITIES.valueOf(model, base)).isEqualTo("TEXT:LARGE;IMAGE:SMALL");
		assertThat(ModelColumn.TRAINING_COMPUTE_FLOP.valueOf(model, base)).isEmpty();
	}

	/** A JSON value written as the CSV writes it. */
	private static String cell(JsonNode node) {
		if (node.isNull()) {
			return "";
		}
		if (node.isArray()) {
			List<String> values = new java.util.ArrayList<>();
			node.forEach(value -> values.add(cell(value)));
			return String.join(ModelColumn.SEPARATOR, values);
		}
		if (node.isObject()) {
			List<String> pairs = new java.util.ArrayList<>();
			node.properties().forEach(pair -> pairs.add(pair.getKey() + ":" + cell(pair.getValue())));
			return String.join(ModelColumn.SEPARATOR, pairs);
		}
		if (node.isNumber()) {
			return node.decimalValue().toString();
		}
		return node.asString();
	}

	@SuppressWarnings("unchecked")
	private static Set<String> cast(Object keys) {
		return (Set<String>) keys;
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = OpenDataCompletenessTest.class.getClassLoader().getResourceAsStream(path);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
