package org.airegistry.explanation.ui;

import java.util.Arrays;
import java.util.Map;

import org.airegistry.explanation.ExplanationRequest;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.RefusalGround;
import org.airegistry.explanation.RequestAction;
import org.airegistry.shared.Role;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One request in the deployer's inbox: the decision, the deadline, the thread and the
 * actions (acknowledge, request information, extend, answer, refuse, not eligible).
 */
@Route(ExplanationRoutes.INBOX + "/:reference")
@RolesAllowed(Role.Names.DEPLOYER)
public class DeployerRequestView extends CasePage {

	private final ExplanationService explanations;

	public DeployerRequestView(ExplanationService explanations) {
		super("explanation.request.title");
		this.explanations = explanations;
	}

	@Override
	protected void refresh() {
		ExplanationRequest request = explanations.forDeployer(reference);
		removeAll();
		add(new Anchor(ExplanationRoutes.INBOX, getTranslation("explanation.inbox.back")));
		add(new H1(getTranslation("explanation.request.title", request.reference())));
		Paragraph state = new Paragraph(getTranslation("explanation.track.state") + " ");
		state.add(RequestDetails.state(this, request),
				RequestDetails.overdueMarker(this, request.overdue(), request.longOverdue()));
		add(state);
		if (!explanations.isRegisteredDeployer(request.registrationNumber(), request.deployerId())) {
			add(RequestDetails.unregisteredDeployer(this));
		}
		add(RequestDetails.decision(this, request), RequestDetails.deadline(this, request));
		add(RequestDetails.thread(this, request));
		var actions = request.deployerActions();
		if (actions.isEmpty()) {
			return;
		}
		Section section = new Section(new H2(getTranslation("explanation.actions.title")));
		if (actions.contains(RequestAction.ACKNOWLEDGE)) {
			Button acknowledge = new Button(getTranslation("explanation.action.acknowledge"),
					click -> act("acknowledge", () -> explanations.acknowledge(reference), Map.of()));
			section.add(new Div(acknowledge));
		}
		if (actions.contains(RequestAction.ANSWER)) {
			section.add(answer());
		}
		if (actions.contains(RequestAction.REQUEST_INFORMATION)) {
			TextArea question = new TextArea(getTranslation("explanation.action.question"));
			question.setWidthFull();
			section.add(details("explanation.action.requestInformation", question,
					new Button(getTranslation("explanation.action.requestInformation.send"),
							click -> act("requestInformation",
									() -> explanations.requestInformation(reference, question.getValue()),
									Map.of("question", question)))));
		}
		if (actions.contains(RequestAction.EXTEND)) {
			IntegerField months = new IntegerField(getTranslation("explanation.action.months"));
			months.setMin(1);
			months.setMax((int) explanations.deadlineRules().maxExtension().toTotalMonths());
			months.setStepButtonsVisible(true);
			months.setValue(1);
			TextArea reason = new TextArea(getTranslation("explanation.action.extendReason"));
			reason.setWidthFull();
			section.add(
					details("explanation.action.extend",
							new Paragraph(getTranslation("explanation.action.extend.help",
									explanations.deadlineRules().maxExtension().toTotalMonths())),
							months, reason,
							new Button(getTranslation("explanation.action.extend.send"),
									click -> act("extend", () -> explanations.extend(reference,
											months.getValue() == null ? 0 : months.getValue(), reason.getValue()),
											Map.of("months", months, "reason", reason)))));
		}
		if (actions.contains(RequestAction.REFUSE)) {
			ComboBox<RefusalGround> ground = new ComboBox<>(getTranslation("explanation.action.ground"));
			ground.setItems(Arrays.asList(RefusalGround.values()));
			ground.setItemLabelGenerator(value -> getTranslation("explanation.ground." + value.name()));
			ground.setWidthFull();
			TextArea explanation = new TextArea(getTranslation("explanation.action.refusalExplanation"));
			explanation.setWidthFull();
			section.add(details("explanation.action.refuse", ground, explanation,
					new Button(getTranslation("explanation.action.refuse.send"),
							click -> act("refuse",
									() -> explanations.refuse(reference, ground.getValue(), explanation.getValue()),
									Map.of("ground", ground, "explanation", explanation)))));
		}
		if (actions.contains(RequestAction.MARK_NOT_ELIGIBLE)) {
			TextArea reason = new TextArea(getTranslation("explanation.action.notEligibleReason"));
			reason.setWidthFull();
			section.add(details("explanation.action.notEligible", reason,
					new Button(getTranslation("explanation.action.notEligible.send"),
							click -> act("notEligible",
									() -> explanations.markNotEligible(reference, reason.getValue()),
									Map.of("reason", reason)))));
		}
		add(section);
	}

	/**
	 * The answer form: both parts required; a part shorter than the configured minimum is
	 * warned about, and a second click sends it anyway.
	 */
	private Section answer() {
		TextArea role = new TextArea(getTranslation("explanation.answer.role"));
		role.setHelperText(getTranslation("explanation.answer.role.help"));
		role.setWidthFull();
		TextArea elements = new TextArea(getTranslation("explanation.answer.elements"));
		elements.setHelperText(getTranslation("explanation.answer.elements.help"));
		elements.setWidthFull();
		Checkbox partial = new Checkbox(getTranslation("explanation.answer.partial"));
		Paragraph warning = new Paragraph();
		warning.getElement().setAttribute("role", "alert");
		warning.addClassName("warning");
		Button send = new Button(getTranslation("explanation.answer.send"));
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		boolean[] warned = { false };
		send.addClickListener(click -> {
			int minimum = explanations.minimumAnswerLength();
			boolean roleShort = !role.getValue().isBlank() && role.getValue().strip().length() < minimum;
			boolean elementsShort = !elements.getValue().isBlank() && elements.getValue().strip().length() < minimum;
			if ((roleShort || elementsShort) && !warned[0]) {
				warned[0] = true;
				warning.setText(getTranslation("explanation.answer.short", minimum));
				send.setText(getTranslation("explanation.answer.sendAnyway"));
				return;
			}
			act("answer",
					() -> explanations.answer(reference, role.getValue(), elements.getValue(), partial.getValue()),
					Map.of("roleOfSystem", role, "mainElements", elements));
		});
		Section section = new Section(new H2(getTranslation("explanation.answer.title")),
				new Paragraph(getTranslation("explanation.answer.intro")), role, elements, partial, warning, send);
		section.addClassName("answer-form");
		return section;
	}

	private Details details(String key, com.vaadin.flow.component.Component... content) {
		Div body = new Div(content);
		Details details = new Details(getTranslation(key), body);
		return details;
	}

	/**
	 * Runs an action and says what happened and where the request stands now
	 * ("Explanation sent to the requester; the request is now Answered."), not just
	 * "Done." (issue 21).
	 */
	private void act(String done, Runnable action, Map<String, ? extends HasValidation> fields) {
		act(action,
				() -> getTranslation("explanation.done." + done,
						getTranslation("explanation.state." + explanations.forDeployer(reference).state().name())),
				fields, true);
	}

}
