package org.airegistry.explanation.ui;

import org.airegistry.explanation.ComplaintService;
import org.airegistry.explanation.ExplanationRoutes;

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
 * Opens the confirmation link of an Art 85 complaint: it reaches the authority and the
 * person gets the private tracking link.
 */
@Route(ExplanationRoutes.VERIFY_COMPLAINT)
@AnonymousAllowed
public class VerifyComplaintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ComplaintService complaints;

	public VerifyComplaintView(ComplaintService complaints) {
		this.complaints = complaints;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		add(new H1(getTranslation("complaint.verify.title")));
		String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
		var verified = complaints.verify(token);
		if (verified.isEmpty()) {
			add(new Paragraph(getTranslation("explanation.verify.invalid")));
			return;
		}
		Paragraph status = new Paragraph(getTranslation("complaint.verify.done", verified.get().reference()));
		status.getElement().setAttribute("role", "status");
		add(status, new Paragraph(getTranslation("explanation.verify.keep")),
				new Anchor(ExplanationRoutes.TRACK_COMPLAINT + "?token=" + verified.get().trackingToken(),
						getTranslation("complaint.verify.track")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("complaint.verify.title") + " · " + getTranslation("app.name");
	}

}
