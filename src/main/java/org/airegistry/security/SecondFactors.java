package org.airegistry.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import org.airegistry.security.persistence.SecondFactorRepository;
import org.airegistry.shared.Role;
import org.airegistry.shared.UserId;
import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * The second factor of accounts (DD045): time-based one-time codes (TOTP, RFC 6238:
 * HMAC-SHA1, six digits, 30-second steps, as every authenticator app reads them) with ten
 * one-time recovery codes. Required for regulators and administrators, offered to
 * everyone. A code is accepted in its step and the neighbouring ones (clock drift), and
 * only once; the secret is stored encrypted ({@link FieldCipher}), recovery codes hashed.
 */
@Service
public class SecondFactors {

	/** Roles whose accounts must have a second factor. */
	public static final Set<Role> REQUIRED_FOR = Set.of(Role.REGULATOR, Role.ADMIN);

	/**
	 * The published key of the demo accounts that need a second factor (demo mode only,
	 * DD045); one constant for every module's demo data.
	 */
	public static final String DEMO_SECRET = "REGISTRYDEMOTOTPKEYNOTFORPRODUSE";

	static final String ISSUER = "AI Act Transparency Registry";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

	private final SecondFactorRepository repository;

	private final FieldCipher cipher;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SecondFactors(SecondFactorRepository repository, FieldCipher cipher, ObjectProvider<Clock> clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.cipher = cipher;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A secret being set up: what the authenticator app needs. */
	public record Enrolment(String secret, String otpauthUri) {
	}

	/** Whether the actor's roles require a second factor. */
	public static boolean required(Actor actor) {
		return actor.roles().stream().anyMatch(REQUIRED_FOR::contains);
	}

	@Transactional(readOnly = true)
	public boolean enabled(UserId user) {
		return repository.find(user.value()).isPresent();
	}

	/** A fresh secret (160 bits) for the account, not stored until confirmed. */
	public Enrolment newEnrolment(String login) {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		String secret = new Base32().encodeToString(bytes).replace("=", "");
		return new Enrolment(secret, otpauthUri(login, secret));
	}

	static String otpauthUri(String login, String secret) {
		String label = URLEncoder.encode(ISSUER + ":" + login, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	/**
	 * Turns the second factor on once the user proved that the app has the secret (a
	 * current code); returns the ten recovery codes, shown once.
	 * @throws IllegalArgumentException when the code does not match
	 */
	@Transactional
	public List<String> confirm(UserId user, String secret, String code) {
		long step = matchingStep(secret, code).orElseThrow(() -> new IllegalArgumentException("wrong code"));
		List<String> codes = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String recovery = recoveryCode();
			codes.add(recovery);
			hashes.add(sha256(normalise(recovery)));
		}
		repository.enable(user.value(), cipher.seal(secret, context(user)), hashes, clock.instant());
		repository.useStep(user.value(), step);
		events.publishEvent(new SecondFactorChanged(user, true));
		return codes;
	}

	/**
	 * Turns the second factor on with a known secret and no recovery codes: the demo data
	 * and tests only (their documented secret).
	 */
	@Transactional
	public void enableKnownSecret(UserId user, String secret) {
		repository.enable(user.value(), cipher.seal(secret, context(user)), List.of(), clock.instant());
	}

	/** Turns the second factor off (not for accounts that require one). */
	@Transactional
	public void disable(UserId user) {
		repository.disable(user.value());
		events.publishEvent(new SecondFactorChanged(user, false));
	}

	/**
	 * Whether the code (six digits, or a recovery code) proves the second factor; each
	 * works only once.
	 */
	@Transactional
	public boolean verify(UserId user, String code) {
		var factor = repository.find(user.value());
		if (factor.isEmpty()) {
			return false;
		}
		String typed = code.strip();
		if (typed.matches("[0-9]{6}")) {
			String secret = cipher.open(factor.get().secretEnc(), context(user));
			var step = matchingStep(secret == null ? "" : secret, typed);
			return step.isPresent() && repository.useStep(user.value(), step.getAsLong());
		}
		return !normalise(typed).isEmpty()
				&& repository.useRecoveryCode(user.value(), sha256(normalise(typed)), clock.instant());
	}

	@Transactional(readOnly = true)
	public int unusedRecoveryCodes(UserId user) {
		return repository.unusedRecoveryCodes(user.value());
	}

	/** The code of the secret at the given time (tests, demo documentation). */
	public static String code(String secret, Instant at) {
		try {
			return TOTP.generateOneTimePasswordString(key(secret), at, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalArgumentException("Not a TOTP secret", ex);
		}
	}

	private java.util.OptionalLong matchingStep(String secret, String code) {
		if (!code.strip().matches("[0-9]{6}") || secret.isBlank()) {
			return java.util.OptionalLong.empty();
		}
		Instant now = clock.instant();
		long stepSeconds = TOTP.getTimeStep().toSeconds();
		for (int drift = -1; drift <= 1; drift++) {
			Instant at = now.plusSeconds(drift * stepSeconds);
			if (MessageDigest.isEqual(code(secret, at).getBytes(StandardCharsets.US_ASCII),
					code.strip().getBytes(StandardCharsets.US_ASCII))) {
				return java.util.OptionalLong.of(at.getEpochSecond() / stepSeconds);
			}
		}
		return java.util.OptionalLong.empty();
	}

	private static SecretKeySpec key(String secret) {
		return new SecretKeySpec(new Base32().decode(secret.strip().toUpperCase(Locale.ROOT)), "HmacSHA1");
	}

	static String context(UserId user) {
		return "second_factor.secret_enc:" + user.value();
	}

	private static String recoveryCode() {
		String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return code.toString();
	}

	private static String normalise(String code) {
		return code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** Re-encryption of the secrets after a key rotation. */
	@org.springframework.stereotype.Component
	static class Secrets implements SealedColumns {

		private final SecondFactorRepository repository;

		Secrets(SecondFactorRepository repository) {
			this.repository = repository;
		}

		@Override
		public String name() {
			return "second_factor.secret_enc";
		}

		@Override
		@Transactional
		public int reencrypt(FieldCipher cipher) {
			int count = 0;
			for (var entry : repository.allSecrets().entrySet()) {
				String context = context(new UserId(entry.getKey()));
				if (cipher.needsReencryption(entry.getValue())) {
					repository.updateSecret(entry.getKey(), cipher.reencrypt(entry.getValue(), context));
					count++;
				}
			}
			return count;
		}

	}

}
