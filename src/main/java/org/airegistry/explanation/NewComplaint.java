package org.airegistry.explanation;

import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * What a person files as a complaint to the market surveillance authority (Art 85).
 *
 * @param memberState the Member State whose authority should handle it (routing)
 * @param kind natural or legal person
 * @param complainant the complainant's name or the legal person's name (optional; only
 * the authority sees it)
 * @param operator the provider, deployer or other operator complained about, as the
 * person names it
 * @param registrationNumber a public entry the complaint is about; empty when none
 * @param infringement why the person considers that the Regulation has been infringed
 * @param email where the person receives the confirmation and tracking links
 * @param language the person's language for mails
 */
public record NewComplaint(@Nullable MemberState memberState, @Nullable ComplainantKind kind, String complainant,
		String operator, String registrationNumber, String infringement, String email, String language) {

}
