package org.airegistry.explanation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Encrypts the personal data of explanation requests at rest with AES-256-GCM: a fresh
 * 96-bit nonce per value, stored in front of the ciphertext, base64. The key comes from
 * {@code airegistry.explanation.encryption-key}; the demo and test profiles have their
 * own keys, production refuses to start without one. Without a key, encryption fails
 * loudly instead of storing clear text.
 */
@Component
class PersonalDataCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final @Nullable SecretKeySpec key;

	PersonalDataCipher(ExplanationProperties properties) {
		String encoded = properties.encryptionKey().strip();
		if (encoded.isEmpty()) {
			this.key = null;
		}
		else {
			byte[] bytes = Base64.getDecoder().decode(encoded);
			if (bytes.length != 32) {
				throw new IllegalStateException(
						"airegistry.explanation.encryption-key must be base64 of 32 bytes (AES-256)");
			}
			this.key = new SecretKeySpec(bytes, "AES");
		}
	}

	@Nullable String seal(@Nullable String clear) {
		if (clear == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	@Nullable String open(@Nullable String sealed) {
		if (sealed == null) {
			return null;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed (wrong key?)", ex);
		}
	}

	String openOrEmpty(@Nullable String sealed) {
		String clear = open(sealed);
		return clear == null ? "" : clear;
	}

	private SecretKeySpec key() {
		if (key == null) {
			throw new IllegalStateException("No airegistry.explanation.encryption-key configured");
		}
		return key;
	}

}
