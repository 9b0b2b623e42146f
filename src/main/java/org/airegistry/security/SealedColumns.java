package org.airegistry.security;

/**
 * A module's encrypted columns, for the re-encryption command
 * ({@code --airegistry.security.reencrypt=true}, {@link ReencryptCommand}): after a key
 * rotation every value is rewritten under the current key.
 */
public interface SealedColumns {

	/**
	 * What is re-encrypted, for the log, e.g. {@code inaccuracy_report.reporter_email}.
	 */
	String name();

	/** Rewrites the values not under the current key; returns how many. */
	int reencrypt(FieldCipher cipher);

}
