package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.airegistry.shared.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfCheckTest {

	static final long LIMIT = 10 * 1024 * 1024;

	static List<String> keys(List<FieldError> problems) {
		return problems.stream().map(FieldError::messageKey).toList();
	}

	@Test
	@DisplayName("A plain PDF passes, from memory and from a file")
	void goodPdf() {
		byte[] pdf = TestPdfs.pdf("fine");
		assertThat(PdfCheck.problems("f", pdf, LIMIT)).isEmpty();
		assertThat(PdfCheck.problems("f", TestPdfs.file(pdf), LIMIT)).isEmpty();
	}

	@Test
	@DisplayName("Encrypted PDFs are refused, with a user password and with an owner password only")
	void encrypted() {
		assertThat(keys(PdfCheck.problems("f", TestPdfs.file(TestPdfs.encryptedPdf()), LIMIT)))
			.containsExactly("validation.document.encrypted");
		assertThat(keys(PdfCheck.problems("f", TestPdfs.file(TestPdfs.ownerPasswordPdf()), LIMIT)))
			.containsExactly("validation.document.encrypted");
	}

	@Test
	@DisplayName("PDFs with JavaScript are refused, at the catalog and in a link annotation")
	void javaScript() {
		assertThat(keys(PdfCheck.problems("f", TestPdfs.file(TestPdfs.javaScriptPdf()), LIMIT)))
			.containsExactly("validation.document.activeContent");
		assertThat(keys(PdfCheck.problems("f", TestPdfs.javaScriptLinkPdf(), LIMIT)))
			.containsExactly("validation.document.activeContent");
	}

	@Test
	@DisplayName("PDFs with embedded files are refused")
	void embeddedFiles() {
		assertThat(keys(PdfCheck.problems("f", TestPdfs.file(TestPdfs.embeddedFilePdf()), LIMIT)))
			.containsExactly("validation.document.embeddedFile");
	}

	@Test
	@DisplayName("Fakes: a zip bomb named .pdf, a picture, an empty file, a cut-off PDF, an oversized file")
	void fakes() {
		assertThat(keys(PdfCheck.problems("f", TestPdfs.file(TestPdfs.zipBomb()), LIMIT)))
			.containsExactly("validation.document.notPdf");
		assertThat(keys(PdfCheck.problems("f", TestPdfs.notPdf(), LIMIT)))
			.containsExactly("validation.document.notPdf");
		assertThat(keys(PdfCheck.problems("f", new byte[0], LIMIT))).containsExactly("validation.document.empty");
		assertThat(keys(PdfCheck.problems("f", TestPdfs.file(TestPdfs.corruptPdf()), LIMIT)))
			.containsExactly("validation.document.corrupt");
		assertThat(keys(PdfCheck.problems("f", TestPdfs.pdf("big"), 100)))
			.containsExactly("validation.document.tooLarge");
	}

	@Test
	@DisplayName("A parse that takes longer than the time limit is given up with its own message")
	void timeLimit() {
		PdfCheck.Source endless = () -> {
			try {
				Thread.sleep(Duration.ofHours(1));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new java.io.IOException("interrupted");
		};
		assertThat(keys(PdfCheck.check("f", 100, "%PDF-".getBytes(), endless, LIMIT, Duration.ofMillis(50))))
			.containsExactly("validation.document.tooComplex");
	}

}
