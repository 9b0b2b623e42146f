package org.airegistry.shell.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.airegistry.shared.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfUploadTest {

	static final long LIMIT = 1024 * 1024;

	/** An endless body that counts what was read from it and never exists in memory. */
	static final class EndlessBody extends InputStream {

		final AtomicLong read = new AtomicLong();

		@Override
		public int read() {
			read.incrementAndGet();
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
			read.addAndGet(length);
			return length;
		}

	}

	final List<String> refused = new ArrayList<>();

	final List<Path> stored = new ArrayList<>();

	final PdfUpload.Receiver receiver = new PdfUpload.Receiver() {

		@Override
		public Runnable store(String fileName, Path file) {
			stored.add(file);
			assertThat(file).exists();
			return () -> {
			};
		}

		@Override
		public Runnable refuse(List<FieldError> problems) {
			problems.forEach(problem -> refused.add(problem.messageKey()));
			return () -> {
			};
		}

	};

	@Test
	@DisplayName("An upload without announced size is cut off just past the limit: read no further, nothing stored, temp file gone")
	void endlessBodyIsCutOff() throws IOException {
		EndlessBody body = new EndlessBody();
		long before = tempUploads();
		PdfUpload.receive("huge.pdf", -1, () -> body, "mallory", LIMIT, receiver);
		assertThat(refused).containsExactly("validation.document.tooLargeUpload");
		assertThat(stored).isEmpty();
		assertThat(body.read.get()).isEqualTo(LIMIT + 1);
		assertThat(tempUploads()).isEqualTo(before);
	}

	@Test
	@DisplayName("A body announced larger than the limit is refused before a byte is read")
	void announcedOversizeIsNotRead() throws IOException {
		EndlessBody body = new EndlessBody();
		PdfUpload.receive("huge.pdf", LIMIT * 100, () -> body, "mallory", LIMIT, receiver);
		assertThat(refused).containsExactly("validation.document.tooLargeUpload");
		assertThat(body.read.get()).isZero();
	}

	@Test
	@DisplayName("A file within the limit reaches the receiver as a temporary file, deleted afterwards")
	void smallFileIsStored() throws IOException {
		PdfUpload.receive("ok.pdf", 4, () -> new java.io.ByteArrayInputStream("%PDF".getBytes()), "alice", LIMIT,
				receiver);
		assertThat(stored).hasSize(1);
		assertThat(stored.getFirst()).doesNotExist();
		assertThat(refused).isEmpty();
	}

	@Test
	@DisplayName("One user runs at most two uploads at a time; others are not affected; slots come back")
	void concurrentUploadsPerUser() throws IOException {
		assertThat(PdfUpload.startUpload("bob")).isTrue();
		assertThat(PdfUpload.startUpload("bob")).isTrue();
		try {
			PdfUpload.receive("third.pdf", 4, () -> new java.io.ByteArrayInputStream("%PDF".getBytes()), "bob", LIMIT,
					receiver);
			assertThat(refused).containsExactly("validation.document.uploadsRunning");
			assertThat(PdfUpload.startUpload("carol")).isTrue();
			PdfUpload.endUpload("carol");
		}
		finally {
			PdfUpload.endUpload("bob");
			PdfUpload.endUpload("bob");
		}
		assertThat(PdfUpload.startUpload("bob")).isTrue();
		PdfUpload.endUpload("bob");
	}

	static long tempUploads() throws IOException {
		try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(file -> file.getFileName().toString().startsWith("airegistry-upload-")).count();
		}
	}

}
