package org.airegistry.publication;

import java.util.ArrayList;
import java.util.List;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;

/**
 * The owner's note of what changed in a version: required from the second version on,
 * reported on the field {@value #FIELD}.
 */
public final class ChangeSummary {

	/** Longest change summary accepted. */
	public static final int MAX = 1000;

	/** The field problems with a change summary are reported on. */
	public static final String FIELD = "changeSummary";

	private ChangeSummary() {
	}

	/** Problems with the (stripped) summary of a record's next version. */
	public static List<FieldError> problems(String summary, boolean republishing) {
		List<FieldError> problems = new ArrayList<>();
		if (republishing && summary.isEmpty()) {
			problems.add(new FieldError(FIELD, "publication.changeSummary.required"));
		}
		if (summary.length() > MAX) {
			problems.add(new FieldError(FIELD, "publication.changeSummary.tooLong", MAX, summary.length()));
		}
		FreeText.check(problems, FIELD, summary);
		return problems;
	}

}
