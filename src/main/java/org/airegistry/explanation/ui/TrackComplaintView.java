package org.airegistry.explanation.ui;

import org.airegistry.explanation.ComplaintService;
import org.airegistry.explanation.ExplanationRoutes;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The complainant's private page of one Art 85 complaint, reached only with its tracking
 * token: where it stands and the authority's outcome.
 */
@Route(ExplanationRoutes.TRACK_COMPLAINT)
@AnonymousAllowed
public class TrackComplaintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ComplaintService complaints;

	public TrackComplaintView(ComplaintService complaints) {
		this.complaints = complaints;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		add(new H1(getTranslation("complaint.track.title")));
		String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
		complaints.track(token)
			.ifPresentOrElse(
					complaint -> add(ComplaintDetails.of(this, complaint),
							new Paragraph(getTranslation("complaint.track.procedure"))),
					() -> add(new Paragraph(getTranslation("explanation.track.unknown"))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("complaint.track.title") + " · " + getTranslation("app.name");
	}

}
