package org.airegistry.opendata.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.airegistry.opendata.ExportColumn;
import org.airegistry.opendata.api.ApiModels.EntryDocument;
import org.airegistry.registry.PublicEntry;
import org.airegistry.shared.CsvWriter;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes all public entries as CSV or JSON while reading them from the database in
 * batches: memory stays flat however many entries there are.
 */
@Component
class BulkExports {

	static final int BATCH_SIZE = 500;

	/** The header row: the column names. */
	static final List<String> CSV_HEADER = Arrays.stream(ExportColumn.values()).map(ExportColumn::columnName).toList();

	private final JsonMapper json;

	BulkExports(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Writes the entries that {@code source} delivers as CSV.
	 * @param source one of the registry's {@code forEach…} methods
	 */
	void writeCsv(BiConsumer<Integer, Consumer<List<PublicEntry>>> source, String baseUrl, OutputStream out)
			throws IOException {
		try (CsvWriter csv = CsvWriter.open(out, CSV_HEADER)) {
			source.accept(BATCH_SIZE, batch -> {
				for (PublicEntry entry : batch) {
					csv.row(csvRow(entry, baseUrl));
				}
				csv.flush();
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	static List<String> csvRow(PublicEntry entry, String baseUrl) {
		return Arrays.stream(ExportColumn.values()).map(c -> c.valueOf(entry, baseUrl)).toList();
	}

	/** Writes the entries that {@code source} delivers as one JSON array of entries. */
	void writeJson(BiConsumer<Integer, Consumer<List<PublicEntry>>> source, String baseUrl, OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartArray();
			source.accept(BATCH_SIZE, batch -> {
				for (PublicEntry entry : batch) {
					generator.writePOJO(EntryDocument.of(entry, baseUrl));
				}
				generator.flush();
			});
			generator.writeEndArray();
		}
	}

}
