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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

	/** RFC 4180 with a header of the column names. */
	static final CSVFormat CSV = CSVFormat.RFC4180.builder()
		.setHeader(Arrays.stream(ExportColumn.values()).map(ExportColumn::columnName).toArray(String[]::new))
		.get();

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
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer, CSV)) {
			source.accept(BATCH_SIZE, batch -> {
				try {
					for (PublicEntry entry : batch) {
						printer.printRecord(csvRow(entry, baseUrl));
					}
					printer.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	static List<String> csvRow(PublicEntry entry, String baseUrl) {
		return Arrays.stream(ExportColumn.values()).map(c -> CsvCells.safe(c.valueOf(entry, baseUrl))).toList();
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
