package org.airegistry.explanation.ui;

import java.util.Map;

import org.airegistry.explanation.Complaint;
import org.airegistry.explanation.ComplaintService;
import org.airegistry.explanation.ComplaintState;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.shared.Competence;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One Art 85 complaint filed directly, for the authority of its Member State: acknowledge
 * it, close it with an outcome the complainant reads.
 */
@Route(ExplanationRoutes.COMPLAINTS + "/direct/:reference")
@RolesAllowed(Competence.Names.COMPLAINTS)
public class DirectComplaintView extends CasePage {

	private final ComplaintService complaints;

	public DirectComplaintView(ComplaintService complaints) {
		super("complaint.title");
		this.complaints = complaints;
	}

	@Override
	protected void refresh() {
		Complaint complaint = complaints.open(reference);
		removeAll();
		add(new Anchor(ExplanationRoutes.COMPLAINTS, getTranslation("explanation.complaints.back")),
				new H1(getTranslation("complaint.title", complaint.reference())), ComplaintDetails.of(this, complaint));
		if (complaint.state() == ComplaintState.SUBMITTED) {
			Button acknowledge = new Button(getTranslation("complaint.acknowledge"),
					click -> act(() -> complaints.acknowledge(reference),
							() -> getTranslation("complaint.acknowledged"), Map.of(), false));
			add(acknowledge);
		}
		if (complaint.state() != ComplaintState.CLOSED) {
			add(closeWithOutcome(outcome -> complaints.close(reference, outcome)));
		}
	}

}
