package org.airegistry.registry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.UserId;

/**
 * The PDFs that a record keeps for the authorities beside its versions (a
 * serious-incident report's attachments, a test plan's documents), in one place: checked
 * like every document of the registry ({@link PdfCheck}: size, content type by its first
 * bytes, parseable, no active content; a streamed upload is read into memory only after
 * it passed), stored once per record and SHA-256 in the record's own table, read back by
 * their SHA-256. The caller checks that the record is the caller's first.
 *
 * @param <I> the record's id
 */
public final class RecordDocuments<I> {

	/** Stores a checked document with its record unless it is there already. */
	@FunctionalInterface
	public interface Insert<I> {

		void insertIfAbsent(I record, StoredDocument document, byte[] content, UserId by, Instant at);

	}

	private final String field;

	private final String subject;

	private final Insert<I> insert;

	private final BiFunction<I, String, Optional<byte[]>> content;

	private final RegistrySettings settings;

	private final Clock clock;

	/**
	 * @param field the form field that problems with a document are reported on
	 * @param subject what is not found when a document is asked for that the record does
	 * not have
	 * @param insert stores a document in the record's table unless it is there
	 * @param content a document's content by record and SHA-256
	 */
	public RecordDocuments(String field, String subject, Insert<I> insert,
			BiFunction<I, String, Optional<byte[]>> content, RegistrySettings settings, Clock clock) {
		this.field = field;
		this.subject = subject;
		this.insert = insert;
		this.content = content;
		this.settings = settings;
		this.clock = clock;
	}

	/** Checks the uploaded PDF and stores it with the record. */
	public StoredDocument store(I record, String fileName, byte[] content, UserId by) {
		List<FieldError> problems = PdfCheck.problems(field, content, maxBytes());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return stored(record, fileName, content, by);
	}

	/**
	 * Checks a PDF that an upload streamed to a temporary file (bounded by the document
	 * limit) and stores it with the record.
	 */
	public StoredDocument store(I record, String fileName, Path file, UserId by) {
		return stored(record, fileName, PdfCheck.checkedContent(field, file, maxBytes()), by);
	}

	private StoredDocument stored(I record, String fileName, byte[] bytes, UserId by) {
		StoredDocument document = new StoredDocument(PdfCheck.sha256(bytes), fileName, bytes.length);
		insert.insertIfAbsent(record, document, bytes, by, clock.instant());
		return document;
	}

	/** The content of one of the record's documents. */
	public byte[] content(I record, String sha256) {
		return content.apply(record, sha256).orElseThrow(() -> new NotFoundException(subject));
	}

	/** Largest PDF accepted, in bytes (the registry's document limit). */
	public long maxBytes() {
		return settings.maxDocumentBytes();
	}

}
