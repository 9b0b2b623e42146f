package org.airegistry.explanation;

import java.util.UUID;

import org.airegistry.explanation.persistence.SealedColumn;
import org.airegistry.security.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts the personal data of explanation requests and complaints at rest with the
 * registry's field cipher (DD044): AES-256-GCM, the table, column and row id as
 * associated data, the key id in front. Values written before (no key id, no associated
 * data) still open; {@link PersonalDataReencryption} rewrites them by itself after start.
 * The key comes from {@code airegistry.security.encryption.keys} or, without a key list,
 * {@code airegistry.explanation.encryption-key}; production refuses to start without one.
 * Without a key, encryption fails loudly instead of storing clear text.
 */
@Component
class PersonalDataCipher {

	private final FieldCipher cipher;

	PersonalDataCipher(FieldCipher cipher) {
		this.cipher = cipher;
	}

	String seal(String clear, SealedColumn column, UUID rowId) {
		return java.util.Objects.requireNonNull(cipher.seal(clear, column.context(rowId)));
	}

	@Nullable String sealOrNull(@Nullable String clear, SealedColumn column, UUID rowId) {
		return clear == null ? null : seal(clear, column, rowId);
	}

	@Nullable String open(@Nullable String sealed, SealedColumn column, UUID rowId) {
		return cipher.open(sealed, column.context(rowId));
	}

	String openOrEmpty(@Nullable String sealed, SealedColumn column, UUID rowId) {
		String clear = open(sealed, column, rowId);
		return clear == null ? "" : clear;
	}

}
