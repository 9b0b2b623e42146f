package org.airegistry.explanation.ui;

import java.util.Map;

import org.airegistry.explanation.ExplanationRequest;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.RequestState;
import org.airegistry.shared.Competence;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** One complaint with the whole thread; the authority closes it with an outcome. */
@Route(ExplanationRoutes.COMPLAINTS + "/:reference")
@RolesAllowed(Competence.Names.COMPLAINTS)
public class ComplaintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ExplanationService explanations;

	private String reference = "";

	public ComplaintView(ExplanationService explanations) {
		this.explanations = explanations;
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
			TextArea outcome = new TextArea(getTranslation("explanation.complaint.outcome"));
			outcome.setHelperText(getTranslation("explanation.complaint.outcome.help"));
			outcome.setWidthFull();
			Button close = new Button(getTranslation("explanation.complaint.close"));
			close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			close.addClickListener(click -> {
				try {
					explanations.closeComplaint(reference, outcome.getValue());
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
			add(new Section(new H2(getTranslation("explanation.complaint.close.title")), outcome, close));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("explanation.complaint.title", reference) + " · " + getTranslation("app.name");
	}

}
