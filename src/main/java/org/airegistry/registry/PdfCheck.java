package org.airegistry.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

/**
 * Checks an uploaded file before anything is stored: its size, that its content starts
 * like a PDF (not just its name), and that Apache PDFBox can parse it and finds pages;
 * refuses encrypted PDFs and PDFs with JavaScript, launch actions or embedded files. The
 * parse runs with bounded main memory (PDFBox spills to temporary files beyond
 * {@value #MAIN_MEMORY_BYTES} bytes) on a small pool of its own threads and is given up
 * after a time limit, so one crafted file can neither fill the heap nor hold a request
 * thread. Part of the registry's API so that every module's PDF uploads (e.g. the GPAI
 * Annex XI documentation) get the same checks and messages.
 */
public final class PdfCheck {

	/** How long one file may take to parse before it is refused. */
	public static final Duration TIMEOUT = Duration.ofSeconds(20);

	/** Main memory PDFBox may use for one file; the rest goes to temporary files. */
	static final long MAIN_MEMORY_BYTES = 1024 * 1024;

	/** Files parsed at the same time in this instance; more are refused as busy. */
	static final int PARALLEL_CHECKS = 4;

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final AtomicInteger THREADS = new AtomicInteger();

	private static final ExecutorService CHECKS = new ThreadPoolExecutor(0, PARALLEL_CHECKS, 30, TimeUnit.SECONDS,
			new SynchronousQueue<>(), task -> {
				Thread thread = new Thread(task, "pdf-check-" + THREADS.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});

	private static final COSName JS = COSName.getPDFName("JS");

	private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");

	private static final COSName LAUNCH = COSName.getPDFName("Launch");

	private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");

	private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");

	private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

	private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");

	private PdfCheck() {
	}

	/** The problems of the file, for the given field; empty when it is a good PDF. */
	public static List<FieldError> problems(String field, byte[] content, long maxBytes) {
		return check(field, content.length, Arrays.copyOf(content, Math.min(content.length, MAGIC.length)),
				() -> new RandomAccessReadBuffer(content), maxBytes, TIMEOUT);
	}

	/**
	 * The problems of the file (e.g. an upload streamed to a temporary file), for the
	 * given field; empty when it is a good PDF.
	 */
	public static List<FieldError> problems(String field, Path file, long maxBytes) {
		return problems(field, file, maxBytes, TIMEOUT);
	}

	/**
	 * The content of an upload streamed to a temporary file, read into memory only after
	 * it passed the checks.
	 * @throws InvalidInputException with the problems, for the given field
	 */
	public static byte[] checkedContent(String field, Path file, long maxBytes) {
		List<FieldError> problems = problems(field, file, maxBytes);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<FieldError> problems(String field, Path file, long maxBytes, Duration timeout) {
		try {
			long size = Files.size(file);
			byte[] head = new byte[MAGIC.length];
			int read;
			try (InputStream in = Files.newInputStream(file)) {
				read = in.readNBytes(head, 0, head.length);
			}
			return check(field, size, Arrays.copyOf(head, read), () -> new RandomAccessReadBufferedFile(file.toFile()),
					maxBytes, timeout);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	interface Source {

		RandomAccessRead open() throws IOException;

	}

	static List<FieldError> check(String field, long size, byte[] head, Source source, long maxBytes,
			Duration timeout) {
		if (size == 0) {
			return List.of(new FieldError(field, "validation.document.empty"));
		}
		if (size > maxBytes) {
			return List.of(new FieldError(field, "validation.document.tooLarge", megabytes(maxBytes), megabytes(size)));
		}
		if (head.length < MAGIC.length || !Arrays.equals(head, MAGIC)) {
			return List.of(new FieldError(field, "validation.document.notPdf"));
		}
		Future<@Nullable String> parse;
		try {
			parse = CHECKS.submit(() -> inspect(source));
		}
		catch (RejectedExecutionException ex) {
			return List.of(new FieldError(field, "validation.document.busy"));
		}
		try {
			String problem = parse.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
			return problem == null ? List.of() : List.of(new FieldError(field, problem));
		}
		catch (TimeoutException ex) {
			parse.cancel(true);
			return List.of(new FieldError(field, "validation.document.tooComplex"));
		}
		catch (ExecutionException ex) {
			return List.of(new FieldError(field, "validation.document.corrupt"));
		}
		catch (InterruptedException ex) {
			parse.cancel(true);
			Thread.currentThread().interrupt();
			return List.of(new FieldError(field, "validation.document.tooComplex"));
		}
	}

	/** The message key of the file's problem, or null for a good PDF. */
	private static @Nullable String inspect(Source source) {
		try (RandomAccessRead read = source.open();
				PDDocument document = Loader.loadPDF(read, "", null, null,
						MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache)) {
			if (document.isEncrypted()) {
				return "validation.document.encrypted";
			}
			if (document.getNumberOfPages() < 1) {
				return "validation.document.corrupt";
			}
			return activeContent(document);
		}
		catch (InvalidPasswordException ex) {
			return "validation.document.encrypted";
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			return "validation.document.corrupt";
		}
	}

	/**
	 * Looks at every object of the file (not only the ones reachable from the pages):
	 * JavaScript and launch actions, embedded files and attachments.
	 */
	private static @Nullable String activeContent(PDDocument document) {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.add(document.getDocument().getTrailer());
		for (COSObjectKey key : List.copyOf(document.getDocument().getXrefTable().keySet())) {
			COSObject object = document.getDocument().getObjectFromPool(key);
			if (object != null && object.getObject() != null) {
				pending.add(object.getObject());
			}
		}
		while (!pending.isEmpty()) {
			COSBase next = pending.pop();
			if (!seen.add(next)) {
				continue;
			}
			if (next instanceof COSDictionary dictionary) {
				String problem = problem(dictionary);
				if (problem != null) {
					return problem;
				}
				for (COSBase value : dictionary.getValues()) {
					if (value instanceof COSDictionary || value instanceof COSArray) {
						pending.push(value);
					}
				}
			}
			else if (next instanceof COSArray array) {
				for (COSBase value : array) {
					if (value instanceof COSDictionary || value instanceof COSArray) {
						pending.push(value);
					}
				}
			}
		}
		return null;
	}

	private static @Nullable String problem(COSDictionary dictionary) {
		COSName action = dictionary.getCOSName(COSName.S);
		if (dictionary.containsKey(JS) || dictionary.containsKey(JAVA_SCRIPT) || JAVA_SCRIPT.equals(action)
				|| LAUNCH.equals(action)) {
			return "validation.document.activeContent";
		}
		COSName type = dictionary.getCOSName(COSName.TYPE);
		COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
		if (dictionary.containsKey(EMBEDDED_FILES) || dictionary.containsKey(COSName.EF) || EMBEDDED_FILE.equals(type)
				|| FILE_ATTACHMENT.equals(subtype) || RICH_MEDIA.equals(subtype)) {
			return "validation.document.embeddedFile";
		}
		return null;
	}

	/** The SHA-256 of the content, lower-case hex: how stored documents are named. */
	public static String sha256(byte[] content) {
		return org.airegistry.publication.CanonicalJson.sha256(content);
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}
