package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.airegistry.deployment.DeploymentData;
import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.PublicDeployment;
import org.airegistry.deployment.RegistrationBasis;
import org.airegistry.opendata.DeploymentColumn;
import org.airegistry.opendata.ExportColumn;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.PublicEntry;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BulkExportsTest {

	static final String BASE = "https://registry.example";

	final JsonMapper json = JsonMapper.builder().build();

	final BulkExports exports = new BulkExports(json);

	static PublicEntry entry(int number, String tradeName, String purpose) {
		Instant at = Instant.parse("2026-08-02T10:15:30Z");
		return new PublicEntry(AiSystemId.random(), "AIR-%06d".formatted(number), new OrganisationId(new UUID(0, 7)),
				"Acme, \"Inc.\"", 1, 1, EntryData.of(tradeName, purpose, EnumSet.of(MemberState.SE, MemberState.AT)),
				"", at, at, "a".repeat(64));
	}

	/** Hands the entries over in batches of two, like the registry's forEach methods. */
	static BiConsumer<Integer, Consumer<List<PublicEntry>>> source(PublicEntry... entries) {
		return (batchSize, consumer) -> {
			for (int i = 0; i < entries.length; i += 2) {
				consumer.accept(Arrays.asList(entries).subList(i, Math.min(entries.length, i + 2)));
			}
		};
	}

	@Test
	@DisplayName("CSV has the documented header, one row per entry, quoting and formula defusing")
	void csv() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.writeCsv(source(entry(1, "=cmd|' /C calc'!A0", "Line one\nline two, with comma"),
				entry(2, "Normal", "@risk"), entry(3, "Third", "Plain")), BASE, out);

		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(rows).hasSize(3);
		assertThat(rows.getFirst().getParser().getHeaderNames())
			.containsExactlyElementsOf(Arrays.stream(ExportColumn.values()).map(ExportColumn::columnName).toList());
		CSVRecord first = rows.getFirst();
		assertThat(first.get("trade_name")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(first.get("intended_purpose")).isEqualTo("Line one\nline two, with comma");
		assertThat(first.get("provider_name")).isEqualTo("Acme, \"Inc.\"");
		assertThat(first.get("member_states")).isEqualTo("AT;SE");
		assertThat(first.get("published_at")).isEqualTo("2026-08-02T10:15:30Z");
		assertThat(first.get("permalink")).isEqualTo(BASE + "/systems/AIR-000001");
		assertThat(first.get("version_permalink")).isEqualTo(BASE + "/systems/AIR-000001/versions/1");
		assertThat(rows.get(1).get("intended_purpose")).isEqualTo("'@risk");
	}

	@Test
	@DisplayName("JSON is one array of entries with ISO dates; text is kept as it is")
	void jsonArray() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exports.writeJson(source(entry(1, "=One", "First"), entry(2, "Two", "Second"), entry(3, "Three", "Third")),
				BASE, out);

		JsonNode array = json.readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(array.isArray()).isTrue();
		assertThat(array).hasSize(3);
		assertThat(array.get(0).get("tradeName").asString()).isEqualTo("=One");
		assertThat(array.get(0).get("publishedAt").asString()).isEqualTo("2026-08-02T10:15:30Z");
		assertThat(array.get(0).get("memberStates").toString()).isEqualTo("[\"AT\",\"SE\"]");
		assertThat(array.get(2).get("permalink").asString()).isEqualTo(BASE + "/systems/AIR-000003");
	}

	@Test
	@DisplayName("No entries: a header-only CSV and an empty JSON array")
	void empty() throws Exception {
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		exports.writeCsv(source(), BASE, csv);
		assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("registration_number,version,").hasLineCount(1);
		ByteArrayOutputStream array = new ByteArrayOutputStream();
		exports.writeJson(source(), BASE, array);
		assertThat(array.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
	}

	static PublicDeployment deployment(RegistrationBasis basis, String onBehalfOf) {
		Instant at = Instant.parse("2026-09-01T08:00:00Z");
		DeploymentData data = new DeploymentData("Town hall, 1 Main Street", "ai@city.example",
				"IT office, ai@city.example", "Risks to equal treatment assessed", false, "",
				EnumSet.of(MemberState.NL, MemberState.BE), LocalDate.of(2026, 9, 1), null, basis, onBehalfOf);
		return new PublicDeployment(new DeploymentId(new UUID(0, 42)), new OrganisationId(new UUID(0, 9)),
				"City of Example", "AIR-000001", "Recruit", "Acme", 2, 2, data, "", at, at, "b".repeat(64),
				EntryStatus.ON_MARKET, null);
	}

	static Stream<Arguments> bases() {
		return Stream.of(
				Arguments.of("Art 49(3): a public authority registers its use (Art 26(8))",
						RegistrationBasis.PUBLIC_AUTHORITY, ""),
				Arguments.of("Art 49(3): a person acting on behalf of a public authority names it",
						RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY, "Municipality of Example"),
				Arguments.of("Art 49(3): a voluntary registration says so", RegistrationBasis.VOLUNTARY, ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bases")
	@DisplayName("Section C downloads carry the legal basis of each registration and the authority acted for")
	void deploymentBasisInCsvAndJson(String name, RegistrationBasis basis, String onBehalfOf) throws Exception {
		PublicDeployment deployment = deployment(basis, onBehalfOf);
		BiConsumer<Integer, Consumer<List<PublicDeployment>>> source = (size, consumer) -> consumer
			.accept(List.of(deployment));

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		exports.writeDeploymentsCsv(source, BASE, csv);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.toString(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactlyElementsOf(
				Arrays.stream(DeploymentColumn.values()).map(DeploymentColumn::columnName).toList());
		CSVRecord row = rows.getFirst();
		assertThat(row.get("registration_basis")).isEqualTo(basis.name());
		assertThat(row.get("on_behalf_of")).isEqualTo(onBehalfOf);
		assertThat(row.get("deployer_name")).isEqualTo("City of Example");
		assertThat(row.get("provider_registration_number")).isEqualTo("AIR-000001");
		assertThat(row.get("fria_summary")).isEqualTo("Risks to equal treatment assessed");
		assertThat(row.get("member_states")).isEqualTo("BE;NL");
		assertThat(row.get("use_start")).isEqualTo("2026-09-01");
		assertThat(row.get("use_end")).isEmpty();
		assertThat(row.get("permalink")).isEqualTo(BASE + "/deployments/" + new UUID(0, 42));

		ByteArrayOutputStream array = new ByteArrayOutputStream();
		exports.writeDeploymentsJson(source, BASE, array);
		JsonNode first = json.readTree(array.toString(StandardCharsets.UTF_8)).get(0);
		assertThat(first.get("registrationBasis").asString()).isEqualTo(basis.name());
		assertThat(first.get("onBehalfOf").asString()).isEqualTo(onBehalfOf);
		assertThat(first.get("latestVersion").asInt()).isEqualTo(2);
		assertThat(first.get("useStart").asString()).isEqualTo("2026-09-01");
	}

	@Test
	@DisplayName("Art 49(3): a registration published before the basis was recorded exports it empty, not guessed")
	void deploymentWithoutBasis() {
		PublicDeployment deployment = deployment(null, "");
		assertThat(DeploymentColumn.REGISTRATION_BASIS.valueOf(deployment, BASE)).isEmpty();
		assertThat(DeploymentColumn.ON_BEHALF_OF.valueOf(deployment, BASE)).isEmpty();
	}

	@Test
	@DisplayName("Annex VIII A.3-A.13 and B.6-B.7: entry downloads carry every public item, documents as addresses")
	void entryItems() {
		PublicEntry a = new PublicEntry(AiSystemId.random(), "AIR-000007", new OrganisationId(new UUID(0, 7)), "Acme",
				1, 1, OpenDataCompletenessTest.sectionA(), "", Instant.EPOCH, Instant.EPOCH, "c".repeat(64));
		List<String> row = BulkExports.csvRow(a, BASE);
		assertThat(row.get(ExportColumn.AUTHORISED_REPRESENTATIVE.ordinal()))
			.isEqualTo("Authorised Rep GmbH, Street 1, Berlin");
		assertThat(row.get(ExportColumn.ANNEX_III_POINT.ordinal())).isEqualTo("4a");
		assertThat(row.get(ExportColumn.STATUS.ordinal())).isEqualTo("ON_MARKET");
		assertThat(row.get(ExportColumn.CERTIFICATE_SCAN_URL.ordinal()))
			.isEqualTo(BASE + "/systems/AIR-000007/documents/" + OpenDataCompletenessTest.DOC);
		assertThat(row.get(ExportColumn.MORE_INFORMATION_URL.ordinal())).isEqualTo("https://example.org/more");
		PublicEntry b = new PublicEntry(AiSystemId.random(), "AIR-000008", new OrganisationId(new UUID(0, 7)), "Acme",
				1, 1, OpenDataCompletenessTest.sectionB(), "", Instant.EPOCH, Instant.EPOCH, "c".repeat(64));
		List<String> rowB = BulkExports.csvRow(b, BASE);
		assertThat(rowB.get(ExportColumn.ART_6_3_CONDITIONS.ordinal())).isEqualTo("A_NARROW_PROCEDURAL_TASK");
		assertThat(rowB.get(ExportColumn.NOT_HIGH_RISK_GROUNDS.ordinal())).isEqualTo("Grounds");
		assertThat(rowB.get(ExportColumn.CERTIFICATE_SCAN_URL.ordinal())).isEmpty();
	}

}
