package org.airegistry.shared;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one CSV writer of the registry (audit trail, dashboard charts, open data): RFC
 * 4180, UTF-8, a header row, and every text cell neutralised against formula injection
 * ({@link #neutralise}). Numbers given as {@link Number} are written as they are; every
 * other value is written as text. Errors of the stream arrive as
 * {@link UncheckedIOException}, so callers can write from lambdas.
 */
public final class CsvWriter implements Closeable, Flushable {

	private final CSVPrinter printer;

	private CsvWriter(Writer writer, List<String> header) {
		try {
			this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			printer.printRecord(header.stream().map(CsvWriter::neutralise).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A writer of UTF-8 CSV to the stream, starting with the header row. */
	public static CsvWriter open(OutputStream out, List<String> header) {
		return new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), header);
	}

	/** A writer of CSV to the character stream, starting with the header row. */
	public static CsvWriter open(Writer out, List<String> header) {
		return new CsvWriter(out, header);
	}

	/** Writes one row; {@code null} cells are empty. */
	public void row(List<? extends @Nullable Object> cells) {
		List<Object> safe = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			safe.add(cell instanceof Number number ? number : neutralise(cell == null ? "" : cell.toString()));
		}
		try {
			printer.printRecord(safe);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes one row; {@code null} cells are empty. */
	public void row(@Nullable Object... cells) {
		row(java.util.Arrays.asList(cells));
	}

	@Override
	public void flush() {
		try {
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			printer.close(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Keeps spreadsheet programs from running cell text as a formula (CSV injection,
	 * OWASP): a text starting with {@code = + - @}, a tab, a carriage return or a line
	 * feed (also in their full-width forms, which some spreadsheets accept) gets a
	 * leading apostrophe, which spreadsheets show as text. Other text stays as it is.
	 */
	public static String neutralise(String value) {
		if (value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + value;
			default -> value;
		};
	}

}
