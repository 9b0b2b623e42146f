package org.airegistry.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data and secrets at rest with AES-256-GCM (DD044): a fresh 96-bit
 * nonce per value, the row and column the value belongs to as associated data (a value
 * copied into another row or column no longer opens), and the id of the key in front, so
 * keys can be rotated: {@code v1:<key id>:<base64 of nonce and ciphertext>}. Keys come
 * from {@code airegistry.security.encryption.keys} ({@code id=base64,id=base64}); new
 * values use {@code airegistry.security.encryption.current-key}. Without a key list, the
 * key of {@code airegistry.explanation.encryption-key} is key {@code 1}. Values written
 * before key ids existed (no prefix, no associated data) still open with that key
 * ({@link #openLegacy}); {@link #needsReencryption} tells which to rewrite.
 */
@Component
public class FieldCipher {

	private static final String VERSION = "v1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, SecretKeySpec> keys;

	private final String current;

	private final @Nullable SecretKeySpec legacy;

	FieldCipher(@Value("${airegistry.security.encryption.keys:}") String keyList,
			@Value("${airegistry.security.encryption.current-key:}") String currentKey,
			@Value("${airegistry.explanation.encryption-key:}") String legacyKey) {
		this.legacy = legacyKey.isBlank() ? null : key(legacyKey.strip());
		Map<String, SecretKeySpec> configured = new LinkedHashMap<>();
		for (String entry : keyList.split(",")) {
			if (entry.isBlank()) {
				continue;
			}
			int equals = entry.indexOf('=');
			String id = equals < 0 ? "" : entry.substring(0, equals).strip();
			if (!id.matches("[A-Za-z0-9_-]{1,20}")) {
				throw new IllegalStateException(
						"airegistry.security.encryption.keys: entries look like id=base64, ids of letters and digits");
			}
			configured.put(id, key(entry.substring(equals + 1).strip()));
		}
		if (configured.isEmpty() && legacy != null) {
			configured.put("1", legacy);
		}
		this.keys = Map.copyOf(configured);
		this.current = currentKey.isBlank() ? (configured.isEmpty() ? "" : configured.keySet().iterator().next())
				: currentKey.strip();
		if (!keys.isEmpty() && !keys.containsKey(current)) {
			throw new IllegalStateException("airegistry.security.encryption.current-key names no configured key");
		}
	}

	private static SecretKeySpec key(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64);
		if (bytes.length != 32) {
			throw new IllegalStateException("Encryption keys must be base64 of 32 bytes (AES-256)");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	/**
	 * Encrypts a value for one column of one row.
	 * @param context the table, column and row id, e.g. {@code second_factor.secret:<id>}
	 */
	public @Nullable String seal(@Nullable String clear, String context) {
		if (clear == null) {
			return null;
		}
		SecretKeySpec key = keys.get(current);
		if (key == null) {
			throw new IllegalStateException("No encryption key configured (airegistry.security.encryption.keys)");
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return VERSION + ":" + current + ":" + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/**
	 * Decrypts a value of one column of one row; also values of the legacy format.
	 * @throws IllegalStateException when the key is unknown, the value was changed or
	 * belongs to another row or column
	 */
	public @Nullable String open(@Nullable String sealed, String context) {
		if (sealed == null) {
			return null;
		}
		if (!sealed.startsWith(VERSION + ":")) {
			return openLegacy(sealed);
		}
		int second = sealed.indexOf(':', VERSION.length() + 1);
		if (second < 0) {
			throw new IllegalStateException("Not an encrypted value");
		}
		SecretKeySpec key = keys.get(sealed.substring(VERSION.length() + 1, second));
		if (key == null) {
			throw new IllegalStateException("The value's key is not configured (was it removed after a rotation?)");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(sealed.substring(second + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Decryption failed (changed value, other row or column, wrong key)", ex);
		}
	}

	/**
	 * Decrypts a value written before key ids and associated data (base64, no prefix).
	 */
	public @Nullable String openLegacy(@Nullable String sealed) {
		if (sealed == null) {
			return null;
		}
		if (legacy == null) {
			throw new IllegalStateException("No airegistry.explanation.encryption-key configured");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, legacy, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Decryption failed (wrong key?)", ex);
		}
	}

	/**
	 * Whether the value is of the legacy format or under another key than the current.
	 */
	public boolean needsReencryption(@Nullable String sealed) {
		return sealed != null && !sealed.startsWith(VERSION + ":" + current + ":");
	}

	/** The value opened and sealed again under the current key for the same place. */
	public @Nullable String reencrypt(@Nullable String sealed, String context) {
		return needsReencryption(sealed) ? seal(open(sealed, context), context) : sealed;
	}

}
