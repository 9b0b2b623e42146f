package org.airegistry.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.OrganisationId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

	static SignUp valid() {
		return new SignUp("Acme GmbH", "Hauptstr. 1, 10115 Berlin", "DE", "ai@acme.example", true,
				Set.of(OrganisationRole.PROVIDER), false, false, false, null, "Alex Example", "alex@acme.example",
				"correct horse battery", "en");
	}

	static List<String> keys(SignUp signUp) {
		return AccountRules.check(signUp).stream().map(error -> error.field() + ":" + error.messageKey()).toList();
	}

	static List<String> passwordKeys(String password) {
		List<FieldError> errors = new ArrayList<>();
		AccountRules.password(errors, "password", password, "alex.smith@acme.example");
		return errors.stream().map(FieldError::messageKey).toList();
	}

	@Test
	@DisplayName("A complete sign-up passes")
	void validPasses() {
		assertThat(AccountRules.check(valid())).isEmpty();
	}

	@Test
	@DisplayName("Empty fields are each reported as required")
	void requiredFields() {
		SignUp empty = new SignUp("", "", "", "", false, Set.of(), false, false, false, null, "", "", "", "en");
		assertThat(keys(empty)).contains("legalName:validation.required", "postalAddress:validation.required",
				"country:validation.required", "functionalEmail:validation.required", "roles:signUp.error.roles",
				"userName:validation.required", "loginEmail:validation.required", "password:validation.required");
	}

	@Test
	@DisplayName("Art 22: a provider established outside the EU must name its authorised representative")
	void thirdCountryProviderNeedsRepresentative() {
		SignUp thirdCountry = new SignUp("Acme Inc.", "1 Main St, Springfield", "US", "ai@acme.example", false,
				Set.of(OrganisationRole.PROVIDER), false, false, false, null, "Alex", "alex@acme.example",
				"correct horse battery", "en");
		assertThat(keys(thirdCountry))
			.containsExactly("authorisedRepresentative:signUp.error.authorisedRepresentative");
		SignUp named = new SignUp("Acme Inc.", "1 Main St", "US", "ai@acme.example", false,
				Set.of(OrganisationRole.PROVIDER), false, false, false, OrganisationId.random(), "Alex",
				"alex@acme.example", "correct horse battery", "en");
		assertThat(AccountRules.check(named)).isEmpty();
		SignUp deployer = new SignUp("Acme Inc.", "1 Main St", "US", "ai@acme.example", false,
				Set.of(OrganisationRole.DEPLOYER), false, false, false, null, "Alex", "alex@acme.example",
				"correct horse battery", "en");
		assertThat(AccountRules.check(deployer)).as("only providers need one").isEmpty();
	}

	@Test
	@DisplayName("A seat in a Member State means established in the EU; unknown countries and authority role are refused")
	void countryRules() {
		SignUp seatInEu = new SignUp("A", "B", "FR", "a@b.example", false, Set.of(OrganisationRole.DEPLOYER), false,
				false, false, null, "N", "n@b.example", "correct horse battery", "en");
		assertThat(keys(seatInEu)).containsExactly("establishedInEu:signUp.error.seatInEu");
		SignUp unknown = new SignUp("A", "B", "XX", "a@b.example", false, Set.of(OrganisationRole.DEPLOYER), false,
				false, false, null, "N", "n@b.example", "correct horse battery", "en");
		assertThat(keys(unknown)).containsExactly("country:signUp.error.country");
		SignUp authority = new SignUp("A", "B", "DE", "a@b.example", true, Set.of(OrganisationRole.AUTHORITY), false,
				false, false, null, "N", "n@b.example", "correct horse battery", "en");
		assertThat(keys(authority)).containsExactly("roles:signUp.error.authority");
		assertThat(AccountRules.isEuCountry("GR")).isTrue();
		assertThat(AccountRules.isEuCountry("CH")).isFalse();
	}

	@Test
	@DisplayName("Email addresses must look like addresses")
	void emails() {
		List<FieldError> errors = new ArrayList<>();
		AccountRules.email(errors, "loginEmail", "not-an-address");
		AccountRules.email(errors, "loginEmail", "a@b");
		AccountRules.email(errors, "loginEmail", " ok@example.org ");
		assertThat(errors).extracting(FieldError::messageKey)
			.containsExactly("signUp.error.email", "signUp.error.email");
	}

	@Test
	@DisplayName("Passwords: at least 12 characters, at most 72 bytes, not trivial, not the login address")
	void passwords() {
		assertThat(passwordKeys("short1!")).containsExactly("password.error.tooShort");
		assertThat(passwordKeys("ä".repeat(40))).containsExactly("password.error.tooLong");
		assertThat(passwordKeys("aaaaaaaaaaaaaaaa")).containsExactly("password.error.trivial");
		assertThat(passwordKeys("my alex.smith password")).containsExactly("password.error.containsEmail");
		assertThat(passwordKeys("correct horse battery")).isEmpty();
	}

	@Test
	@DisplayName("Tokens are unguessable (256 bits, URL-safe), unique, and stored only as SHA-256")
	void tokens() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			tokens.add(AccountTokens.newToken());
		}
		assertThat(tokens).hasSize(1000);
		String token = tokens.iterator().next();
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(AccountTokens.hash(token)).matches("[0-9a-f]{64}")
			.isEqualTo(AccountTokens.hash(token))
			.isNotEqualTo(token);
		assertThat(TokenPurpose.VERIFY_EMAIL.validity()).isPositive();
	}

	static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> establishment() {
		return java.util.stream.Stream.of(
				org.junit.jupiter.params.provider.Arguments.of(
						"Art 22(1): a US seat answering 'established in the EU' without an address is refused", "US",
						true, "", null,
						List.of("euEstablishmentAddress:signUp.error.euEstablishmentAddress",
								"authorisedRepresentative:signUp.error.authorisedRepresentative"),
						false),
				org.junit.jupiter.params.provider.Arguments.of(
						"Art 22(1): a US seat with a named EU establishment is established in the Union", "US", true,
						"Rue de la Loi 1, 1000 Brussels", null, List.of(), true),
				org.junit.jupiter.params.provider.Arguments.of(
						"Art 22(1): a US seat without EU establishment names its authorised representative", "US",
						false, "", null, List.of("authorisedRepresentative:signUp.error.authorisedRepresentative"),
						false),
				org.junit.jupiter.params.provider.Arguments.of(
						"Art 22(1): a German seat is established in the Union whatever else is said", "DE", true, "",
						null, List.of(), true));
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.MethodSource("establishment")
	@DisplayName("Art 22(1): establishment in the Union follows from the seat or a named establishment")
	void establishmentFromSeat(String article, String country, boolean answeredYes, String address,
			OrganisationId representative, List<String> problems, boolean establishedInUnion) {
		SignUp signUp = new SignUp("Acme", "1 Main St", country, "ai@acme.example", answeredYes,
				Set.of(OrganisationRole.PROVIDER), false, false, false, representative, "Alex", "alex@acme.example",
				"correct horse battery", "en", address);
		assertThat(keys(signUp)).containsExactlyElementsOf(problems);
		assertThat(signUp.establishedInUnion()).isEqualTo(establishedInUnion);
		assertThat(signUp.needsAuthorisedRepresentative()).isEqualTo(!establishedInUnion);
	}

}
