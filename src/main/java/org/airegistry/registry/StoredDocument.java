package org.airegistry.registry;

import java.util.regex.Pattern;

/**
 * A PDF file attached to an entry, identified by the SHA-256 of its bytes. Entry versions
 * record this reference, so a version's own SHA-256 covers its documents.
 *
 * @param sha256 SHA-256 of the file's bytes, lower-case hex
 * @param fileName the file name as uploaded (path parts removed)
 * @param size the file's size in bytes
 */
public record StoredDocument(String sha256, String fileName, long size) {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	public StoredDocument {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		fileName = safeFileName(fileName);
	}

	/** Whether the text has the form of a SHA-256 in lower-case hex. */
	public static boolean isSha256(String value) {
		return SHA256.matcher(value).matches();
	}

	/** The last path part of a file name, without control or quote characters. */
	static String safeFileName(String fileName) {
		String name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"';]", "_").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "document.pdf" : name;
	}

}
