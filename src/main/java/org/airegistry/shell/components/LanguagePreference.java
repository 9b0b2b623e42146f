package org.airegistry.shell.components;

import java.util.Locale;
import java.util.Optional;

/**
 * The logged-in user's preferred language (their profile): the UI uses it when no
 * {@code lang} parameter asks for another, and mails to the user are written in it. The
 * organisation module keeps it with the account.
 */
public interface LanguagePreference {

	/** The current user's preferred language; empty for visitors. */
	Optional<Locale> current();

	/** Records the language the current user chose; does nothing for visitors. */
	void rememberForCurrentUser(Locale language);

}
