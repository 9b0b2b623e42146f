package org.airegistry.deployment.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.airegistry.deployment.DeploymentUiRoutes;
import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaBasis;
import org.airegistry.deployment.FriaData;
import org.airegistry.deployment.FriaService;
import org.airegistry.deployment.FriaState;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.ConcurrentEditException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.ErrorSummary;
import org.airegistry.shell.components.Problems;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A deployer's fundamental-rights impact assessment of one system (Art 27): the basis for
 * the duty, the six elements (a) to (f) as guided sections, DPIA cross-references and
 * reliance on an earlier assessment; then complete it and notify the market surveillance
 * authority. Visible to the deployer and regulators only.
 */
@Route(FriaEditorView.ROUTE)
@RolesAllowed(Role.Names.DEPLOYER)
public class FriaEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = DeploymentUiRoutes.MY_DEPLOYMENTS + "/fria/:registrationNumber";

	private final FriaService frias;

	private final H1 heading = new H1();

	private final Paragraph state = new Paragraph();

	private final Div content = new Div();

	private final ComboBox<FriaBasis> basis = new ComboBox<>();

	private final Map<String, TextArea> elements = new LinkedHashMap<>();

	private final TextArea dpiaCrossReferences = new TextArea();

	private final TextField priorAssessmentReference = new TextField();

	private final Button notify = new Button();

	private final ErrorSummary problemSummary = new ErrorSummary();

	private final TextField art46Authorisation = new TextField();

	private final Button exempt = new Button();

	private @Nullable Fria fria;

	public FriaEditorView(FriaService frias) {
		this.frias = frias;
		addClassName("page");
		addClassName("fria-editor");
		state.addClassName("fria-state");
		state.getElement().setAttribute("aria-live", "polite");

		basis.setLabel(getTranslation("fria.field.basis"));
		basis.setHelperText(getTranslation("fria.field.basis.help"));
		basis.setItems(FriaBasis.values());
		basis.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		basis.setRequiredIndicatorVisible(true);
		basis.setWidthFull();
		basis.setManualValidation(true);
		content.add(new Paragraph(getTranslation("fria.intro")), basis);
		for (String element : FriaData.ELEMENTS) {
			TextArea area = new TextArea(getTranslation("fria.element." + element));
			area.setHelperText(getTranslation("fria.element." + element + ".help"));
			area.setRequiredIndicatorVisible(true);
			area.setMinRows(3);
			area.setWidthFull();
			area.setManualValidation(true);
			elements.put(element, area);
			Section section = new Section(new H2(getTranslation("fria.element." + element)), area);
			section.addClassName("fria-element");
			content.add(section);
		}
		dpiaCrossReferences.setLabel(getTranslation("fria.field.dpiaCrossReferences"));
		dpiaCrossReferences.setHelperText(getTranslation("fria.field.dpiaCrossReferences.help"));
		dpiaCrossReferences.setWidthFull();
		dpiaCrossReferences.setManualValidation(true);
		priorAssessmentReference.setLabel(getTranslation("fria.field.priorAssessmentReference"));
		priorAssessmentReference.setHelperText(getTranslation("fria.field.priorAssessmentReference.help"));
		priorAssessmentReference.setWidthFull();
		priorAssessmentReference.setManualValidation(true);
		content.add(new Section(new H2(getTranslation("fria.section.references")), dpiaCrossReferences,
				priorAssessmentReference));
		// Art 27(3), second sentence, with Art 46(1)
		art46Authorisation.setLabel(getTranslation("fria.field.art46Authorisation"));
		art46Authorisation.setHelperText(getTranslation("fria.field.art46Authorisation.help"));
		art46Authorisation.setWidthFull();
		art46Authorisation.setManualValidation(true);
		exempt.setText(getTranslation("fria.exempt"));
		exempt.addClickListener(click -> declareExempt());
		content.add(new Section(new H2(getTranslation("fria.section.exemption")), art46Authorisation, exempt));

		Button save = new Button(getTranslation("fria.save"), click -> save());
		Button complete = new Button(getTranslation("fria.complete"), click -> complete());
		complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		notify.setText(getTranslation("fria.notify"));
		notify.addClickListener(click -> confirmNotification());
		Button back = new Button(getTranslation("deployment.editor.back"),
				click -> getUI().ifPresent(ui -> ui.navigate(MyDeploymentsView.class)));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout actions = new HorizontalLayout(save, complete, notify, back);
		actions.addClassName("form-actions");
		content.add(actions);
		add(heading, state, problemSummary, content);
	}

	static String route(String registrationNumber) {
		return DeploymentUiRoutes.MY_DEPLOYMENTS + "/fria/" + registrationNumber;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String number = event.getRouteParameters().get("registrationNumber").orElse("");
		try {
			show(frias.openOrStart(number));
		}
		catch (ActionRefusedException ex) {
			fria = null;
			heading.setText(getTranslation("fria.title", number));
			state.setText(getTranslation(ex.messageKey()));
			state.getElement().setAttribute("role", "alert");
			content.setVisible(false);
		}
	}

	private void show(Fria shown) {
		fria = shown;
		fields().values().forEach(field -> field.setInvalid(false));
		heading.setText(getTranslation("fria.title", shown.providerRegistrationNumber()));
		StringBuilder text = new StringBuilder(getTranslation("fria.status",
				getTranslation(shown.state().translationKey()), shown.assessmentVersion()));
		if (shown.notifiedAt() != null) {
			text.append(' ')
				.append(getTranslation("fria.status.notified", shown.notifiedVersion(),
						Formats.dateTime(shown.notifiedAt(), getLocale())));
		}
		if (shown.state() == FriaState.UPDATE_REQUIRED) {
			text.append(' ').append(getTranslation("fria.status.updateRequired"));
		}
		state.setText(text.toString());
		notify.setEnabled(shown.state() == FriaState.COMPLETED);
		exempt.setEnabled(shown.state() == FriaState.COMPLETED);
		if (shown.state() == FriaState.EXEMPT) {
			text.append(' ').append(getTranslation("fria.status.exempt"));
			state.setText(text.toString());
		}
		FriaData data = shown.data();
		basis.setValue(data.basis());
		for (String element : FriaData.ELEMENTS) {
			elements.get(element).setValue(data.element(element));
		}
		dpiaCrossReferences.setValue(data.dpiaCrossReferences());
		priorAssessmentReference.setValue(data.priorAssessmentReference());
		art46Authorisation.setValue(data.art46Authorisation());
	}

	private FriaData read() {
		return new FriaData(basis.getValue(), elements.get("processes").getValue(),
				elements.get("periodAndFrequency").getValue(), elements.get("affectedCategories").getValue(),
				elements.get("specificRisks").getValue(), elements.get("humanOversight").getValue(),
				elements.get("mitigationGovernanceComplaints").getValue(), dpiaCrossReferences.getValue(),
				priorAssessmentReference.getValue(), art46Authorisation.getValue());
	}

	private @Nullable Fria store() {
		fields().values().forEach(field -> field.setInvalid(false));
		problemSummary.clear();
		Fria current = fria;
		if (current == null) {
			return null;
		}
		try {
			Fria saved = frias.save(current.id(), current.lockVersion(), read());
			fria = saved;
			return saved;
		}
		catch (InvalidInputException ex) {
			showProblems(ex);
		}
		catch (ConcurrentEditException ex) {
			Problems.error(getTranslation("deployment.editor.concurrentEdit"));
		}
		return null;
	}

	private void save() {
		Fria saved = store();
		if (saved != null) {
			Problems.success(getTranslation("fria.saved"));
			show(saved);
		}
	}

	private void complete() {
		saveThen(saved -> frias.complete(saved.id(), saved.lockVersion()),
				done -> getTranslation("fria.completed", done.assessmentVersion()));
	}

	/**
	 * Notifying the authority cannot be taken back (Art 27(3)): say what is sent, of
	 * which version, and to whom, and notify only when confirmed (issue 21).
	 */
	private void confirmNotification() {
		Fria current = fria;
		if (current == null) {
			return;
		}
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.addClassName("fria-notify-confirmation");
		confirm.setHeader(getTranslation("fria.notify.confirm.title"));
		confirm.setText(getTranslation("fria.notify.confirm.text", current.assessmentVersion(),
				current.providerRegistrationNumber()));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("fria.notify.confirm.cancel"));
		confirm.setConfirmText(getTranslation("fria.notify.confirm.yes"));
		confirm.addConfirmListener(confirmed -> notifyAuthority());
		confirm.open();
	}

	private void notifyAuthority() {
		Fria current = fria;
		if (current == null) {
			return;
		}
		try {
			Fria notified = frias.notifyAuthority(current.id(), current.lockVersion());
			Problems.success(getTranslation("fria.notified"));
			show(notified);
		}
		catch (ActionRefusedException ex) {
			Problems.error(getTranslation(ex.messageKey()));
		}
		catch (ConcurrentEditException ex) {
			Problems.error(getTranslation("deployment.editor.concurrentEdit"));
		}
	}

	private void declareExempt() {
		saveThen(saved -> frias.declareExempt(saved.id(), saved.lockVersion()),
				done -> getTranslation("fria.exempted"));
	}

	/** Saves the form, then moves the saved assessment on; problems go next to fields. */
	private void saveThen(java.util.function.UnaryOperator<Fria> action,
			java.util.function.Function<Fria, String> success) {
		Fria saved = store();
		if (saved == null) {
			return;
		}
		try {
			Fria done = action.apply(saved);
			Problems.success(success.apply(done));
			show(done);
		}
		catch (InvalidInputException ex) {
			show(saved);
			showProblems(ex);
		}
		catch (ActionRefusedException ex) {
			Problems.error(getTranslation(ex.messageKey()));
		}
		catch (ConcurrentEditException ex) {
			Problems.error(getTranslation("deployment.editor.concurrentEdit"));
		}
	}

	private void showProblems(InvalidInputException ex) {
		Problems.show(ex, fields(), error -> Problems.translate(this, error), problemSummary);
	}

	private Map<String, HasValidation> fields() {
		Map<String, HasValidation> fields = new LinkedHashMap<>();
		fields.put("basis", basis);
		fields.putAll(elements);
		fields.put("dpiaCrossReferences", dpiaCrossReferences);
		fields.put("priorAssessmentReference", priorAssessmentReference);
		fields.put("art46Authorisation", art46Authorisation);
		return fields;
	}

	@Override
	public String getPageTitle() {
		return heading.getText() + " · " + getTranslation("app.name");
	}

}
