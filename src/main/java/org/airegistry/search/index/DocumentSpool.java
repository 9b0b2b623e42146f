package org.airegistry.search.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;

/**
 * The search documents of a reindex, built and serialised once while the database is read
 * (before the new index exists: the corpus words for its definition come from the same
 * read) and kept in a temporary file until the load sends them: the load then sends ready
 * JSON, as a raw bulk load of prebuilt documents does, without reading the database or
 * building documents while the node indexes (DD038). About 1.5 KB of disk per entry; the
 * file is deleted when the spool is closed.
 */
final class DocumentSpool implements Closeable {

	/** A document ready to send: its id, external version and JSON source. */
	record Prepared(String id, long version, byte[] json) {

		BinaryData source() {
			return BinaryData.of(json, ContentType.APPLICATION_JSON);
		}

	}

	private final Path file;

	private final DataOutputStream out;

	private int size;

	private DocumentSpool(Path file) throws IOException {
		this.file = file;
		this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
	}

	/** A new, empty spool in the temporary directory. */
	static DocumentSpool create() throws IOException {
		return new DocumentSpool(Files.createTempFile("airegistry-reindex-", ".spool"));
	}

	/** Serialises a document with the client's mapper (the one the client sends with). */
	static byte[] json(Map<String, Object> source, JsonpMapper mapper) throws IOException {
		ByteBuffer buffer = BinaryData.of(source, mapper).asByteBuffer();
		byte[] json = new byte[buffer.remaining()];
		buffer.get(json);
		return json;
	}

	/** Appends a document; documents are read back in the order they were added. */
	void add(Prepared document) throws IOException {
		out.writeUTF(document.id());
		out.writeLong(document.version());
		out.writeInt(document.json().length);
		out.write(document.json());
		size++;
	}

	/** Documents added so far. */
	int size() {
		return size;
	}

	/** Reads the documents back in pages, in the order they were added. */
	void forEachPage(int pageSize, PageConsumer consumer) throws IOException {
		out.flush();
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			List<Prepared> page = new ArrayList<>(pageSize);
			for (int i = 0; i < size; i++) {
				String id = in.readUTF();
				long version = in.readLong();
				byte[] json = new byte[in.readInt()];
				in.readFully(json);
				page.add(new Prepared(id, version, json));
				if (page.size() == pageSize) {
					consumer.accept(page);
					page = new ArrayList<>(pageSize);
				}
			}
			if (!page.isEmpty()) {
				consumer.accept(page);
			}
		}
	}

	/** Takes a page of documents read back. */
	@FunctionalInterface
	interface PageConsumer {

		void accept(List<Prepared> page) throws IOException;

	}

	@Override
	public void close() throws IOException {
		try {
			out.close();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
