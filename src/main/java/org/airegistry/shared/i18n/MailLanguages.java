package org.airegistry.shared.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * One rule for the language of every mail: the recipient's recorded language (an
 * account's preferred language, an explanation requester's or reporter's language when
 * filing), else the language of the organisation's Member State (for Belgium Dutch, then
 * French), else English; only offered languages count.
 */
public final class MailLanguages {

	private MailLanguages() {
	}

	/**
	 * @param recorded the recipient's recorded language (e.g. {@code pl}), null when the
	 * recipient is an organisation's mailbox
	 * @param country the organisation's country code (EU or ISO), null when unknown
	 */
	public static Locale of(@Nullable String recorded, @Nullable String country) {
		return of(Translations.standard(), recorded, country);
	}

	/** {@link #of(String, String)} among the languages of the given translations. */
	static Locale of(Translations translations, @Nullable String recorded, @Nullable String country) {
		List<@Nullable Locale> candidates = new ArrayList<>();
		if (recorded != null && !recorded.isBlank()) {
			candidates.add(Locale.forLanguageTag(recorded.strip()));
		}
		if (country != null && !country.isBlank()) {
			MemberState.fromCode(country).ifPresent(state -> candidates.addAll(state.languages()));
		}
		return translations.firstOffered(candidates);
	}

}
