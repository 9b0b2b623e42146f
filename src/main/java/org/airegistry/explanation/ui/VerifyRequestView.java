package org.airegistry.explanation.ui;

import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Opens the verification link: the request goes to the deployer and the person gets the
 * private tracking link.
 */
@Route(ExplanationRoutes.VERIFY)
@AnonymousAllowed
public class VerifyRequestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ExplanationService explanations;

	public VerifyRequestView(ExplanationService explanations) {
		this.explanations = explanations;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		add(new H1(getTranslation("explanation.verify.title")));
		String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
		var verified = token.isBlank() ? java.util.Optional.<ExplanationService.Verification>empty()
				: explanations.verify(token);
		if (verified.isEmpty()) {
			add(new Paragraph(getTranslation("explanation.verify.invalid")));
			return;
		}
		String link = ExplanationRoutes.TRACK + "?token=" + verified.get().trackingToken();
		Paragraph status = new Paragraph(getTranslation("explanation.verify.done", verified.get().reference()));
		status.getElement().setAttribute("role", "status");
		add(status, new Paragraph(getTranslation("explanation.verify.keep")),
				new Anchor(link, getTranslation("explanation.verify.track")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("explanation.verify.title") + " · " + getTranslation("app.name");
	}

}
