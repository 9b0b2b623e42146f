package org.airegistry.shell.components;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.airegistry.shared.FieldError;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload of one PDF file for a form field. The server enforces the limits itself (the
 * browser's are only a courtesy): a body announced larger than the limit is refused
 * before a byte is read, any other is streamed to a temporary file and the transfer is
 * aborted as soon as it passes the limit, so no upload is ever held in memory; each user
 * may run {@value #UPLOADS_PER_USER} uploads at a time. The field's receiver then checks
 * and stores the file in the upload request (with the uploader's security context) and
 * returns what the UI must do afterwards, which then runs in the UI. The temporary file
 * is deleted afterwards in every case.
 */
public final class PdfUpload {

	/** Uploads one user may run at the same time (in one application instance). */
	public static final int UPLOADS_PER_USER = 2;

	private static final ConcurrentHashMap<String, Integer> RUNNING = new ConcurrentHashMap<>();

	private PdfUpload() {
	}

	/** What a form field does with an uploaded file. */
	public interface Receiver {

		/**
		 * Checks and stores the file (a temporary file, deleted afterwards); returns the
		 * UI update (the stored file, or the problems next to the field).
		 */
		Runnable store(String fileName, Path file);

		/** The UI update for a file refused before it reached the field's checks. */
		Runnable refuse(List<FieldError> problems);

	}

	/**
	 * @param maxBytes largest file accepted
	 * @param store checks and stores a file (name, temporary file); returns the UI update
	 * @param refuse the UI update for a file refused before it reached {@code store}
	 * @param rejected shows the browser's own refusal (wrong type, too large)
	 */
	public static Upload create(long maxBytes, BiFunction<String, Path, Runnable> store,
			Function<List<FieldError>, Runnable> refuse, Consumer<String> rejected) {
		Receiver receiver = new Receiver() {

			@Override
			public Runnable store(String fileName, Path file) {
				return store.apply(fileName, file);
			}

			@Override
			public Runnable refuse(List<FieldError> problems) {
				return refuse.apply(problems);
			}

		};
		Upload[] holder = new Upload[1];
		Upload upload = new Upload(handler(maxBytes, receiver, update -> {
			UI ui = UI.getCurrent();
			if (ui != null) {
				ui.access(update::run);
			}
			else {
				holder[0].getUI().ifPresent(owner -> owner.access(update::run));
			}
		}));
		holder[0] = upload;
		upload.setMaxFiles(1);
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.addFileRejectedListener(event -> rejected.accept(event.getErrorMessage()));
		upload.setWidthFull();
		upload.addAttachListener(event -> upload.setI18n(ComponentTexts.upload(event.getUI().getLocale(), maxBytes)));
		return upload;
	}

	/** The server side of the upload: bounded, streamed to a temporary file. */
	static UploadHandler handler(long maxBytes, Receiver receiver, Consumer<Runnable> ui) {
		return new UploadHandler() {

			@Override
			public void handleUploadRequest(UploadEvent event) throws IOException {
				ui.accept(receive(event.getFileName(), event.getFileSize(), event::getInputStream,
						uploader(event.getRequest().getUserPrincipal()), maxBytes, receiver));
			}

			@Override
			public long getRequestSizeMax() {
				// multipart requests: the container refuses larger bodies before parsing
				return maxBytes + 64 * 1024;
			}

			@Override
			public long getFileSizeMax() {
				return maxBytes;
			}

			@Override
			public long getFileCountMax() {
				return 1;
			}

		};
	}

	interface Body {

		InputStream open() throws IOException;

	}

	/**
	 * Streams one upload to a temporary file within the limits and hands it to the
	 * receiver; returns the UI update.
	 * @param announcedSize the size the client announced, -1 if unknown
	 */
	static Runnable receive(@Nullable String fileName, long announcedSize, Body body, String uploader, long maxBytes,
			Receiver receiver) throws IOException {
		String name = fileName == null ? "" : fileName;
		if (announcedSize > maxBytes) {
			return receiver.refuse(List.of(tooLarge(maxBytes)));
		}
		if (!startUpload(uploader)) {
			return receiver
				.refuse(List.of(new FieldError("file", "validation.document.uploadsRunning", UPLOADS_PER_USER)));
		}
		Path file = Files.createTempFile("airegistry-upload-", ".pdf");
		try {
			long copied;
			try (InputStream in = body.open(); OutputStream out = Files.newOutputStream(file)) {
				copied = copyAtMost(in, out, maxBytes + 1);
			}
			if (copied > maxBytes) {
				return receiver.refuse(List.of(tooLarge(maxBytes)));
			}
			return receiver.store(name, file);
		}
		finally {
			Files.deleteIfExists(file);
			endUpload(uploader);
		}
	}

	/** Copies until the end of the input or {@code limit} bytes, whichever is first. */
	static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
		byte[] buffer = new byte[16 * 1024];
		long total = 0;
		while (total < limit) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total));
			if (read < 0) {
				break;
			}
			out.write(buffer, 0, read);
			total += read;
		}
		return total;
	}

	private static FieldError tooLarge(long maxBytes) {
		return new FieldError("file", "validation.document.tooLargeUpload", ComponentTexts.megabytes(maxBytes));
	}

	private static String uploader(@Nullable Principal principal) {
		return principal == null ? "" : principal.getName();
	}

	static boolean startUpload(String uploader) {
		boolean[] started = new boolean[1];
		RUNNING.compute(uploader, (key, running) -> {
			int now = running == null ? 0 : running;
			started[0] = now < UPLOADS_PER_USER;
			return started[0] ? now + 1 : now;
		});
		return started[0];
	}

	static void endUpload(String uploader) {
		RUNNING.computeIfPresent(uploader, (key, running) -> running <= 1 ? null : running - 1);
	}

}
