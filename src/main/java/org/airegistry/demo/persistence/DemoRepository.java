package org.airegistry.demo.persistence;

import static org.airegistry.db.Tables.EXPLANATION_REQUEST;
import static org.airegistry.db.Tables.GPAI_MODEL;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Repository;

/**
 * What the demo data reads and writes by itself, so that no module's service needs a
 * demo-only method: whether a demo model exists, and a fresh verification link for a demo
 * explanation request (the demo has no inbox to click in; the request is then verified
 * through the public {@code ExplanationService.verify}, exactly like a click).
 */
@Repository
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
public class DemoRepository {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DSLContext dsl;

	DemoRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Whether a GPAI model draft with this name exists (the demo creates its once). */
	public boolean gpaiModelNamed(String name) {
		return dsl.fetchExists(DSL.selectOne().from(GPAI_MODEL).where(GPAI_MODEL.DRAFT_NAME.eq(name)));
	}

	/**
	 * Gives the unverified request a new verification token (stored as its SHA-256, as
	 * the service stores it) and returns the token, as the link in the mail would carry
	 * it.
	 */
	public String newVerificationToken(String reference) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		int updated = dsl.update(EXPLANATION_REQUEST)
			.set(EXPLANATION_REQUEST.VERIFY_TOKEN_HASH, sha256(token))
			.where(EXPLANATION_REQUEST.REFERENCE.eq(reference))
			.execute();
		if (updated != 1) {
			throw new IllegalStateException("No explanation request " + reference);
		}
		return token;
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
