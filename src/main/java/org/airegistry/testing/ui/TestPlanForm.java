package org.airegistry.testing.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.components.Problems;
import org.airegistry.testing.ConsentBasis;
import org.airegistry.testing.TestConduct;
import org.airegistry.testing.TestPlanData;
import org.airegistry.shell.components.LocalisedDatePicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

/**
 * The form of a test plan: one {@link Binder} over the Annex IX registration
 * ({@link TestPlanData}) and one over the conditions kept for the authorities
 * ({@link TestConduct}), each read with {@code readRecord} and written with
 * {@code writeRecord}; lengths are checked next to each field first, the service's rules
 * come back to the same fields. Sections say which items are public with consent and
 * which are never public.
 */
class TestPlanForm extends Div {

	private final Binder<TestPlanData> plan = new Binder<>(TestPlanData.class);

	private final Binder<TestConduct> conduct = new Binder<>(TestConduct.class);

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	TestPlanForm(boolean annexISectionA) {
		addClassName("test-plan-form");
		Locale locale = getLocale();
		TextField uid = new TextField(getTranslation("testing.field.uid"));
		uid.setReadOnly(true);
		uid.setHelperText(getTranslation("testing.field.uid.help"));
		bind(plan, uid, "uid");

		TextField systemName = text(plan, "systemName", TestPlanData.NAME_MAX);
		TextField systemReference = text(plan, "systemReference", TestPlanData.NAME_MAX);
		TextField registrationNumber = text(plan, "registrationNumber", 20);
		ComboBox<AnnexIIIPoint> point = new ComboBox<>(getTranslation("testing.field.annexIIIPoint"));
		point.setItems(AnnexIIIPoint.values());
		point.setItemLabelGenerator(value -> value.code() + " – " + getTranslation(value.translationKey()));
		point.setHelperText(getTranslation("testing.field.annexIIIPoint.help"));
		point.setClearButtonVisible(true);
		point.setWidthFull();
		bind(plan, point, "annexIIIPoint");
		Checkbox le = checkbox(plan, "lawEnforcementOrMigrationUse");
		Checkbox justice = checkbox(plan, "justiceAndDemocracyUse");
		Checkbox annexI = checkbox(plan, "annexISectionAProduct");
		annexI.setVisible(annexISectionA);
		TextArea purpose = area(plan, "intendedPurpose", TestPlanData.TEXT_MAX);
		TextArea description = area(plan, "systemDescription", TestPlanData.TEXT_MAX);

		TextField providerContact = text(plan, "providerContact", TestPlanData.CONTACT_MAX);
		TextArea deployers = area(plan, "deployers", TestPlanData.DEPLOYERS_MAX);

		TextArea summary = area(plan, "planSummary", TestPlanData.TEXT_MAX);
		MultiSelectComboBox<MemberState> memberStates = new MultiSelectComboBox<>(
				getTranslation("testing.field.memberStates"));
		memberStates.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(locale)))
			.toList());
		memberStates.setItemLabelGenerator(state -> state.displayName(locale));
		memberStates.setHelperText(getTranslation("testing.field.memberStates.help"));
		memberStates.setWidthFull();
		bind(plan, memberStates, "memberStates");
		DatePicker start = date("plannedStart");
		DatePicker end = date("plannedEnd");
		Checkbox consent = checkbox(plan, "publicationConsent");

		RadioButtonGroup<ConsentBasis> basis = new RadioButtonGroup<>(getTranslation("testing.field.consentBasis"));
		basis.setItems(ConsentBasis.values());
		basis.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		bind(conduct, basis, "consentBasis");
		TextArea keeping = area(conduct, "consentRecordKeeping", TestConduct.TEXT_MAX);
		Checkbox includesUid = checkbox(conduct, "consentInformationIncludesUid");
		TextArea safeguards = area(conduct, "safeguards", TestConduct.TEXT_MAX);

		add(section("identification", uid, systemName, systemReference, registrationNumber, point, le, justice, annexI,
				purpose, description));
		add(section("parties", providerContact, deployers));
		add(section("plan", summary, memberStates, start, end));
		add(section("publication", consent));
		add(section("conduct", basis, keeping, includesUid, safeguards));
	}

	private Section section(String name, Component... components) {
		Section section = new Section(new H2(getTranslation("testing.section." + name)),
				new Paragraph(getTranslation("testing.section." + name + ".help")));
		section.add(components);
		section.addClassName("test-plan-section");
		return section;
	}

	private TextField text(Binder<?> binder, String property, int max) {
		TextField field = new TextField(getTranslation("testing.field." + property));
		field.setMaxLength(max);
		field.setWidthFull();
		field.setHelperText(getTranslation("testing.field." + property + ".help"));
		binder.forField(field).withValidator(maxLength(max)).bind(property);
		fields.put(property, field);
		return field;
	}

	private TextArea area(Binder<?> binder, String property, int max) {
		TextArea area = new TextArea(getTranslation("testing.field." + property));
		area.setMaxLength(max);
		area.setWidthFull();
		area.setMinRows(2);
		area.setHelperText(getTranslation("testing.field." + property + ".help"));
		binder.forField(area).withValidator(maxLength(max)).bind(property);
		fields.put(property, area);
		return area;
	}

	private DatePicker date(String property) {
		DatePicker picker = new LocalisedDatePicker(getTranslation("testing.field." + property));
		picker.setHelperText(getTranslation("testing.field." + property + ".help"));
		bind(plan, picker, property);
		return picker;
	}

	private Checkbox checkbox(Binder<?> binder, String property) {
		Checkbox checkbox = new Checkbox(getTranslation("testing.field." + property));
		bind(binder, checkbox, property);
		return checkbox;
	}

	private <V> void bind(Binder<?> binder, HasValue<?, V> field, String property) {
		binder.forField(field).bind(property);
		if (field instanceof HasValidation validation) {
			fields.put(property, validation);
		}
	}

	private Validator<String> maxLength(int max) {
		return (value, context) -> value.strip().length() <= max ? ValidationResult.ok()
				: ValidationResult.error(getTranslation("validation.tooLong", max, value.strip().length()));
	}

	void read(TestPlanData data, TestConduct conditions) {
		fields.values().forEach(field -> field.setInvalid(false));
		plan.readRecord(data);
		conduct.readRecord(conditions);
	}

	/**
	 * The registration's content; empty (with messages at the fields) when a field is
	 * wrong.
	 */
	Optional<TestPlanData> writePlan() {
		try {
			return Optional.of(plan.writeRecord());
		}
		catch (ValidationException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The conditions' content; empty (with messages at the fields) when a field is wrong.
	 */
	Optional<TestConduct> writeConduct() {
		try {
			return Optional.of(conduct.writeRecord());
		}
		catch (ValidationException ex) {
			return Optional.empty();
		}
	}

	void show(InvalidInputException problems) {
		Problems.show(problems, fields, error -> Problems.translate(this, error));
	}

	void setReadOnly(boolean readOnly) {
		plan.setReadOnly(readOnly);
		conduct.setReadOnly(readOnly);
	}

}
