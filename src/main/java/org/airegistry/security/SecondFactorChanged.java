package org.airegistry.security;

import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.UserId;

/**
 * A user turned the second factor on (with a confirmed code) or off.
 *
 * @param user the account
 * @param enabled whether it is on now
 */
public record SecondFactorChanged(UserId user, boolean enabled) implements DomainEvent {
}
