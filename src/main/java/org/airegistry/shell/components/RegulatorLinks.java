package org.airegistry.shell.components;

import java.util.Optional;

import org.airegistry.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/**
 * Links that only a regulator sees on pages everyone sees, such as "Moderate entry" on a
 * public entry page (issue 21): the moderation page was linked from nowhere. The page
 * behind the link checks the role again.
 */
public final class RegulatorLinks {

	/** Where a regulator moderates an entry (flag, correction request, suspension). */
	public static final String MODERATION_ROUTE = "oversight/moderation/";

	private RegulatorLinks() {
	}

	/** Whether the current user is a regulator (market surveillance authority). */
	public static boolean viewerIsRegulator() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> ("ROLE_" + Role.Names.REGULATOR).equals(authority.getAuthority()));
	}

	/** The "Moderate entry …" link for a regulator; empty for everyone else. */
	public static Optional<Anchor> moderate(Component view, String registrationNumber) {
		if (!viewerIsRegulator()) {
			return Optional.empty();
		}
		Anchor link = new Anchor(MODERATION_ROUTE + registrationNumber,
				view.getTranslation("moderation.link", registrationNumber));
		link.addClassName("moderate-link");
		return Optional.of(link);
	}

}
