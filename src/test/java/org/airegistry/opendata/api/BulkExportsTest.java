package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.airegistry.opendata.ExportColumn;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.PublicEntry;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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

}
