package org.airegistry.audit.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit chain as it is hashed: SHA-256 over its position, its fields (each
 * written with its length, so no two rows give the same input) and the previous row's
 * hash. The ids are written as their UUIDs.
 */
record ChainLink(long position, Instant occurredAt, String action, @Nullable UserId actorUserId,
		@Nullable String actorName, @Nullable OrganisationId organisationId, String subjectType,
		@Nullable String subjectId, @Nullable String legalReference, @Nullable String before, @Nullable String after,
		String previousHash) {

	/** The "previous hash" of the first row. */
	static final String GENESIS = "0".repeat(64);

	String hash() {
		StringBuilder input = new StringBuilder("airegistry-audit-v1");
		for (Object field : new Object[] { position, DateTimeFormatter.ISO_INSTANT.format(occurredAt), action,
				actorUserId, actorName, organisationId, subjectType, subjectId, legalReference, before, after,
				previousHash }) {
			String text = field == null ? "" : field.toString();
			input.append('|').append(field == null ? -1 : text.length()).append(':').append(text);
		}
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
