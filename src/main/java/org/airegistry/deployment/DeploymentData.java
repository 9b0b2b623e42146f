package org.airegistry.deployment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * What a deployer registers about its use of a high-risk AI system (Annex VIII Section
 * C). The deployer's name (C.1) is its organisation's; the provider's entry (C.3) is
 * fixed when the registration is created. This record is the form's model and the JSON
 * frozen in each public version.
 *
 * @param deployerAddress C.1: the deployer's postal address
 * @param deployerContact C.1: the deployer's (functional) contact details
 * @param submitterContact C.2: name, address and contact details of whoever submits on
 * the deployer's behalf (functional contacts, no natural persons' names)
 * @param friaSummary C.4: summary of the findings of the Art 27 assessment
 * @param dpiaApplicable whether a data protection impact assessment applies (Art 26(9))
 * @param dpiaSummary C.5: summary of that assessment, where applicable
 * @param memberStates where the system is used (not in Annex VIII; added for usefulness)
 * @param useStart first day of use
 * @param useEnd last day of use, if known
 * @param registrationBasis why the deployer registers (Art 49(3), Art 26(8))
 * @param onBehalfOf the public authority the deployer acts for, with
 * {@link RegistrationBasis#ON_BEHALF_OF_PUBLIC_AUTHORITY}
 */
public record DeploymentData(String deployerAddress, String deployerContact, String submitterContact,
		String friaSummary, boolean dpiaApplicable, String dpiaSummary, Set<MemberState> memberStates,
		@Nullable LocalDate useStart, @Nullable LocalDate useEnd, @Nullable RegistrationBasis registrationBasis,
		String onBehalfOf) {

	public static final int CONTACT_MAX = 1000;

	public static final int SUMMARY_MAX = 5000;

	/**
	 * Art 49(4) and spec §1.3: a registration for a system in the non-public section
	 * holds C.1 to C.3 only.
	 */
	public static final List<String> NOT_IN_RESTRICTED_SECTION = List.of("friaSummary", "dpiaSummary", "memberStates",
			"useStart", "useEnd");

	public DeploymentData {
		deployerAddress = strip(deployerAddress);
		deployerContact = strip(deployerContact);
		submitterContact = strip(submitterContact);
		friaSummary = strip(friaSummary);
		dpiaSummary = strip(dpiaSummary);
		onBehalfOf = strip(onBehalfOf);
		memberStates = memberStates == null || memberStates.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(memberStates));
	}

	public static DeploymentData empty() {
		return new DeploymentData("", "", "", "", false, "", Set.of(), null, null, null, "");
	}

	private static String strip(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** This registration with only what the non-public section may hold (C.1 to C.3). */
	public DeploymentData minimisedForRestrictedSection() {
		return new DeploymentData(deployerAddress, deployerContact, submitterContact, "", false, "", Set.of(), null,
				null, registrationBasis, onBehalfOf);
	}

	/**
	 * Rules a draft must meet to be saved: lengths, characters and, for the non-public
	 * section, none of the items Art 49(4) excludes.
	 */
	public List<FieldError> draftProblems(boolean restricted) {
		List<FieldError> problems = new ArrayList<>();
		checkText(problems, "deployerAddress", deployerAddress, CONTACT_MAX);
		checkText(problems, "deployerContact", deployerContact, CONTACT_MAX);
		checkText(problems, "submitterContact", submitterContact, CONTACT_MAX);
		checkText(problems, "friaSummary", friaSummary, SUMMARY_MAX);
		checkText(problems, "dpiaSummary", dpiaSummary, SUMMARY_MAX);
		checkText(problems, "onBehalfOf", onBehalfOf, CONTACT_MAX);
		if (!onBehalfOf.isEmpty() && registrationBasis != RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY) {
			problems.add(new FieldError("onBehalfOf", "deployment.validation.onBehalfOf.notApplicable"));
		}
		if (useStart != null && useEnd != null && useEnd.isBefore(useStart)) {
			problems.add(new FieldError("useEnd", "deployment.validation.useEnd.beforeStart"));
		}
		if (restricted) {
			if (!friaSummary.isEmpty()) {
				problems.add(new FieldError("friaSummary", "deployment.validation.restricted.notAllowed"));
			}
			if (dpiaApplicable || !dpiaSummary.isEmpty()) {
				problems.add(new FieldError("dpiaSummary", "deployment.validation.restricted.notAllowed"));
			}
			if (!memberStates.isEmpty()) {
				problems.add(new FieldError("memberStates", "deployment.validation.restricted.notAllowed"));
			}
			if (useStart != null) {
				problems.add(new FieldError("useStart", "deployment.validation.restricted.notAllowed"));
			}
			if (useEnd != null) {
				problems.add(new FieldError("useEnd", "deployment.validation.restricted.notAllowed"));
			}
		}
		else if (!dpiaApplicable && !dpiaSummary.isEmpty()) {
			problems.add(new FieldError("dpiaSummary", "deployment.validation.dpia.notApplicable"));
		}
		return problems;
	}

	/** Rules a registration must meet to be published: everything Section C asks for. */
	public List<FieldError> publicationProblems(boolean restricted) {
		List<FieldError> problems = draftProblems(restricted);
		required(problems, "deployerAddress", deployerAddress);
		required(problems, "deployerContact", deployerContact);
		required(problems, "submitterContact", submitterContact);
		// Art 49(3): the legal basis of the registration is explicit
		if (registrationBasis == null) {
			problems.add(new FieldError("registrationBasis", "deployment.validation.basis.required"));
		}
		else if (registrationBasis == RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY) {
			required(problems, "onBehalfOf", onBehalfOf);
		}
		if (!restricted) {
			required(problems, "friaSummary", friaSummary);
			if (dpiaApplicable) {
				required(problems, "dpiaSummary", dpiaSummary);
			}
			if (memberStates.isEmpty()) {
				problems.add(new FieldError("memberStates", "deployment.validation.memberStates.required"));
			}
			if (useStart == null) {
				problems.add(new FieldError("useStart", "deployment.validation.required"));
			}
		}
		return problems;
	}

	/** Whether a summary of the fundamental-rights impact assessment (C.4) is given. */
	public boolean hasFriaSummary() {
		return !friaSummary.isEmpty();
	}

	private static void required(List<FieldError> problems, String field, String value) {
		if (value.isEmpty()) {
			problems.add(new FieldError(field, "deployment.validation.required"));
		}
	}

	private static void checkText(List<FieldError> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.add(new FieldError(field, "deployment.validation.tooLong", max, value.length()));
		}
		FreeText.check(problems, field, value);
	}

}
