package org.airegistry.shell;

import java.util.List;

import org.airegistry.shell.components.PublicDocument;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Public read-only pages keep no more in the server's memory than they need (DD037).
 * Vaadin keeps each UI's last response to resend it if the browser repeats a request; for
 * a page that is a {@link PublicDocument} that copy (the whole rendered view, the largest
 * object of such a UI) is replaced after each update by the small answer that makes the
 * browser reload the page, which the first response then serves complete: nothing to lose
 * on a page that only reads.
 */
@Component
class LightSessions implements VaadinServiceInitListener, VaadinRequestInterceptor {

	/** Responses up to this size are kept as they are. */
	static final int KEEP_UP_TO = 2_048;

	private static final String RELOAD = VaadinService.createCriticalNotificationJSON(null, null, null, null);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addVaadinRequestInterceptor(this);
	}

	@Override
	public void requestStart(VaadinRequest request, VaadinResponse response) {
		// nothing to prepare
	}

	@Override
	public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception t) {
		// Vaadin reports it
	}

	@Override
	public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
		if (session == null || !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
			return;
		}
		session.lock();
		try {
			for (UI ui : session.getUIs()) {
				String kept = ui.getInternals().getLastRequestResponse();
				if (kept != null && kept.length() > KEEP_UP_TO && showsPublicDocument(ui)) {
					ui.getInternals().setLastRequestResponse(RELOAD);
				}
			}
		}
		finally {
			session.unlock();
		}
	}

	private static boolean showsPublicDocument(UI ui) {
		List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
		return !chain.isEmpty() && chain.getFirst() instanceof PublicDocument;
	}

}
