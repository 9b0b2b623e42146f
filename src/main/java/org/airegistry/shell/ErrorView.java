package org.airegistry.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Anything unexpected during navigation: the visitor gets a plain apology in their
 * language, never a stack trace; the log gets the details.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ErrorView extends Main implements HasErrorParameter<Exception> {

	private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		if (parameter.getCaughtException() instanceof org.airegistry.shared.NotFoundException) {
			return ErrorPage.NOT_FOUND.fill(this, this::getTranslation);
		}
		if (org.airegistry.shared.Outages.databaseUnavailable(parameter.getCaughtException())) {
			// an outage, not a defect: one line in the log, 503 and a plain message
			log.warn("Navigation to '{}' failed: database unavailable ({})", event.getLocation().getPath(),
					parameter.getCaughtException().getClass().getSimpleName());
			return ErrorPage.DATABASE_UNAVAILABLE.fill(this, this::getTranslation);
		}
		log.error("Navigation to '{}' failed", event.getLocation().getPath(), parameter.getCaughtException());
		return ErrorPage.INTERNAL.fill(this, this::getTranslation);
	}

}
