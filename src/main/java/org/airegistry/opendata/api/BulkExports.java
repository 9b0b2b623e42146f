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
import java.util.function.Function;

import org.airegistry.deployment.PublicDeployment;
import org.airegistry.opendata.DeploymentColumn;
import org.airegistry.opendata.ExportColumn;
import org.airegistry.opendata.api.ApiModels.DeploymentDocument;
import org.airegistry.opendata.api.ApiModels.EntryDocument;
import org.airegistry.registry.PublicEntry;
import org.airegistry.shared.CsvWriter;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes all public entries (and deployer registrations) as CSV or JSON while reading
 * them from the database in batches: memory stays flat however many entries there are.
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

	/** The header row of the deployer registrations: the column names. */
	static final List<String> DEPLOYMENT_CSV_HEADER = Arrays.stream(DeploymentColumn.values())
		.map(DeploymentColumn::columnName)
		.toList();

	/**
	 * Writes the entries that {@code source} delivers as CSV.
	 * @param source one of the registry's {@code forEach…} methods
	 */
	void writeCsv(BiConsumer<Integer, Consumer<List<PublicEntry>>> source, String baseUrl, OutputStream out)
			throws IOException {
		writeCsv(source, CSV_HEADER, entry -> csvRow(entry, baseUrl), out);
	}

	static List<String> csvRow(PublicEntry entry, String baseUrl) {
		return Arrays.stream(ExportColumn.values()).map(c -> c.valueOf(entry, baseUrl)).toList();
	}

	/** Writes the entries that {@code source} delivers as one JSON array of entries. */
	void writeJson(BiConsumer<Integer, Consumer<List<PublicEntry>>> source, String baseUrl, OutputStream out) {
		writeJson(source, entry -> EntryDocument.of(entry, baseUrl), out);
	}

	/** Writes the deployer registrations that {@code source} delivers as CSV. */
	void writeDeploymentsCsv(BiConsumer<Integer, Consumer<List<PublicDeployment>>> source, String baseUrl,
			OutputStream out) throws IOException {
		writeCsv(source, DEPLOYMENT_CSV_HEADER, deployment -> deploymentCsvRow(deployment, baseUrl), out);
	}

	static List<String> deploymentCsvRow(PublicDeployment deployment, String baseUrl) {
		return Arrays.stream(DeploymentColumn.values()).map(c -> c.valueOf(deployment, baseUrl)).toList();
	}

	/** Writes the deployer registrations as one JSON array of deployments. */
	void writeDeploymentsJson(BiConsumer<Integer, Consumer<List<PublicDeployment>>> source, String baseUrl,
			OutputStream out) {
		writeJson(source, deployment -> DeploymentDocument.of(deployment, deployment.latestVersion(), baseUrl), out);
	}

	private static <T> void writeCsv(BiConsumer<Integer, Consumer<List<T>>> source, List<String> header,
			Function<T, List<String>> row, OutputStream out) throws IOException {
		try (CsvWriter csv = CsvWriter.open(out, header)) {
			source.accept(BATCH_SIZE, batch -> {
				for (T item : batch) {
					csv.row(row.apply(item));
				}
				csv.flush();
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private <T> void writeJson(BiConsumer<Integer, Consumer<List<T>>> source, Function<T, Object> document,
			OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartArray();
			source.accept(BATCH_SIZE, batch -> {
				for (T item : batch) {
					generator.writePOJO(document.apply(item));
				}
				generator.flush();
			});
			generator.writeEndArray();
		}
	}

}
