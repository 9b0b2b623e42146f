package org.airegistry.organisation;

import java.util.ArrayList;
import java.util.List;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;

/**
 * A natural person responsible for the organisation's registrations who has legal
 * authority to represent it (Art 71(5), DD069): restricted personal data, seen by
 * regulators and the organisation's administrators only, never published.
 *
 * @param name the person's full name
 * @param function the person's function (e.g. managing director, holder of a power of
 * attorney)
 * @param email the person's e-mail address
 * @param phone the person's telephone number
 */
public record RepresentingPerson(String name, String function, String email, String phone) {

	/** Longest name and function accepted. */
	public static final int TEXT_MAX = 200;

	/** Longest telephone number accepted. */
	public static final int PHONE_MAX = 50;

	/** Most persons an organisation lists. */
	public static final int MAX_PERSONS = 5;

	public RepresentingPerson {
		name = name == null ? "" : name.strip();
		function = function == null ? "" : function.strip();
		email = email == null ? "" : email.strip();
		phone = phone == null ? "" : phone.strip();
	}

	/**
	 * The persons as regulators read them, one line: name (function), e-mail, telephone;
	 * "none listed" when empty (the approval screen and the moderation page).
	 */
	public static String describe(List<RepresentingPerson> persons, org.airegistry.publication.Translator translate) {
		if (persons.isEmpty()) {
			return translate.translate("persons.none");
		}
		return persons.stream()
			.map(person -> translate.translate("persons.line", person.name(), person.function(), person.email(),
					person.phone()))
			.collect(java.util.stream.Collectors.joining("; "));
	}

	public static RepresentingPerson empty() {
		return new RepresentingPerson("", "", "", "");
	}

	/** The problems of the person's details, each on its field; empty when acceptable. */
	public List<FieldError> problems() {
		List<FieldError> problems = new ArrayList<>();
		required(problems, "name", name, TEXT_MAX);
		required(problems, "function", function, TEXT_MAX);
		AccountRules.email(problems, "email", email);
		if (problems.stream().noneMatch(problem -> problem.field().equals("email"))) {
			// the address pattern lets control characters through
			FreeText.check(problems, "email", email);
		}
		required(problems, "phone", phone, PHONE_MAX);
		if (problems.stream().noneMatch(problem -> problem.field().equals("phone"))
				&& !phone.matches("\\+?[0-9 ()./-]{5,50}")) {
			problems.add(new FieldError("phone", "persons.error.phone"));
		}
		return problems;
	}

	private static void required(List<FieldError> problems, String field, String value, int max) {
		if (value.isEmpty()) {
			problems.add(new FieldError(field, "validation.required"));
		}
		else if (value.length() > max) {
			problems.add(new FieldError(field, "validation.tooLong", max, value.length()));
		}
		FreeText.check(problems, field, value);
	}

}
