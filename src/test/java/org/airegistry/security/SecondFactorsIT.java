package org.airegistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The second factor on PostgreSQL: codes once, recovery codes once, secrets encrypted.
 */
@PostgresTest
class SecondFactorsIT {

	@Autowired
	SecondFactors factors;

	@Autowired
	TestData testData;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	RegistryUserDetails details(TestUser user) {
		return (RegistryUserDetails) users.loadUserByUsername(user.email());
	}

	@Test
	@DisplayName("Regulators get a second factor; a code works once; a wrong one never; the secret is stored encrypted")
	void codesWorkOnce() {
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		var actor = details(regulator).actor();
		assertThat(SecondFactors.required(actor)).isTrue();
		assertThat(factors.enabled(actor.userId())).isTrue();
		String code = SecondFactors.code(TestData.TOTP_SECRET, Instant.now());
		assertThat(factors.verify(actor.userId(), code)).isTrue();
		assertThat(factors.verify(actor.userId(), code)).as("the same code again").isFalse();
		assertThat(factors.verify(actor.userId(), "000000".equals(code) ? "111111" : "000000")).isFalse();
		String stored = jdbc.queryForObject("SELECT secret_enc FROM second_factor WHERE user_id = ?", String.class,
				actor.userId().value());
		assertThat(stored).startsWith("v1:").doesNotContain(TestData.TOTP_SECRET);
	}

	@Test
	@DisplayName("Offered to everyone: a provider sets one up with the first code and gets ten recovery codes, each good once")
	void enrolmentAndRecoveryCodes() {
		TestUser provider = testData.provider();
		var actor = details(provider).actor();
		assertThat(SecondFactors.required(actor)).isFalse();
		assertThat(factors.enabled(actor.userId())).isFalse();
		SecondFactors.Enrolment enrolment = factors.newEnrolment(provider.email());
		assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret());
		List<String> codes = factors.confirm(actor.userId(), enrolment.secret(),
				SecondFactors.code(enrolment.secret(), Instant.now()));
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(factors.enabled(actor.userId())).isTrue();
		assertThat(factors.verify(actor.userId(), codes.get(3).toUpperCase())).isTrue();
		assertThat(factors.verify(actor.userId(), codes.get(3))).as("a recovery code works once").isFalse();
		assertThat(factors.unusedRecoveryCodes(actor.userId())).isEqualTo(9);
		factors.disable(actor.userId());
		assertThat(factors.enabled(actor.userId())).isFalse();
	}

}
