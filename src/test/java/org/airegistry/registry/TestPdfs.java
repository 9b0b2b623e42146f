package org.airegistry.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDF files for tests, made with PDFBox: a good one, and files that only look like one.
 */
public final class TestPdfs {

	private TestPdfs() {
	}

	/** A valid one-page PDF with the text on it. */
	public static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PNG image's first bytes: what a picture renamed to .pdf contains. */
	public static byte[] notPdf() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	/** Starts like a PDF but is cut off after the header: no objects, no trailer. */
	public static byte[] corruptPdf() {
		byte[] good = pdf("cut");
		byte[] cut = new byte[40];
		System.arraycopy(good, 0, cut, 0, cut.length);
		return cut;
	}

	/**
	 * The content in a temporary file (deleted when the JVM ends), as an upload streams
	 * it.
	 */
	public static java.nio.file.Path file(byte[] content) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("test-upload-", ".pdf");
			file.toFile().deleteOnExit();
			return java.nio.file.Files.write(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A valid PDF encrypted with a user password (needed to open it). */
	public static byte[] encryptedPdf() {
		return modified(document -> {
			var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-secret",
					"user-secret", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
		});
	}

	/** A valid PDF encrypted with an owner password only (opens without a password). */
	public static byte[] ownerPasswordPdf() {
		return modified(document -> {
			var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-secret", "",
					new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
		});
	}

	/** A valid PDF that runs JavaScript when it is opened. */
	public static byte[] javaScriptPdf() {
		return modified(document -> document.getDocumentCatalog()
			.setOpenAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('x');")));
	}

	/**
	 * A valid PDF with a link annotation whose action is JavaScript (not at the catalog).
	 */
	public static byte[] javaScriptLinkPdf() {
		return modified(document -> {
			var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
			link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(10, 10, 100, 20));
			link.setAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("this.print();"));
			document.getPage(0).getAnnotations().add(link);
		});
	}

	/** A valid PDF with an embedded file in its name tree. */
	public static byte[] embeddedFilePdf() {
		return modified(document -> {
			var spec = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
			spec.setFile("payload.exe");
			spec.setEmbeddedFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
					new java.io.ByteArrayInputStream(
							"MZ payload".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
			var tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
			tree.setNames(java.util.Map.of("payload.exe", spec));
			var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			document.getDocumentCatalog().setNames(names);
		});
	}

	/**
	 * A zip archive whose one entry inflates to 64 MB of zeros, named like a PDF by
	 * whoever uploads it: it starts with {@code PK}, not {@code %PDF-}.
	 */
	public static byte[] zipBomb() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("bomb.pdf"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 64; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	interface Change {

		void apply(PDDocument document) throws IOException;

	}

	private static byte[] modified(Change change) {
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf("modified"));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.apply(document);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
