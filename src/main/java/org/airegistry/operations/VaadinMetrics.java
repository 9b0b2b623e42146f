package org.airegistry.operations;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What Spring's {@code http.server.requests} cannot tell apart, since every Vaadin
 * request after the first page load goes to the same servlet path:
 * {@code airegistry.vaadin.requests} by Vaadin request type (uidl for clicks and typing,
 * heartbeat, …) and outcome, and {@code airegistry.vaadin.navigations} by view (the
 * view's class name, a fixed set).
 */
@Component
class VaadinMetrics extends OncePerRequestFilter implements VaadinServiceInitListener, Ordered {

	static final String REQUESTS = "airegistry.vaadin.requests";

	static final String NAVIGATIONS = "airegistry.vaadin.navigations";

	/** Vaadin's request types ({@code v-r}); anything else is counted as "other". */
	static final Set<String> TYPES = Set.of("uidl", "heartbeat", "push", "init", "upload", "static-file", "resync");

	private final MeterRegistry meters;

	VaadinMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public int getOrder() {
		// outermost: the time includes security and the session filters
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	/** The Vaadin request type of the request, or null for other requests. */
	static String type(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String parameter : query.split("&")) {
			if (parameter.startsWith("v-r=")) {
				String type = parameter.substring(4);
				return TYPES.contains(type) ? type : "other";
			}
		}
		return null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return type(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			Timer.builder(REQUESTS)
				.description("Vaadin requests after the first page load, by type")
				.tag("type", type(request))
				.tag("outcome", response.getStatus() < 400 ? "success" : "error")
				.publishPercentileHistogram()
				.register(meters)
				.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> {
			UI ui = init.getUI();
			ui.addAfterNavigationListener(navigation -> meters
				.counter(NAVIGATIONS, "view", ClassUtils.getUserClass(ui.getCurrentView().getClass()).getSimpleName())
				.increment());
		});
	}

}
