package org.airegistry.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Anything unexpected during navigation: the visitor gets a plain apology in their
 * language, never a stack trace; the log gets the details.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception> {

	private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		if (parameter.getCaughtException() instanceof org.airegistry.shared.NotFoundException) {
			return NotFoundView.render(this);
		}
		if (org.airegistry.shared.Outages.databaseUnavailable(parameter.getCaughtException())) {
			// an outage, not a defect: one line in the log, 503 and a plain message
			log.warn("Navigation to '{}' failed: database unavailable ({})", event.getLocation().getPath(),
					parameter.getCaughtException().getClass().getSimpleName());
			removeAll();
			addClassName("page");
			add(new H1(getTranslation("error.unavailable.title")),
					new Paragraph(getTranslation("error.unavailable.text")),
					new Anchor("", getTranslation("error.backHome")));
			return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
		}
		log.error("Navigation to '{}' failed", event.getLocation().getPath(), parameter.getCaughtException());
		removeAll();
		addClassName("page");
		add(new H1(getTranslation("error.internal.title")), new Paragraph(getTranslation("error.internal.text")),
				new Anchor("", getTranslation("error.backHome")));
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

}
