package org.airegistry.explanation.ui;

import java.util.Map;

import org.airegistry.explanation.Complaint;
import org.airegistry.explanation.ComplaintService;
import org.airegistry.explanation.ComplaintState;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shared.Competence;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One Art 85 complaint filed directly, for the authority of its Member State: acknowledge
 * it, close it with an outcome the complainant reads.
 */
@Route(ExplanationRoutes.COMPLAINTS + "/direct/:reference")
@RolesAllowed(Competence.Names.COMPLAINTS)
public class DirectComplaintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ComplaintService complaints;

	private String reference = "";

	public DirectComplaintView(ComplaintService complaints) {
		this.complaints = complaints;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		reference = event.getRouteParameters().get("reference").orElse("");
		try {
			refresh();
		}
		catch (NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	private void refresh() {
		Complaint complaint = complaints.open(reference);
		removeAll();
		add(new Anchor(ExplanationRoutes.COMPLAINTS, getTranslation("explanation.complaints.back")),
				new H1(getTranslation("complaint.title", complaint.reference())), ComplaintDetails.of(this, complaint));
		if (complaint.state() == ComplaintState.SUBMITTED) {
			Button acknowledge = new Button(getTranslation("complaint.acknowledge"), click -> {
				act(() -> complaints.acknowledge(reference), "complaint.acknowledged");
			});
			add(acknowledge);
		}
		if (complaint.state() != ComplaintState.CLOSED) {
			TextArea outcome = new TextArea(getTranslation("explanation.complaint.outcome"));
			outcome.setHelperText(getTranslation("explanation.complaint.outcome.help"));
			outcome.setWidthFull();
			Button close = new Button(getTranslation("explanation.complaint.close"), click -> {
				try {
					complaints.close(reference, outcome.getValue());
					Problems.success(getTranslation("explanation.complaint.closed"));
					refresh();
				}
				catch (InvalidInputException ex) {
					Problems.show(ex, Map.of("outcome", outcome), error -> Problems.translate(this, error));
				}
				catch (ActionRefusedException ex) {
					Problems.error(getTranslation(ex.messageKey()));
				}
			});
			close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add(new Section(new H2(getTranslation("explanation.complaint.close.title")), outcome, close));
		}
	}

	private void act(Runnable action, String successKey) {
		try {
			action.run();
			Problems.success(getTranslation(successKey));
			refresh();
		}
		catch (ActionRefusedException ex) {
			Problems.error(getTranslation(ex.messageKey()));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("complaint.title", reference) + " · " + getTranslation("app.name");
	}

}
