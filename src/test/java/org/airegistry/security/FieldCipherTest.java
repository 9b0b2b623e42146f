package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

	static final String KEY_A = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	static final String KEY_B = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

	@Test
	@DisplayName("A value opens only in the row and column it was sealed for, and carries its key id")
	void associatedData() {
		FieldCipher cipher = new FieldCipher("", "", KEY_A);
		String sealed = cipher.seal("reporter@example.org", "inaccuracy_report.reporter_email_enc:1");
		assertThat(sealed).startsWith("v1:1:").doesNotContain("reporter");
		assertThat(cipher.open(sealed, "inaccuracy_report.reporter_email_enc:1")).isEqualTo("reporter@example.org");
		assertThatThrownBy(() -> cipher.open(sealed, "inaccuracy_report.reporter_email_enc:2"))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> cipher.open(sealed, "second_factor.secret_enc:1"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	@DisplayName("Key rotation: old values still open, are marked for re-encryption and are rewritten under the new key")
	void rotation() {
		FieldCipher before = new FieldCipher("a=" + KEY_A, "a", "");
		String old = before.seal("secret", "t.c:1");
		FieldCipher after = new FieldCipher("a=" + KEY_A + ",b=" + KEY_B, "b", "");
		assertThat(after.needsReencryption(old)).isTrue();
		String rewritten = after.reencrypt(old, "t.c:1");
		assertThat(rewritten).startsWith("v1:b:");
		assertThat(after.needsReencryption(rewritten)).isFalse();
		assertThat(new FieldCipher("b=" + KEY_B, "b", "").open(rewritten, "t.c:1")).isEqualTo("secret");
		assertThatThrownBy(() -> new FieldCipher("b=" + KEY_B, "b", "").open(old, "t.c:1"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not configured");
	}

	@Test
	@DisplayName("Values of the format before key ids open with the legacy key and need re-encryption")
	void legacyFormat() throws Exception {
		javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
		byte[] nonce = new byte[12];
		aes.init(javax.crypto.Cipher.ENCRYPT_MODE,
				new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(KEY_A), "AES"),
				new javax.crypto.spec.GCMParameterSpec(128, nonce));
		byte[] sealed = aes.doFinal("old".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		byte[] all = new byte[12 + sealed.length];
		System.arraycopy(sealed, 0, all, 12, sealed.length);
		String legacy = java.util.Base64.getEncoder().encodeToString(all);
		FieldCipher cipher = new FieldCipher("", "", KEY_A);
		assertThat(cipher.open(legacy, "any")).isEqualTo("old");
		assertThat(cipher.needsReencryption(legacy)).isTrue();
	}

}
