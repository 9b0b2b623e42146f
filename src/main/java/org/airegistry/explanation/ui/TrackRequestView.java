package org.airegistry.explanation.ui;

import java.util.Map;
import java.util.Optional;

import org.airegistry.explanation.ExplanationRequest;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.RequestAction;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The person's private page of one request, reached only with its tracking token (no
 * account): state, how the due date was computed, the thread, and what the person can do
 * now (give requested information, complain to the authority, close).
 */
@Route(ExplanationRoutes.TRACK)
@AnonymousAllowed
public class TrackRequestView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ExplanationService explanations;

	private String token = "";

	public TrackRequestView(ExplanationService explanations) {
		this.explanations = explanations;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
		refresh();
	}

	private void refresh() {
		removeAll();
		add(new H1(getTranslation("explanation.track.title")));
		Optional<ExplanationRequest> found = explanations.track(token);
		if (found.isEmpty()) {
			add(new Paragraph(getTranslation("explanation.track.unknown")));
			return;
		}
		ExplanationRequest request = found.get();
		Paragraph state = new Paragraph(getTranslation("explanation.track.state") + " ");
		state.add(RequestDetails.state(this, request),
				RequestDetails.overdueMarker(this, request.overdue(), request.longOverdue()));
		add(state, new Paragraph(getTranslation("explanation.state.help." + request.state().name())));
		if (request.personActions().contains(RequestAction.PROVIDE_INFORMATION)) {
			add(provideInformation());
		}
		add(RequestDetails.deadline(this, request), RequestDetails.thread(this, request));
		if (request.personActions().contains(RequestAction.ESCALATE)) {
			add(escalate(request));
		}
		if (request.personActions().contains(RequestAction.CLOSE)) {
			Button close = new Button(getTranslation("explanation.track.close"),
					click -> act(() -> explanations.close(token), "explanation.track.closed", Map.of()));
			add(new Section(new H2(getTranslation("explanation.track.close.title")), close));
		}
		if (!explanations.isRegisteredDeployer(request.registrationNumber(), request.deployerId())) {
			add(RequestDetails.unregisteredDeployer(this));
		}
		add(RequestDetails.decision(this, request));
		add(new Paragraph(getTranslation("explanation.privacy")));
	}

	private Section provideInformation() {
		TextArea text = new TextArea(getTranslation("explanation.track.information"));
		text.setMaxLength(explanations.maxTextLength());
		text.setWidthFull();
		Button send = new Button(getTranslation("explanation.track.information.send"));
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		send.addClickListener(click -> act(() -> explanations.provideInformation(token, text.getValue()),
				"explanation.track.information.sent", Map.of("information", text)));
		return new Section(new H2(getTranslation("explanation.track.information.title")), text, send);
	}

	private Section escalate(ExplanationRequest request) {
		TextArea statement = new TextArea(getTranslation("explanation.track.statement"));
		statement.setHelperText(getTranslation("explanation.track.statement.help"));
		statement.setMaxLength(explanations.maxTextLength());
		statement.setWidthFull();
		Button complain = new Button(getTranslation("explanation.track.escalate"));
		complain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		complain.addClickListener(click -> act(() -> explanations.escalate(token, statement.getValue()),
				"explanation.track.escalated", Map.of("statement", statement)));
		String why = request.overdue() ? "explanation.track.escalate.overdue" : "explanation.track.escalate.response";
		return new Section(new H2(getTranslation("explanation.track.escalate.title")),
				new Paragraph(getTranslation(why)), statement, complain);
	}

	private void act(Runnable action, String success, Map<String, TextArea> fields) {
		try {
			action.run();
			Problems.success(getTranslation(success));
			refresh();
		}
		catch (InvalidInputException ex) {
			Problems.show(ex, fields, error -> Problems.translate(this, error));
		}
		catch (ActionRefusedException ex) {
			Problems.error(getTranslation(ex.messageKey()));
			refresh();
		}
		catch (NotFoundException ex) {
			refresh();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("explanation.track.title") + " · " + getTranslation("app.name");
	}

}
