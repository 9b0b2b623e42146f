package org.airegistry.opendata.api;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.airegistry.opendata.OpenDataRevision;
import org.airegistry.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Open data files written once per change of the public data, not per request (DD036):
 * the bulk downloads into files (plain and gzip, served with ranges), the feeds into
 * memory. A file is named after the revision of the public data it shows and the address
 * it links to; the first request after a change writes it (others wait for it), every
 * later one reads it.
 */
@Component
class GeneratedFiles implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GeneratedFiles.class);

	private final PublicDataChanges changes;

	private final Path directory;

	private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Text> texts = new ConcurrentHashMap<>();

	GeneratedFiles(PublicDataChanges changes) throws IOException {
		this.changes = changes;
		this.directory = Files.createTempDirectory("airegistry-open-data-");
	}

	/** Writes a file's content. */
	interface Content {

		void write(OutputStream out) throws IOException;

	}

	/**
	 * A generated file of one revision.
	 *
	 * @param plain the content
	 * @param gzip the same content, gzip-compressed
	 * @param etag entity tag of the plain content (the gzip one adds {@code -gzip})
	 * @param lastModified when the revision's change was committed
	 */
	record File(Path plain, Path gzip, String etag, Instant lastModified) {
	}

	/** A small generated text (a feed) of one revision. */
	record Text(long revision, String base, String content, String etag, Instant lastModified) {
	}

	/** The file {@code name} for the current revision and this base address. */
	File file(String name, String base, Content content) {
		OpenDataRevision revision = changes.current();
		String key = name + "-" + revision.number() + "-" + Sha256.hex(base).substring(0, 12);
		Path plain = directory.resolve(key);
		Path gzip = directory.resolve(key + ".gz");
		String etag = "\"" + key + "\"";
		if (!Files.exists(gzip)) {
			synchronized (locks.computeIfAbsent(key, k -> new Object())) {
				if (!Files.exists(gzip)) {
					write(plain, gzip, content);
					removeOlder(name, key);
				}
			}
			locks.remove(key);
		}
		return new File(plain, gzip, etag, revision.changedAt());
	}

	/** A small text for the current revision, kept in memory until the next change. */
	Text text(String key, String base, java.util.function.Supplier<String> content) {
		OpenDataRevision revision = changes.current();
		String cacheKey = key + " " + base;
		Text cached = texts.get(cacheKey);
		if (cached != null && cached.revision() == revision.number()) {
			return cached;
		}
		String generated = content.get();
		// weak: the servlet container may compress it on the wire
		Text text = new Text(revision.number(), base, generated, "W/\"" + Sha256.hex(generated).substring(0, 32) + "\"",
				revision.changedAt());
		texts.put(cacheKey, text);
		if (texts.size() > 10_000) {
			texts.values().removeIf(old -> old.revision() < revision.number());
		}
		return text;
	}

	private void write(Path plain, Path gzip, Content content) {
		Path plainPart = plain.resolveSibling(plain.getFileName() + ".part");
		Path gzipPart = gzip.resolveSibling(gzip.getFileName() + ".part");
		try {
			try (OutputStream plainOut = Files.newOutputStream(plainPart);
					GZIPOutputStream gzipOut = new GZIPOutputStream(Files.newOutputStream(gzipPart), 64 * 1024);
					OutputStream both = new Tee(plainOut, gzipOut)) {
				content.write(both);
			}
			Files.move(plainPart, plain, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			Files.move(gzipPart, gzip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the open data file " + plain.getFileName(), ex);
		}
		finally {
			deleteQuietly(plainPart);
			deleteQuietly(gzipPart);
		}
	}

	/** Earlier revisions of the file (a download still reading one keeps it open). */
	private void removeOlder(String name, String current) {
		try (Stream<Path> files = Files.list(directory)) {
			files.filter(file -> {
				String fileName = file.getFileName().toString();
				return fileName.startsWith(name + "-") && !fileName.startsWith(current);
			}).forEach(GeneratedFiles::deleteQuietly);
		}
		catch (IOException ex) {
			log.debug("Could not clean up {}", directory, ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.debug("Could not delete {}", file, ex);
		}
	}

	@Override
	public void destroy() {
		try (Stream<Path> files = Files.list(directory)) {
			files.forEach(GeneratedFiles::deleteQuietly);
		}
		catch (IOException ex) {
			log.debug("Could not clean up {}", directory, ex);
		}
		deleteQuietly(directory);
	}

	/** Writes to two streams at once. */
	private static final class Tee extends FilterOutputStream {

		private final OutputStream second;

		Tee(OutputStream first, OutputStream second) {
			super(first);
			this.second = second;
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			second.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
			second.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			out.flush();
			second.flush();
		}

		@Override
		public void close() throws IOException {
			try {
				flush();
			}
			finally {
				out.close();
				second.close();
			}
		}

	}

}
