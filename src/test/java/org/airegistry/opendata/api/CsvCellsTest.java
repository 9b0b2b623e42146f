package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

	@Test
	@DisplayName("Cells that a spreadsheet would run as a formula start with an apostrophe")
	void defusesFormulas() {
		assertThat(CsvCells.safe("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvCells.safe("+49 30")).isEqualTo("'+49 30");
		assertThat(CsvCells.safe("-2")).isEqualTo("'-2");
		assertThat(CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvCells.safe("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	@DisplayName("Other cells stay as they are")
	void keepsPlainText() {
		assertThat(CsvCells.safe("Plain text")).isEqualTo("Plain text");
		assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
		assertThat(CsvCells.safe("'quoted")).isEqualTo("'quoted");
		assertThat(CsvCells.safe("")).isEmpty();
	}

}
