package org.airegistry.shell;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.Optional;

import org.apache.coyote.http11.Http11InputBuffer;

/**
 * The start of the request target of a request whose request line the connector refused
 * (a NUL byte, bytes of broken UTF-8, a line over the header limit): Tomcat stops parsing
 * at the first bad byte and leaves the request without an address, so the only trace of
 * where it went is in the connector's input buffer. Read from there (Tomcat keeps the
 * buffer and where the target starts in private fields, read reflectively), up to the
 * first byte that cannot be part of a path, so that an error under {@code /api} still
 * gets a problem document. Empty when that is not possible (another connector, another
 * Tomcat version): the caller then answers with the portal's page.
 */
final class RawRequestTarget {

	/** Enough to tell {@code /api/…} from a page; the rest is not needed. */
	private static final int MAX_BYTES = 256;

	private static final Field BUFFER = field("byteBuffer");

	private static final Field TARGET_START = field("parsingRequestLineStart");

	private RawRequestTarget() {
	}

	private static Field field(String name) {
		try {
			Field field = Http11InputBuffer.class.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	/** The path part of the refused request's target, as far as it is printable ASCII. */
	static Optional<String> of(org.apache.coyote.Request request) {
		if (BUFFER == null || TARGET_START == null
				|| !(request.getInputBuffer() instanceof Http11InputBuffer inputBuffer)) {
			return Optional.empty();
		}
		try {
			ByteBuffer buffer = ((ByteBuffer) BUFFER.get(inputBuffer)).duplicate();
			int start = TARGET_START.getInt(inputBuffer);
			// the buffer may be in read mode (limit = what arrived) or already flipped
			// back
			int end = Math.min(Math.max(buffer.limit(), buffer.position()), buffer.capacity());
			if (start < 0 || start >= end) {
				return Optional.empty();
			}
			StringBuilder path = new StringBuilder();
			for (int i = start; i < end && path.length() < MAX_BYTES; i++) {
				int b = buffer.get(i) & 0xff;
				if (b <= ' ' || b >= 0x7f || b == '?' || b == '#') {
					break;
				}
				path.append((char) b);
			}
			String text = path.toString();
			return text.startsWith("/") ? Optional.of(text) : Optional.empty();
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
