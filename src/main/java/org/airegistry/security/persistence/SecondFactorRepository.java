package org.airegistry.security.persistence;

import static org.airegistry.db.Tables.RECOVERY_CODE;
import static org.airegistry.db.Tables.SECOND_FACTOR;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Second factors (encrypted TOTP secrets) and recovery codes (hashed) of accounts. */
@Repository
public class SecondFactorRepository {

	/** A stored factor: the encrypted secret and the last accepted time step. */
	public record Factor(String secretEnc, long lastStep) {
	}

	private final DSLContext dsl;

	SecondFactorRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public Optional<Factor> find(UUID user) {
		return dsl.select(SECOND_FACTOR.SECRET_ENC, SECOND_FACTOR.LAST_STEP)
			.from(SECOND_FACTOR)
			.where(SECOND_FACTOR.USER_ID.eq(user))
			.fetchOptional(org.jooq.Records.mapping(Factor::new));
	}

	/** Replaces the account's factor and recovery codes. */
	public void enable(UUID user, String secretEnc, Collection<String> recoveryCodeHashes, Instant now) {
		disable(user);
		dsl.insertInto(SECOND_FACTOR)
			.set(SECOND_FACTOR.USER_ID, user)
			.set(SECOND_FACTOR.SECRET_ENC, secretEnc)
			.set(SECOND_FACTOR.ENABLED_AT, now)
			.set(SECOND_FACTOR.LAST_STEP, 0L)
			.execute();
		for (String hash : recoveryCodeHashes) {
			dsl.insertInto(RECOVERY_CODE)
				.set(RECOVERY_CODE.USER_ID, user)
				.set(RECOVERY_CODE.CODE_SHA256, hash)
				.execute();
		}
	}

	public void disable(UUID user) {
		dsl.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.USER_ID.eq(user)).execute();
		dsl.deleteFrom(SECOND_FACTOR).where(SECOND_FACTOR.USER_ID.eq(user)).execute();
	}

	/**
	 * Records that the code of this time step was used; false when this or a later step
	 * was used already (a code works once).
	 */
	public boolean useStep(UUID user, long step) {
		return dsl.update(SECOND_FACTOR)
			.set(SECOND_FACTOR.LAST_STEP, step)
			.where(SECOND_FACTOR.USER_ID.eq(user).and(SECOND_FACTOR.LAST_STEP.lt(step)))
			.execute() == 1;
	}

	/** Uses a recovery code once; false when it is unknown or used. */
	public boolean useRecoveryCode(UUID user, String hash, Instant now) {
		return dsl.update(RECOVERY_CODE)
			.set(RECOVERY_CODE.USED_AT, now)
			.where(RECOVERY_CODE.USER_ID.eq(user)
				.and(RECOVERY_CODE.CODE_SHA256.eq(hash))
				.and(RECOVERY_CODE.USED_AT.isNull()))
			.execute() == 1;
	}

	public int unusedRecoveryCodes(UUID user) {
		return dsl.fetchCount(RECOVERY_CODE, RECOVERY_CODE.USER_ID.eq(user).and(RECOVERY_CODE.USED_AT.isNull()));
	}

	/** Every factor, for re-encryption: user and encrypted secret. */
	public java.util.Map<UUID, String> allSecrets() {
		return dsl.select(SECOND_FACTOR.USER_ID, SECOND_FACTOR.SECRET_ENC)
			.from(SECOND_FACTOR)
			.fetchMap(SECOND_FACTOR.USER_ID, SECOND_FACTOR.SECRET_ENC);
	}

	public void updateSecret(UUID user, String secretEnc) {
		dsl.update(SECOND_FACTOR)
			.set(SECOND_FACTOR.SECRET_ENC, secretEnc)
			.where(SECOND_FACTOR.USER_ID.eq(user))
			.execute();
	}

}
