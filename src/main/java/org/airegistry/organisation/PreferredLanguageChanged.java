package org.airegistry.organisation;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.UserId;

/**
 * A user's language for pages and mails changed.
 *
 * @param user the account
 * @param language the language tag recorded
 */
public record PreferredLanguageChanged(UserId user, String language) implements DomainEvent {
}
