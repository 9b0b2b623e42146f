package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentFields;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.opendata.DeploymentColumn;
import org.airegistry.opendata.DictionaryColumn;
import org.airegistry.opendata.ExportColumn;
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
	 * once per change, cannot.
	 */
	static final Set<String> API_ONLY = Set.of("certificateExpired");

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
						List.of(DeploymentColumn.values()), DeploymentDocument.class));
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
		List<String> schema = Arrays.stream(document.getRecordComponents())
			.map(component -> component.getName())
			.filter(name -> !API_ONLY.contains(name))
			.toList();
		assertThat(schema).as(kind + ": API schema vs dictionary, in order")
			.containsExactlyElementsOf(columns.stream().map(DictionaryColumn::jsonName).toList());
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
		Set<String> unlisted = Set.of("language", "memberStates", "useStart");
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
