package org.airegistry.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * The conditions of the test that are not Annex IX data, kept with the plan for the
 * market surveillance authorities only and never published: that informed consent is
 * obtained (Art 61) and how the provider keeps its record of it — the record itself, and
 * any data of test subjects, stay with the provider — or the law-enforcement exception
 * (Art 60(4)(i)), and the safeguards for the subjects (Art 60(4)(g)-(k)).
 *
 * @param consentBasis informed consent or the law-enforcement exception
 * @param consentRecordKeeping how the consent is documented and where and how long the
 * provider keeps it (Art 61(2)); no subjects' data
 * @param consentInformationIncludesUid the information given to subjects includes the
 * test's UID and the provider's contact details (Art 61(1)(e))
 * @param safeguards protection of vulnerable subjects, oversight, reversal of outcomes,
 * withdrawal from the test (Art 60(4)(g)-(k))
 */
public record TestConduct(@Nullable ConsentBasis consentBasis, String consentRecordKeeping,
		boolean consentInformationIncludesUid, String safeguards) {

	public static final int TEXT_MAX = 2000;

	/**
	 * Contact data of persons does not belong here: the registry holds no subjects' data.
	 */
	private static final Pattern PERSONAL_CONTACT = Pattern
		.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|\\+\\d[\\d /-]{6,}\\d");

	public TestConduct {
		consentRecordKeeping = TextChecks.strip(consentRecordKeeping);
		safeguards = TextChecks.strip(safeguards);
	}

	public static TestConduct empty() {
		return new TestConduct(null, "", false, "");
	}

	/**
	 * Rules for saving: bounded texts, no e-mail addresses or telephone numbers of
	 * subjects.
	 */
	public List<FieldError> draftProblems() {
		List<FieldError> problems = new ArrayList<>();
		TextChecks.check(problems, "consentRecordKeeping", consentRecordKeeping, TEXT_MAX);
		TextChecks.check(problems, "safeguards", safeguards, TEXT_MAX);
		if (PERSONAL_CONTACT.matcher(consentRecordKeeping).find()) {
			problems.add(new FieldError("consentRecordKeeping", "testing.validation.noSubjectData"));
		}
		return problems;
	}

	/**
	 * Rules for submission: the basis is given; informed consent says how it is kept and
	 * that the subjects were given the UID (Art 61(1)(e)); the law-enforcement exception
	 * only for law-enforcement tests (Art 60(4)(i)).
	 * @param lawEnforcement whether the test is in the area of law enforcement (Annex III
	 * point 6, or point 1 used for law enforcement)
	 */
	public List<FieldError> submissionProblems(boolean lawEnforcement) {
		List<FieldError> problems = draftProblems();
		if (consentBasis == null) {
			problems.add(new FieldError("consentBasis", "validation.required"));
		}
		else if (consentBasis == ConsentBasis.INFORMED_CONSENT) {
			TextChecks.required(problems, "consentRecordKeeping", consentRecordKeeping);
			if (!consentInformationIncludesUid) {
				problems.add(new FieldError("consentInformationIncludesUid", "testing.validation.uidInConsent"));
			}
		}
		else if (!lawEnforcement) {
			problems.add(new FieldError("consentBasis", "testing.validation.lawEnforcementOnly"));
		}
		return problems;
	}

}
