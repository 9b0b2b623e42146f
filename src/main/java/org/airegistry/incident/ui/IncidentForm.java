package org.airegistry.incident.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.airegistry.incident.HarmCategory;
import org.airegistry.incident.IncidentReportData;
import org.airegistry.incident.ReportType;
import org.airegistry.incident.ReporterRole;
import org.airegistry.incident.Route;
import org.airegistry.incident.SectoralRegime;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.components.Problems;
import org.airegistry.shell.components.LocalisedDatePicker;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * The form of a serious-incident report: one {@link Binder} over
 * {@link IncidentReportData}, read with {@code readRecord} and written with
 * {@code writeRecord}; the lengths are checked next to each field before anything is
 * sent, and the service's rules come back to the same fields. Sections follow the
 * structure of the Commission's draft reporting template; fields that do not apply to the
 * reporter (GPAI-only, deployer-only) are hidden but stay bound.
 */
class IncidentForm extends Div {

	private final Binder<IncidentReportData> binder = new Binder<>(IncidentReportData.class);

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private final RadioButtonGroup<ReportType> reportType = new RadioButtonGroup<>();

	/**
	 * @param point1 whether the system is of Annex III point 1 (biometrics): only then is
	 * its use for justice and democracy asked (Art 74(8))
	 */
	IncidentForm(ReporterRole role, Route route, boolean point1, AttachmentsField attachments) {
		addClassName("incident-form");
		Locale locale = getLocale();

		reportType.setLabel(getTranslation("incident.field.reportType"));
		reportType.setItemLabelGenerator(type -> getTranslation(type.translationKey()));
		reportType.setHelperText(getTranslation("incident.field.reportType.help"));
		bind(reportType, "reportType");

		TextField title = text("title", IncidentReportData.TITLE_MAX);
		MultiSelectComboBox<MemberState> memberStates = new MultiSelectComboBox<>(
				getTranslation("incident.field.memberStates"));
		memberStates.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(locale)))
			.toList());
		memberStates.setItemLabelGenerator(state -> state.displayName(locale));
		memberStates.setHelperText(getTranslation("incident.field.memberStates.help"));
		memberStates.setWidthFull();
		bind(memberStates, "memberStates");
		DatePicker occurredOn = new LocalisedDatePicker(getTranslation("incident.field.occurredOn"));
		occurredOn.setLocale(locale);
		bind(occurredOn, "occurredOn");
		DateTimePicker awareAt = dateTime("awareAt");
		DateTimePicker causalLinkAt = dateTime("causalLinkAt");
		CheckboxGroup<HarmCategory> categories = new CheckboxGroup<>(getTranslation("incident.field.categories"));
		categories.setItems(HarmCategory.values());
		categories.setItemLabelGenerator(category -> getTranslation(category.translationKey()));
		categories.setHelperText(getTranslation("incident.field.categories.help"));
		bind(categories, "categories");
		Checkbox death = checkbox("death");
		Checkbox widespread = checkbox("widespreadInfringement");
		Checkbox cybersecurity = checkbox("cybersecurityBreach");
		cybersecurity.setVisible(role == ReporterRole.GPAI_PROVIDER);
		widespread.setVisible(role != ReporterRole.GPAI_PROVIDER);
		Checkbox justice = checkbox("justiceAndDemocracyUse");
		justice.setVisible(point1);
		Select<SectoralRegime> sectoral = new Select<>();
		sectoral.setLabel(getTranslation("incident.field.sectoralRegime"));
		sectoral.setItems(SectoralRegime.values());
		sectoral.setItemLabelGenerator(regime -> getTranslation(regime.translationKey()));
		sectoral.setHelperText(getTranslation("incident.field.sectoralRegime.help"));
		sectoral.setWidthFull();
		sectoral.setVisible(role != ReporterRole.GPAI_PROVIDER);
		bind(sectoral, "sectoralRegime");
		IntegerField affected = new IntegerField(getTranslation("incident.field.affectedPersons"));
		affected.setMin(0);
		affected.setHelperText(getTranslation("incident.field.affectedPersons.help"));
		bind(affected, "affectedPersons");

		TextArea description = area("description", IncidentReportData.TEXT_MAX);
		TextArea harm = area("harm", IncidentReportData.TEXT_MAX);
		TextArea causalLink = area("causalLink", IncidentReportData.TEXT_MAX);
		TextArea immediateMeasures = area("immediateMeasures", IncidentReportData.TEXT_MAX);
		TextArea investigation = area("investigation", IncidentReportData.TEXT_MAX);
		TextArea riskAssessment = area("riskAssessment", IncidentReportData.TEXT_MAX);
		TextArea correctiveActions = area("correctiveActions", IncidentReportData.TEXT_MAX);
		Checkbox altered = checkbox("systemAltered");
		TextArea alterationDetails = area("alterationDetails", IncidentReportData.SHORT_TEXT_MAX);
		TextArea otherAuthorities = area("otherAuthoritiesInformed", IncidentReportData.SHORT_TEXT_MAX);
		TextArea attempts = area("providerContactAttempts", IncidentReportData.SHORT_TEXT_MAX);
		attempts.setVisible(route == Route.PROVIDER_UNREACHABLE);
		TextField contactPoint = text("contactPoint", IncidentReportData.CONTACT_MAX);
		bind(attachments, "attachments");

		add(section("kind", reportType));
		add(section("incident", title, memberStates, occurredOn, awareAt, causalLinkAt, categories, death, widespread,
				cybersecurity, justice, sectoral, affected));
		add(section("description", description, harm, causalLink, immediateMeasures));
		add(section("followUp", investigation, riskAssessment, correctiveActions, altered, alterationDetails));
		add(section("contacts", otherAuthorities, attempts, contactPoint));
		add(section("attachments", attachments));
	}

	private Section section(String name, com.vaadin.flow.component.Component... components) {
		H2 heading = new H2(getTranslation("incident.section." + name));
		Section section = new Section(heading);
		section.add(new Paragraph(getTranslation("incident.section." + name + ".help")));
		section.add(components);
		section.addClassName("incident-section");
		return section;
	}

	private TextField text(String property, int max) {
		TextField field = new TextField(getTranslation("incident.field." + property));
		field.setMaxLength(max);
		field.setWidthFull();
		helper(field, property);
		binder.forField(field).withValidator(maxLength(max)).bind(property);
		fields.put(property, field);
		return field;
	}

	private TextArea area(String property, int max) {
		TextArea area = new TextArea(getTranslation("incident.field." + property));
		area.setMaxLength(max);
		area.setWidthFull();
		area.setMinRows(2);
		helper(area, property);
		binder.forField(area).withValidator(maxLength(max)).bind(property);
		fields.put(property, area);
		return area;
	}

	private com.vaadin.flow.data.binder.Validator<String> maxLength(int max) {
		return (value, context) -> value.strip().length() <= max ? ValidationResult.ok()
				: ValidationResult.error(getTranslation("validation.tooLong", max, value.strip().length()));
	}

	private DateTimePicker dateTime(String property) {
		DateTimePicker picker = new DateTimePicker(getTranslation("incident.field." + property));
		// the date part reads and writes dates as the UI language does (like every date
		// picker of the portal); the time part uses the 24-hour clock of the locale
		picker.addAttachListener(event -> {
			java.util.Locale locale = org.airegistry.shared.i18n.Translations.standard()
				.supported(event.getUI().getLocale());
			picker.setLocale(locale);
			picker.setDatePickerI18n(LocalisedDatePicker.i18n(locale));
		});
		picker.setHelperText(getTranslation("incident.field." + property + ".help"));
		binder.forField(picker).withConverter(new InstantConverter()).bind(property);
		fields.put(property, picker);
		return picker;
	}

	private Checkbox checkbox(String property) {
		Checkbox checkbox = new Checkbox(getTranslation("incident.field." + property));
		bind(checkbox, property);
		return checkbox;
	}

	private <V> void bind(HasValue<?, V> field, String property) {
		binder.forField(field).bind(property);
		if (field instanceof HasValidation validation) {
			fields.put(property, validation);
		}
	}

	private void helper(com.vaadin.flow.component.HasHelper field, String property) {
		field.setHelperText(getTranslation("incident.field." + property + ".help"));
	}

	/** Offers the kinds of submission the report's state allows. */
	void allow(List<ReportType> types) {
		reportType.setItems(types);
	}

	void read(IncidentReportData data) {
		fields.values().forEach(field -> field.setInvalid(false));
		binder.readRecord(data);
	}

	/** The form's content; empty (with messages at the fields) when a field is wrong. */
	Optional<IncidentReportData> write() {
		try {
			return Optional.of(binder.writeRecord());
		}
		catch (ValidationException ex) {
			return Optional.empty();
		}
	}

	/** Shows the service's problems next to their fields. */
	void show(InvalidInputException problems) {
		Problems.show(problems, fields, error -> Problems.translate(this, error));
	}

	void setReadOnly(boolean readOnly) {
		binder.setReadOnly(readOnly);
	}

}
