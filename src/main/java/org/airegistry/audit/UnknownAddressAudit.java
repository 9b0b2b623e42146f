package org.airegistry.audit;

import java.io.IOException;

import org.airegistry.security.CurrentActor;
import org.airegistry.security.VaadinRoutes;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps probing visible in the trail. Addresses that are no page are let through the
 * security chain to the 404 page for everyone (DD035), so a scanner's requests for
 * {@code /wp-admin/…} or {@code /.git/config} no longer raise a permission denial; an
 * anonymous request answered 404 there is counted with the anonymous refusals instead,
 * one {@code anonymous.denied} row per minute with the most frequent paths (DD041).
 * Signed-in visitors' mistyped addresses are not audited.
 */
@Component
class UnknownAddressAudit extends OncePerRequestFilter implements Ordered {

	/** Inside Spring Security's filter chain (order -100), where the visitor is known. */
	static final int ORDER = 0;

	private final AuditRecorder recorder;

	private final CurrentActor currentActor;

	UnknownAddressAudit(AuditRecorder recorder, CurrentActor currentActor) {
		this.recorder = recorder;
		this.currentActor = currentActor;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND && VaadinRoutes.isUnknownPage(request)
				&& currentActor.current().isEmpty()) {
			recorder.anonymousRefused(request);
		}
	}

}
