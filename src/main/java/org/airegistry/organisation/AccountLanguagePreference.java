package org.airegistry.organisation;

import java.util.Locale;
import java.util.Optional;

import org.airegistry.organisation.persistence.AccountRepository;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.i18n.Languages;
import org.airegistry.shell.components.LanguagePreference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's preferred language ({@code app_user.preferred_language}): set at sign-up
 * and invitation from the language used, changed by the language switcher; the UI and the
 * user's mails follow it. Only the logged-in user's own preference is read or changed.
 */
@Component
class AccountLanguagePreference implements LanguagePreference {

	private final AccountRepository accounts;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	AccountLanguagePreference(AccountRepository accounts, CurrentActor currentActor, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.currentActor = currentActor;
		this.events = events;
	}

	/**
	 * One read, and none for anonymous visitors: every page load asks (the language is
	 * chosen before the page is written), and a visitor's page must not need the database
	 * for it.
	 */
	@Override
	public Optional<Locale> current() {
		return currentActor.current()
			.flatMap(actor -> accounts.preferredLanguage(actor.userId()))
			.map(Locale::forLanguageTag);
	}

	@Override
	@Transactional
	public void rememberForCurrentUser(Locale language) {
		currentActor.current().ifPresent(actor -> {
			String recorded = Languages.recordable(language);
			if (accounts.updatePreferredLanguage(actor.userId(), recorded)) {
				events.publishEvent(new PreferredLanguageChanged(actor.userId(), recorded));
			}
		});
	}

}
