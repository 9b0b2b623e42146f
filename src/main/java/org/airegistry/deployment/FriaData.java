package org.airegistry.deployment;

import java.util.ArrayList;
import java.util.List;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.jspecify.annotations.Nullable;

/**
 * The content of a fundamental-rights impact assessment (Art 27(1)(a) to (f)), with the
 * basis for the duty, cross-references to a data protection impact assessment (Art 27(4))
 * and reliance on an earlier assessment (Art 27(2)). Never public.
 *
 * @param basis why the deployer must carry out the assessment
 * @param processes (a) the deployer's processes in which the system is used
 * @param periodAndFrequency (b) period of time and frequency of intended use
 * @param affectedCategories (c) categories of natural persons and groups likely affected
 * @param specificRisks (d) specific risks of harm to those categories
 * @param humanOversight (e) how human oversight measures are implemented
 * @param mitigationGovernanceComplaints (f) measures if the risks materialise, incl.
 * internal governance and complaint mechanisms
 * @param dpiaCrossReferences sections of a DPIA referred to (Art 27(4))
 * @param priorAssessmentReference an earlier assessment relied on (Art 27(2))
 * @param art46Authorisation the market surveillance authority's authorisation under Art
 * 46(1) (reference and date), when the deployer relies on it to be exempt from notifying
 * (Art 27(3)); empty otherwise
 */
public record FriaData(@Nullable FriaBasis basis, String processes, String periodAndFrequency,
		String affectedCategories, String specificRisks, String humanOversight, String mitigationGovernanceComplaints,
		String dpiaCrossReferences, String priorAssessmentReference, String art46Authorisation) {

	/** An assessment without an Art 46(1) authorisation. */
	public FriaData(@Nullable FriaBasis basis, String processes, String periodAndFrequency, String affectedCategories,
			String specificRisks, String humanOversight, String mitigationGovernanceComplaints,
			String dpiaCrossReferences, String priorAssessmentReference) {
		this(basis, processes, periodAndFrequency, affectedCategories, specificRisks, humanOversight,
				mitigationGovernanceComplaints, dpiaCrossReferences, priorAssessmentReference, "");
	}

	public static final int ELEMENT_MAX = 10_000;

	public static final int REFERENCE_MAX = 2000;

	/** The six required elements of Art 27(1), by field name, in order (a) to (f). */
	public static final List<String> ELEMENTS = List.of("processes", "periodAndFrequency", "affectedCategories",
			"specificRisks", "humanOversight", "mitigationGovernanceComplaints");

	public FriaData {
		processes = strip(processes);
		periodAndFrequency = strip(periodAndFrequency);
		affectedCategories = strip(affectedCategories);
		specificRisks = strip(specificRisks);
		humanOversight = strip(humanOversight);
		mitigationGovernanceComplaints = strip(mitigationGovernanceComplaints);
		dpiaCrossReferences = strip(dpiaCrossReferences);
		priorAssessmentReference = strip(priorAssessmentReference);
		art46Authorisation = strip(art46Authorisation);
	}

	public static FriaData empty() {
		return new FriaData(null, "", "", "", "", "", "", "", "", "");
	}

	private static String strip(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** The value of one of the six elements by its field name. */
	public String element(String field) {
		return switch (field) {
			case "processes" -> processes;
			case "periodAndFrequency" -> periodAndFrequency;
			case "affectedCategories" -> affectedCategories;
			case "specificRisks" -> specificRisks;
			case "humanOversight" -> humanOversight;
			case "mitigationGovernanceComplaints" -> mitigationGovernanceComplaints;
			default -> throw new IllegalArgumentException(field);
		};
	}

	/** Rules a draft must meet to be saved: lengths and characters. */
	public List<FieldError> draftProblems() {
		List<FieldError> problems = new ArrayList<>();
		for (String field : ELEMENTS) {
			checkText(problems, field, element(field), ELEMENT_MAX);
		}
		checkText(problems, "dpiaCrossReferences", dpiaCrossReferences, REFERENCE_MAX);
		checkText(problems, "priorAssessmentReference", priorAssessmentReference, REFERENCE_MAX);
		checkText(problems, "art46Authorisation", art46Authorisation, REFERENCE_MAX);
		return problems;
	}

	/**
	 * Rules an assessment must meet to be completed: the basis and every element (a) to
	 * (f), each missing one named with its own message.
	 */
	public List<FieldError> completionProblems() {
		List<FieldError> problems = draftProblems();
		if (basis == null) {
			problems.add(new FieldError("basis", "fria.validation.basis.required"));
		}
		for (String field : ELEMENTS) {
			if (element(field).isEmpty()) {
				problems.add(new FieldError(field, "fria.validation.element.required." + field));
			}
		}
		return problems;
	}

	private static void checkText(List<FieldError> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.add(new FieldError(field, "deployment.validation.tooLong", max, value.length()));
		}
		FreeText.check(problems, field, value);
	}

}
