package org.airegistry.security.persistence;

import static org.airegistry.db.Tables.TRUSTED_DEVICE;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The browsers an account has logged in from completely, by the SHA-256 of their cookie.
 */
@Repository
public class TrustedDeviceRepository {

	private final DSLContext dsl;

	TrustedDeviceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public boolean matches(String tokenSha256, String loginEmail) {
		return dsl.fetchExists(TRUSTED_DEVICE,
				TRUSTED_DEVICE.TOKEN_SHA256.eq(tokenSha256).and(TRUSTED_DEVICE.LOGIN_EMAIL.eq(loginEmail)));
	}

	public void remember(String tokenSha256, String loginEmail, Instant now) {
		int updated = dsl.update(TRUSTED_DEVICE)
			.set(TRUSTED_DEVICE.LAST_USED_AT, now)
			.where(TRUSTED_DEVICE.TOKEN_SHA256.eq(tokenSha256).and(TRUSTED_DEVICE.LOGIN_EMAIL.eq(loginEmail)))
			.execute();
		if (updated == 0) {
			dsl.insertInto(TRUSTED_DEVICE)
				.set(TRUSTED_DEVICE.TOKEN_SHA256, tokenSha256)
				.set(TRUSTED_DEVICE.LOGIN_EMAIL, loginEmail)
				.set(TRUSTED_DEVICE.CREATED_AT, now)
				.set(TRUSTED_DEVICE.LAST_USED_AT, now)
				.execute();
		}
	}

	/** Forgets devices not used since the given time. */
	public int forgetUnusedSince(Instant cutoff) {
		return dsl.deleteFrom(TRUSTED_DEVICE).where(TRUSTED_DEVICE.LAST_USED_AT.lt(cutoff)).execute();
	}

}
