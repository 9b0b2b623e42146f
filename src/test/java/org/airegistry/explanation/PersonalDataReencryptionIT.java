package org.airegistry.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.security.FieldCipher;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.airegistry.testsupport.TestMailServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data of explanation requests written in the format before key ids (no
 * associated data) is brought under the current key by itself after start, idempotently
 * and safely when several instances do it at once (DD047).
 */
@PostgresTest
class PersonalDataReencryptionIT {

	@Autowired
	ExplanationService explanations;

	@Autowired
	PersonalDataReencryption reencryption;

	@Autowired
	FieldCipher cipher;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${airegistry.explanation.encryption-key}")
	String legacyKey;

	/** What values looked like before key ids: base64 of nonce and ciphertext, no AAD. */
	String legacySeal(String clear) throws Exception {
		byte[] nonce = new byte[12];
		new SecureRandom().nextBytes(nonce);
		Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
		aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(legacyKey), "AES"),
				new GCMParameterSpec(128, nonce));
		byte[] sealed = aes.doFinal(clear.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder()
			.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
	}

	record Filed(UUID id, String tracking, String email) {
	}

	Filed fileWithOldCiphertext() throws Exception {
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String system = testData.publish(testData.provider(),
				testData.sampleEntry("Reencrypted Screener " + UUID.randomUUID().toString().substring(0, 8)));
		String email = "legacy-" + UUID.randomUUID().toString().substring(0, 8) + "@private.example";
		explanations.file(new NewExplanationRequest(system, deployer.organisation(), "Old decision text.",
				LocalDate.of(2026, 1, 5), "REF-OLD", "Old adverse effect.", email, "en"), "10.9.9.9");
		String token = TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY);
		String tracking = explanations.verify(token).orElseThrow().trackingToken();
		UUID id = explanations.track(tracking).orElseThrow().id();
		// written as the portal wrote them before key ids and associated data
		jdbc.update(
				"UPDATE explanation_request SET email_enc = ?, decision_enc = ?, adverse_enc = ?,"
						+ " tracking_token_enc = ? WHERE request_id = ?",
				legacySeal(email), legacySeal("Old decision text."), legacySeal("Old adverse effect."),
				legacySeal(tracking), id);
		jdbc.update(
				"INSERT INTO explanation_message (message_id, request_id, author, kind, body_enc, created_at)"
						+ " VALUES (?, ?, 'PERSON', 'INFORMATION', ?, CURRENT_TIMESTAMP)",
				UUID.randomUUID(), id, legacySeal("Some information about me."));
		return new Filed(id, tracking, email);
	}

	List<String> values(UUID id) {
		return jdbc.queryForList(
				"SELECT v FROM (SELECT email_enc v FROM explanation_request WHERE request_id = ?"
						+ " UNION ALL SELECT decision_enc FROM explanation_request WHERE request_id = ?"
						+ " UNION ALL SELECT adverse_enc FROM explanation_request WHERE request_id = ?"
						+ " UNION ALL SELECT tracking_token_enc FROM explanation_request WHERE request_id = ?"
						+ " UNION ALL SELECT body_enc FROM explanation_message WHERE request_id = ?) x",
				String.class, id, id, id, id, id);
	}

	void assertReadable(Filed filed) {
		ExplanationRequest request = explanations.track(filed.tracking()).orElseThrow();
		assertThat(request.decision()).isEqualTo("Old decision text.");
		assertThat(request.adverse()).isEqualTo("Old adverse effect.");
		assertThat(request.thread()).extracting(ThreadMessage::body).contains("Some information about me.");
	}

	@Test
	@DisplayName("New personal data is sealed with the key id and its row as associated data")
	void newValuesAreCurrent() throws Exception {
		TestUser deployer = testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
		String email = "current-" + UUID.randomUUID().toString().substring(0, 8) + "@private.example";
		String reference = explanations.file(new NewExplanationRequest("", deployer.organisation(), "A decision.",
				LocalDate.of(2026, 1, 5), "", "An adverse effect.", email, "en"), "10.9.9.8");
		List<String> stored = jdbc.queryForList("SELECT decision_enc FROM explanation_request WHERE reference = ?"
				+ " UNION ALL SELECT email_enc" + " FROM explanation_request WHERE reference = ?", String.class,
				reference, reference);
		assertThat(stored).hasSize(2).allSatisfy(value -> assertThat(value).startsWith(cipher.currentPrefix()));
		// copied into another column, a value no longer opens
		jdbc.update("UPDATE explanation_request SET adverse_enc = decision_enc WHERE reference = ?", reference);
		UUID id = jdbc.queryForObject("SELECT request_id FROM explanation_request WHERE reference = ?", UUID.class,
				reference);
		String moved = jdbc.queryForObject("SELECT adverse_enc FROM explanation_request WHERE request_id = ?",
				String.class, id);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> cipher.open(moved, "explanation_request.adverse_enc:" + id))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	@DisplayName("Values of the old format are re-encrypted by the background job after start, without the command")
	void reencryptedByItself() throws Exception {
		Filed filed = fileWithOldCiphertext();
		assertThat(values(filed.id())).hasSize(5).noneMatch(value -> value.startsWith("v1:"));
		assertReadable(filed);

		reencryption.afterStart();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(values(filed.id()))
				.allSatisfy(value -> assertThat(value).startsWith(cipher.currentPrefix())));
		assertReadable(filed);
		assertThat(cipher.open(values(filed.id()).get(0), "explanation_request.email_enc:" + filed.id()))
			.isEqualTo(filed.email());
		// the mailed tracking link is still built from the re-encrypted token
		assertThat(cipher.open(values(filed.id()).get(3), "explanation_request.tracking_token_enc:" + filed.id()))
			.isEqualTo(filed.tracking());
	}

	@Test
	@DisplayName("Two instances re-encrypting at once: every value rewritten exactly once, a second pass finds nothing")
	void concurrentAndIdempotent() throws Exception {
		Filed first = fileWithOldCiphertext();
		Filed second = fileWithOldCiphertext();
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> reencryption.reencrypt(cipher));
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> reencryption.reencrypt(cipher));
		int rewritten = a.join() + b.join();
		// other tests' rows may be rewritten here too, never fewer than these ten
		assertThat(rewritten).isGreaterThanOrEqualTo(10);
		for (Filed filed : List.of(first, second)) {
			assertThat(values(filed.id())).allSatisfy(value -> assertThat(value).startsWith(cipher.currentPrefix()));
			assertReadable(filed);
		}
		List<String> after = values(first.id());
		assertThat(reencryption.reencrypt(cipher)).isZero();
		assertThat(values(first.id())).as("current values are left untouched").isEqualTo(after);
	}

}
