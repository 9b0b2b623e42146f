package org.airegistry.explanation.ui;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import org.airegistry.explanation.ComplainantKind;
import org.airegistry.explanation.ComplaintService;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.NewComplaint;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.components.ErrorSummary;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A complaint to the market surveillance authority (Art 85) by any natural or legal
 * person, without an account and without first asking for an explanation: the person
 * names the Member State, the operator and, optionally, a public entry; a confirmation
 * link is mailed.
 */
@Route(ExplanationRoutes.NEW_COMPLAINT)
@AnonymousAllowed
public class FileComplaintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ComplaintService complaints;

	private final RegistryQueries registry;

	public FileComplaintView(ComplaintService complaints, RegistryQueries registry) {
		this.complaints = complaints;
		this.registry = registry;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		String system = event.getLocation().getQueryParameters().getSingleParameter("system").orElse("");
		add(new H1(getTranslation("complaint.new.title")), new Paragraph(getTranslation("complaint.new.intro")));

		ComboBox<MemberState> memberState = new ComboBox<>(getTranslation("complaint.field.memberState"));
		memberState.setHelperText(getTranslation("complaint.field.memberState.help"));
		Collator collator = Collator.getInstance(getLocale());
		memberState.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing((MemberState state) -> state.displayName(getLocale()), collator))
			.toList());
		memberState.setItemLabelGenerator(state -> state.displayName(getLocale()));
		memberState.setRequiredIndicatorVisible(true);
		RadioButtonGroup<ComplainantKind> kind = new RadioButtonGroup<>(getTranslation("complaint.field.kind"));
		kind.setItems(ComplainantKind.values());
		kind.setItemLabelGenerator(value -> getTranslation("complaint.kind." + value.name()));
		kind.setRequiredIndicatorVisible(true);
		TextField complainant = new TextField(getTranslation("complaint.field.complainant"));
		complainant.setHelperText(getTranslation("complaint.field.complainant.help"));
		TextField operator = new TextField(getTranslation("complaint.field.operator"));
		operator.setHelperText(getTranslation("complaint.field.operator.help"));
		TextField registrationNumber = new TextField(getTranslation("complaint.field.registrationNumber"));
		registrationNumber.setHelperText(getTranslation("complaint.field.registrationNumber.help"));
		registry.findLatest(system).ifPresent(entry -> {
			registrationNumber.setValue(entry.registrationNumber());
			operator.setValue(entry.providerName());
		});
		TextArea infringement = new TextArea(getTranslation("complaint.field.infringement"));
		infringement.setHelperText(getTranslation("complaint.field.infringement.help"));
		infringement.setMaxLength(complaints.maxTextLength());
		infringement.setRequiredIndicatorVisible(true);
		EmailField email = new EmailField(getTranslation("explanation.field.email"));
		email.setHelperText(getTranslation("complaint.field.email.help"));
		email.setRequiredIndicatorVisible(true);
		Map<String, HasValidation> fields = Map.of("memberState", memberState, "kind", kind, "complainant", complainant,
				"operator", operator, "registrationNumber", registrationNumber, "infringement", infringement, "email",
				email);
		ErrorSummary problemSummary = new ErrorSummary();
		add(problemSummary);
		Button submit = new Button(getTranslation("complaint.new.submit"), click -> Filing.send(this, fields,
				problemSummary,
				() -> complaints.file(new NewComplaint(memberState.getValue(), kind.getValue(), complainant.getValue(),
						operator.getValue(), registrationNumber.getValue(), infringement.getValue(), email.getValue(),
						getLocale().getLanguage()), networkAddress()),
				"complaint.filed.title", "complaint.filed.text"));
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		FormLayout form = new FormLayout(memberState, kind, complainant, operator, registrationNumber, infringement,
				email);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		form.setMaxWidth("48rem");
		add(form, submit, new Paragraph(getTranslation("complaint.new.privacy")));
	}

	private static String networkAddress() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return request == null ? "unknown" : request.getRemoteAddr();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("complaint.new.title") + " · " + getTranslation("app.name");
	}

}
