package org.airegistry.explanation.ui;

import org.airegistry.explanation.ExplanationRequest;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.RequestState;
import org.airegistry.shared.Competence;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** One complaint with the whole thread; the authority closes it with an outcome. */
@Route(ExplanationRoutes.COMPLAINTS + "/:reference")
@RolesAllowed(Competence.Names.COMPLAINTS)
public class ComplaintView extends CasePage {

	private final ExplanationService explanations;

	public ComplaintView(ExplanationService explanations) {
		super("explanation.complaint.title");
		this.explanations = explanations;
	}

	@Override
	protected void refresh() {
		ExplanationRequest request = explanations.complaint(reference);
		removeAll();
		add(new Anchor(ExplanationRoutes.COMPLAINTS, getTranslation("explanation.complaints.back")));
		add(new H1(getTranslation("explanation.complaint.title", request.reference())));
		Paragraph state = new Paragraph(getTranslation("explanation.track.state") + " ");
		state.add(RequestDetails.state(this, request));
		if (!explanations.isRegisteredDeployer(request.registrationNumber(), request.deployerId())) {
			add(RequestDetails.unregisteredDeployer(this));
		}
		add(state, RequestDetails.decision(this, request), RequestDetails.deadline(this, request),
				RequestDetails.thread(this, request));
		if (request.state() == RequestState.ESCALATED) {
			add(closeWithOutcome(outcome -> explanations.closeComplaint(reference, outcome)));
		}
	}

}
