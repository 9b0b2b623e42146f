package org.airegistry.demo.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Registers the demo-only routes ({@code /dev/mailbox}) when, and only when, demo mode is
 * on: outside the demo they are not routes at all, so no setting or mistake in a view can
 * open them.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
public class DemoRoutes implements VaadinServiceInitListener {

	static final String MAILBOX = "dev/mailbox";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		RouteConfiguration routes = RouteConfiguration
			.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
		if (!routes.isPathAvailable(MAILBOX)) {
			routes.setRoute(MAILBOX, DevMailboxView.class);
		}
	}

}
