package org.airegistry.notification;

import java.util.Locale;

import org.airegistry.shared.i18n.MailLanguages;
import org.jspecify.annotations.Nullable;

/**
 * Where a mail goes and the language it is written in: the recipient's recorded language,
 * else its organisation's Member State's, else English (the one rule of
 * {@link MailLanguages}).
 *
 * @param address the recipient's address (never logged)
 * @param language the language of the mail
 */
public record MailRecipient(String address, Locale language) {

	/**
	 * A recipient whose language follows {@link MailLanguages#of(String, String)}.
	 * @param recorded the language the recipient chose (an account's, a requester's),
	 * null when none is known
	 * @param country the country code of the recipient's organisation, null when unknown
	 */
	public static MailRecipient of(String address, @Nullable String recorded, @Nullable String country) {
		return new MailRecipient(address, MailLanguages.of(recorded, country));
	}

}
