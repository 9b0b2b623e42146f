package org.airegistry.registry;

import java.util.ArrayList;
import java.util.List;

import org.airegistry.organisation.AccountRules;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;

/**
 * The authorised representative a provider names for an entry (Art 22(3), Annex VIII
 * A.3): where the invitation goes, and which organisation the provider means.
 *
 * @param email the representative's e-mail address
 * @param organisation the representative organisation's name as the provider knows it
 */
public record MandateRequest(String email, String organisation) {

	/** Longest organisation name accepted. */
	public static final int ORGANISATION_MAX = 300;

	public MandateRequest {
		email = email == null ? "" : email.strip();
		organisation = organisation == null ? "" : organisation.strip();
	}

	/** An empty request, for a new form. */
	public static MandateRequest empty() {
		return new MandateRequest("", "");
	}

	/** The problems of the request, each on its field; empty when acceptable. */
	public List<FieldError> problems() {
		List<FieldError> problems = new ArrayList<>();
		AccountRules.email(problems, "email", email);
		if (organisation.isEmpty()) {
			problems.add(new FieldError("organisation", "validation.required"));
		}
		else if (organisation.length() > ORGANISATION_MAX) {
			problems.add(new FieldError("organisation", "validation.tooLong", ORGANISATION_MAX, organisation.length()));
		}
		FreeText.check(problems, "organisation", organisation);
		return problems;
	}

}
