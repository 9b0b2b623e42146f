package org.airegistry.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

	@Test
	@DisplayName("Cells that a spreadsheet would run as a formula start with an apostrophe")
	void neutralisesFormulas() {
		assertThat(CsvWriter.neutralise("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvWriter.neutralise("+49 30")).isEqualTo("'+49 30");
		assertThat(CsvWriter.neutralise("-2")).isEqualTo("'-2");
		assertThat(CsvWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.neutralise("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvWriter.neutralise("\r=1")).isEqualTo("'\r=1");
		assertThat(CsvWriter.neutralise("\uFF1DHYPERLINK()")).isEqualTo("'\uFF1DHYPERLINK()");
	}

	@Test
	@DisplayName("Other cells stay as they are")
	void keepsPlainText() {
		assertThat(CsvWriter.neutralise("Plain text")).isEqualTo("Plain text");
		assertThat(CsvWriter.neutralise("a=b")).isEqualTo("a=b");
		assertThat(CsvWriter.neutralise("'quoted")).isEqualTo("'quoted");
		assertThat(CsvWriter.neutralise("")).isEmpty();
	}

	@Test
	@DisplayName("Rows: text neutralised and quoted by RFC 4180, numbers as numbers, header neutralised too")
	void writesRows() {
		StringWriter out = new StringWriter();
		try (CsvWriter csv = CsvWriter.open(out, List.of("name", "=count"))) {
			csv.row("=HYPERLINK(\"http://evil.example\",\"x\")", -3);
			csv.row(null, "a,b\nc");
		}
		assertThat(out.toString()).isEqualTo("name,'=count\r\n"
				+ "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",-3\r\n" + "\"\",\"a,b\nc\"\r\n");
	}

}
