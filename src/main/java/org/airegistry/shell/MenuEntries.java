package org.airegistry.shell;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The menu entries the current visitor may open, computed once per kind of visitor.
 * <p>
 * Vaadin's {@link MenuConfiguration#getMenuEntries()} checks access to every menu route
 * on every call, and each check rebuilds the list of registered routes and looks the
 * roles checker up through the class path. Every page builds the layout, so at saturation
 * this took 27 % of the portal's CPU samples (load test run 3 in
 * {@code src/docs/benchmarks.md}). Access to a menu route is decided by the view's access
 * annotations, i.e. by whether the visitor is signed in and by the authorities granted,
 * so those are the key; the entries themselves are immutable records.
 */
@Component
public class MenuEntries {

	/** Not an authority any account can hold: marks a signed-in visitor. */
	private static final String SIGNED_IN = "\u0000signed-in";

	/**
	 * Roles × competences give a few dozen combinations; the bound only guards memory.
	 */
	private final Cache<Set<String>, List<MenuEntry>> entries = Caffeine.newBuilder().maximumSize(512).build();

	/** The entries for the visitor of the current request, in the menu's order. */
	public List<MenuEntry> forCurrentVisitor() {
		return this.entries.get(key(SecurityContextHolder.getContext().getAuthentication()),
				key -> List.copyOf(MenuConfiguration.getMenuEntries()));
	}

	static Set<String> key(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Set.of();
		}
		Set<String> key = new TreeSet<>();
		key.add(SIGNED_IN);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			key.add(String.valueOf(authority.getAuthority()));
		}
		return Set.copyOf(key);
	}

}
