package org.airegistry.opendata.api;

/**
 * Keeps spreadsheet programs from running cell text as a formula (CSV injection): a value
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe,
 * which spreadsheets show as text.
 */
final class CsvCells {

	private CsvCells() {
	}

	static String safe(String value) {
		if (value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

}
