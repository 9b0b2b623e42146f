package org.airegistry.registry;

import java.util.Locale;

import org.airegistry.publication.Translator;
import org.airegistry.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for Annex VIII A.3 / B.3 (Art 22(3), DD067): what a published version
 * holds, and how the public page, the API and the downloads show it. Only a confirmed
 * mandate names the representative, by its own organisation record (legal name, postal
 * address, country, functional e-mail), never by what the provider typed; an unconfirmed
 * or declined mandate is published as a statement without a name.
 */
public final class AuthorisedRepresentativeText {

	/** Stored in a version whose representative has not confirmed its mandate yet. */
	public static final String PENDING = "mandate:pending";

	/** Stored in a version whose named representative declined its mandate. */
	public static final String DECLINED = "mandate:declined";

	private AuthorisedRepresentativeText() {
	}

	/**
	 * What a new version stores in A.3 for the entry's current mandate: empty when none
	 * is named (or it was withdrawn).
	 */
	public static String stored(@Nullable RepresentativeMandate mandate) {
		if (mandate == null) {
			return "";
		}
		return switch (mandate.state()) {
			case CONFIRMED -> mandate.representative() == null ? PENDING : mandate.representative().asText();
			case INVITED -> PENDING;
			case DECLINED -> DECLINED;
			case WITHDRAWN -> "";
		};
	}

	/** A stored A.3 value as the reader sees it, in the reader's language. */
	public static String shown(String stored, Translator translate) {
		return switch (stored) {
			case PENDING -> translate.translate("field.authorisedRepresentative.pending");
			case DECLINED -> translate.translate("field.authorisedRepresentative.declined");
			default -> stored;
		};
	}

	/** A stored A.3 value as the API and the downloads give it: in English. */
	public static String english(String stored) {
		Translations texts = Translations.standard();
		return shown(stored, (key, arguments) -> texts.text(key, Locale.ENGLISH, arguments));
	}

	/**
	 * Whether the stored value is one of the statements, not a representative's record.
	 */
	public static boolean isStatement(String stored) {
		return PENDING.equals(stored) || DECLINED.equals(stored);
	}

}
