package org.airegistry.security;

import java.util.Collection;
import java.util.List;

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
		List<SimpleGrantedAuthority> authorities = actor.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
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
