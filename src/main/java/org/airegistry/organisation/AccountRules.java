package org.airegistry.organisation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.airegistry.shared.MemberState;

/**
 * The rules for sign-up, invitation and password input, shared by every channel. Each
 * rule gives a {@link FieldError} with a message key from {@code i18n/organisation}.
 */
public final class AccountRules {

	/** Minimum password length in characters. */
	public static final int PASSWORD_MIN = 12;

	/** BCrypt only uses the first 72 bytes: longer passwords are refused, not cut. */
	public static final int PASSWORD_MAX_BYTES = 72;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	private AccountRules() {
	}

	/** All problems of a sign-up, empty when it is acceptable. */
	public static List<FieldError> check(SignUp signUp) {
		List<FieldError> errors = new ArrayList<>();
		text(errors, "legalName", signUp.legalName(), 300);
		text(errors, "postalAddress", signUp.postalAddress(), 1000);
		if (signUp.country().isBlank()) {
			errors.add(new FieldError("country", "validation.required"));
		}
		else if (!ISO_COUNTRIES.contains(signUp.country())) {
			errors.add(new FieldError("country", "signUp.error.country"));
		}
		else if (isEuCountry(signUp.country()) && !signUp.establishedInEu()) {
			errors.add(new FieldError("establishedInEu", "signUp.error.seatInEu"));
		}
		else if (!isEuCountry(signUp.country()) && signUp.establishedInEu()
				&& signUp.euEstablishmentAddress().isEmpty()) {
			// Art 22(1): a seat outside the Union with an establishment inside names it
			errors.add(new FieldError("euEstablishmentAddress", "signUp.error.euEstablishmentAddress"));
		}
		if (signUp.euEstablishmentAddress().length() > 1000) {
			errors.add(new FieldError("euEstablishmentAddress", "validation.tooLong", 1000,
					signUp.euEstablishmentAddress().length()));
		}
		email(errors, "functionalEmail", signUp.functionalEmail());
		if (signUp.roles().isEmpty()) {
			errors.add(new FieldError("roles", "signUp.error.roles"));
		}
		else if (signUp.roles().contains(OrganisationRole.AUTHORITY)) {
			errors.add(new FieldError("roles", "signUp.error.authority"));
		}
		if (signUp.needsAuthorisedRepresentative() && signUp.authorisedRepresentative() == null) {
			errors.add(new FieldError("authorisedRepresentative", "signUp.error.authorisedRepresentative"));
		}
		text(errors, "userName", signUp.userName(), 200);
		email(errors, "loginEmail", signUp.loginEmail());
		password(errors, "password", signUp.password(), signUp.loginEmail());
		return errors;
	}

	/** Whether the ISO code names a Member State of the Union. */
	public static boolean isEuCountry(String isoCode) {
		return MemberState.fromCode(isoCode).map(state -> state.isoCode().equals(isoCode)).orElse(false);
	}

	static void text(List<FieldError> errors, String field, String value, int max) {
		if (value.isBlank()) {
			errors.add(new FieldError(field, "validation.required"));
		}
		else if (value.length() > max) {
			errors.add(new FieldError(field, "validation.tooLong", max, value.length()));
		}
		FreeText.check(errors, field, value);
	}

	/** A required e-mail address of at most 320 characters. */
	public static void email(List<FieldError> errors, String field, String value) {
		String email = value.strip();
		if (email.isEmpty()) {
			errors.add(new FieldError(field, "validation.required"));
		}
		else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
			errors.add(new FieldError(field, "signUp.error.email"));
		}
	}

	/**
	 * Password rules: length, BCrypt's byte limit, not the login address, not trivial.
	 */
	public static void password(List<FieldError> errors, String field, String password, String loginEmail) {
		if (password.isEmpty()) {
			errors.add(new FieldError(field, "validation.required"));
			return;
		}
		if (password.codePointCount(0, password.length()) < PASSWORD_MIN) {
			errors.add(new FieldError(field, "password.error.tooShort", PASSWORD_MIN));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
			errors.add(new FieldError(field, "password.error.tooLong", PASSWORD_MAX_BYTES));
		}
		else if (password.codePoints().distinct().count() < 5) {
			errors.add(new FieldError(field, "password.error.trivial"));
		}
		else {
			String lower = password.toLowerCase(Locale.ROOT);
			String email = loginEmail.strip().toLowerCase(Locale.ROOT);
			String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
			if (!email.isEmpty() && (lower.contains(email) || (local.length() >= 4 && lower.contains(local)))) {
				errors.add(new FieldError(field, "password.error.containsEmail"));
			}
		}
	}

}
