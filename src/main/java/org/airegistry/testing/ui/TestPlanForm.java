package org.airegistry.testing.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.airegistry.publication.ui.EditorLayout;
import org.airegistry.publication.ui.FieldInputs;
import org.airegistry.publication.ui.RecordForm;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.components.LocalisedDatePicker;
import org.airegistry.testing.ConsentBasis;
import org.airegistry.testing.TestConduct;
import org.airegistry.testing.TestPlanData;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The form of a test plan: the kernel's {@link RecordForm} over the Annex IX registration
 * ({@link TestPlanData}) and the conditions kept for the authorities
 * ({@link TestConduct}), each a sub-form with its own {@code Binder} read with
 * {@code readRecord} and written with {@code writeRecord}; inputs are made from the field
 * names with their labels and help from the bundle, lengths are checked next to each
 * field first, the service's rules come back to the same fields through the binders.
 * Sections say which items are public with consent and which are never public.
 */
class TestPlanForm extends Div {

	private static final String FIELDS = "testing.field.";

	private final RecordForm<TestPlanContent> form = new RecordForm<>(TestPlanContent.class);

	TestPlanForm(boolean annexISectionA) {
		addClassName("test-plan-form");
		Locale locale = getLocale();
		FieldInputs<TestPlanData> plan = new FieldInputs<>(this, form.nest("plan", TestPlanData.class), FIELDS);
		FieldInputs<TestConduct> conduct = new FieldInputs<>(this, form.nest("conduct", TestConduct.class), FIELDS);
		TextField uid = plan.helped(plan.labelled(new TextField(), "uid"), "uid");
		uid.setReadOnly(true);

		TextField systemName = plan.text("systemName", TestPlanData.NAME_MAX);
		TextField systemReference = plan.text("systemReference", TestPlanData.NAME_MAX);
		TextField registrationNumber = plan.text("registrationNumber", 20);
		ComboBox<AnnexIIIPoint> point = plan.helped(plan.labelled(new ComboBox<AnnexIIIPoint>(), "annexIIIPoint"),
				"annexIIIPoint");
		point.setItems(AnnexIIIPoint.values());
		point.setItemLabelGenerator(value -> value.code() + " – " + getTranslation(value.translationKey()));
		point.setClearButtonVisible(true);
		point.setWidthFull();
		Checkbox le = plan.checkbox("lawEnforcementOrMigrationUse");
		Checkbox justice = plan.checkbox("justiceAndDemocracyUse");
		Checkbox annexI = plan.checkbox("annexISectionAProduct");
		annexI.setVisible(annexISectionA);
		TextArea purpose = plan.area("intendedPurpose", TestPlanData.TEXT_MAX);
		TextArea description = plan.area("systemDescription", TestPlanData.TEXT_MAX);

		TextField providerContact = plan.text("providerContact", TestPlanData.CONTACT_MAX);
		TextArea deployers = plan.area("deployers", TestPlanData.DEPLOYERS_MAX);

		TextArea summary = plan.area("planSummary", TestPlanData.TEXT_MAX);
		MultiSelectComboBox<MemberState> memberStates = plan
			.helped(plan.labelled(new MultiSelectComboBox<MemberState>(), "memberStates"), "memberStates");
		memberStates.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(locale)))
			.toList());
		memberStates.setItemLabelGenerator(state -> state.displayName(locale));
		memberStates.setWidthFull();
		DatePicker start = plan.helped(plan.bind(new LocalisedDatePicker(plan.label("plannedStart")), "plannedStart"),
				"plannedStart");
		DatePicker end = plan.helped(plan.bind(new LocalisedDatePicker(plan.label("plannedEnd")), "plannedEnd"),
				"plannedEnd");
		Checkbox consent = plan.checkbox("publicationConsent");

		RadioButtonGroup<ConsentBasis> basis = conduct.labelled(new RadioButtonGroup<ConsentBasis>(), "consentBasis");
		basis.setItems(ConsentBasis.values());
		basis.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		TextArea keeping = conduct.area("consentRecordKeeping", TestConduct.TEXT_MAX);
		Checkbox includesUid = conduct.checkbox("consentInformationIncludesUid");
		TextArea safeguards = conduct.area("safeguards", TestConduct.TEXT_MAX);

		add(section("identification", uid, systemName, systemReference, registrationNumber, point, le, justice, annexI,
				purpose, description));
		add(section("parties", providerContact, deployers));
		add(section("plan", summary, memberStates, start, end));
		add(section("publication", consent));
		add(section("conduct", basis, keeping, includesUid, safeguards));
	}

	private Component section(String name, Component... components) {
		return EditorLayout.section(this, "testing.section." + name, "test-plan-section", components);
	}

	/** The plan's record form: the draft editor reads, writes and marks it. */
	RecordForm<TestPlanContent> form() {
		return form;
	}

}
