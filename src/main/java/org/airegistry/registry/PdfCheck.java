package org.airegistry.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.airegistry.shared.FieldError;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks an uploaded file before anything is stored: its size, that its content starts
 * like a PDF (not just its name), and that Apache PDFBox can parse it and finds pages.
 * Part of the registry's API so that every module's PDF uploads (e.g. the GPAI Annex XI
 * documentation) get the same checks and messages.
 */
public final class PdfCheck {

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private PdfCheck() {
	}

	/** The problems of the file, for the given field; empty when it is a good PDF. */
	public static List<FieldError> problems(String field, byte[] content, long maxBytes) {
		if (content.length == 0) {
			return List.of(new FieldError(field, "validation.document.empty"));
		}
		if (content.length > maxBytes) {
			return List.of(new FieldError(field, "validation.document.tooLarge", megabytes(maxBytes),
					megabytes(content.length)));
		}
		if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			return List.of(new FieldError(field, "validation.document.notPdf"));
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.getNumberOfPages() < 1) {
				return List.of(new FieldError(field, "validation.document.corrupt"));
			}
		}
		catch (IOException | RuntimeException ex) {
			return List.of(new FieldError(field, "validation.document.corrupt"));
		}
		return List.of();
	}

	/** The SHA-256 of the content, lower-case hex: how stored documents are named. */
	public static String sha256(byte[] content) {
		return org.airegistry.publication.CanonicalJson.sha256(content);
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}
