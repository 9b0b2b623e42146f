package org.airegistry.security;

import java.util.Collection;
import java.util.stream.Stream;

import org.airegistry.shared.Competence;
import org.airegistry.shared.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a registry user: the actor plus the password hash. */
public final class RegistryUserDetails implements UserDetails, CredentialsContainer {

	private final Actor actor;

	private final boolean enabled;

	private @Nullable String passwordHash;

	public RegistryUserDetails(Actor actor, String passwordHash, boolean enabled) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		// competences are roles too (ROLE_COMPETENCE_…), so that views can require them
		return Stream
			.concat(actor.roles().stream().map(Role::authority),
					actor.competences().stream().map(Competence::authority))
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.loginEmail();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
