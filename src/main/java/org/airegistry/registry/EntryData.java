package org.airegistry.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.MemberState;

/**
 * The content of an AI system entry that the provider fills in (Annex VIII Section A).
 * This record is the form's model, the JSON stored for each version, and what the public
 * sees.
 *
 * @param tradeName Annex VIII A.4: trade name and any additional unambiguous reference
 * @param intendedPurpose Annex VIII A.5: description of the intended purpose
 * @param memberStates Annex VIII A.10: Member States in which the system is placed on the
 * market, put into service or made available
 */
public record EntryData(String tradeName, String intendedPurpose, Set<MemberState> memberStates) {

	public static final int TRADE_NAME_MAX = 200;

	public static final int INTENDED_PURPOSE_MAX = 5000;

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	public EntryData {
		tradeName = tradeName == null ? "" : tradeName.strip();
		intendedPurpose = intendedPurpose == null ? "" : intendedPurpose.strip();
		memberStates = memberStates == null || memberStates.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(memberStates));
	}

	public static EntryData empty() {
		return new EntryData("", "", Set.of());
	}

	/**
	 * Rules a draft must meet to be saved: lengths and characters. Missing content is
	 * allowed in a draft.
	 */
	public List<FieldError> draftProblems() {
		List<FieldError> problems = new ArrayList<>();
		if (tradeName.isEmpty()) {
			problems.add(new FieldError("tradeName", "validation.required"));
		}
		checkText(problems, "tradeName", tradeName, TRADE_NAME_MAX);
		checkText(problems, "intendedPurpose", intendedPurpose, INTENDED_PURPOSE_MAX);
		return problems;
	}

	/**
	 * Rules an entry must meet to be published: everything the law asks for is present.
	 */
	public List<FieldError> publicationProblems() {
		List<FieldError> problems = draftProblems();
		if (intendedPurpose.isEmpty()) {
			problems.add(new FieldError("intendedPurpose", "validation.required"));
		}
		if (memberStates.isEmpty()) {
			problems.add(new FieldError("memberStates", "validation.memberStates.required"));
		}
		return problems;
	}

	private static void checkText(List<FieldError> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.add(new FieldError(field, "validation.tooLong", max, value.length()));
		}
		if (CONTROL_CHARACTERS.matcher(value).find()) {
			problems.add(new FieldError(field, "validation.controlCharacters"));
		}
	}

}
