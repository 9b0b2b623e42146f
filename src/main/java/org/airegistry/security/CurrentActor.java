package org.airegistry.security;

import java.util.Optional;

import org.airegistry.shared.NonPublicSection;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who is calling: the logged-in actor, taken from the security context; also whether they
 * may read the non-public section ({@link NonPublicSection}, DD048).
 */
@Component
public class CurrentActor implements NonPublicSection {

	private final SecurityContextHolderStrategy securityContexts;

	/**
	 * Uses the same security context strategy as Spring Security's method security in
	 * this application context (Vaadin's session-aware one), not whatever strategy
	 * another context in the same JVM installed globally.
	 */
	CurrentActor(ObjectProvider<SecurityContextHolderStrategy> strategy) {
		this.securityContexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** The logged-in actor, or empty for anonymous visitors. */
	public Optional<Actor> current() {
		Authentication authentication = securityContexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof RegistryUserDetails details) {
			return Optional.of(details.actor());
		}
		return Optional.empty();
	}

	/** The logged-in actor; access is denied for anonymous callers. */
	public Actor require() {
		return current().orElseThrow(() -> new AccessDeniedException("Login required"));
	}

	/**
	 * Whether the logged-in user may read the non-public section (Art 49(4)): the rule of
	 * {@link Actor#mayReadNonPublicSection()}; false for anonymous visitors.
	 */
	@Override
	public boolean mayReadNonPublicSection() {
		return current().map(Actor::mayReadNonPublicSection).orElse(false);
	}

}
