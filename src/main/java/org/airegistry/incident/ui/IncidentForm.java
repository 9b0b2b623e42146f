package org.airegistry.incident.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.airegistry.incident.HarmCategory;
import org.airegistry.incident.IncidentReportData;
import org.airegistry.incident.ReportType;
import org.airegistry.incident.ReporterRole;
import org.airegistry.incident.Route;
import org.airegistry.incident.SectoralRegime;
import org.airegistry.publication.ui.EditorLayout;
import org.airegistry.publication.ui.FieldInputs;
import org.airegistry.publication.ui.RecordForm;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.components.LocalisedDatePicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The form of a serious-incident report: the kernel's {@link RecordForm} over
 * {@link IncidentReportData} (one {@code Binder}, read with {@code readRecord} and
 * written with {@code writeRecord}), its inputs made from the field names with their
 * labels and help from the bundle; the lengths are checked next to each field before
 * anything is sent, and the service's rules come back to the same fields through the
 * binder. Sections follow the structure of the Commission's draft reporting template;
 * fields that do not apply to the reporter (GPAI-only, deployer-only) are hidden but stay
 * bound.
 */
class IncidentForm extends Div {

	private final RecordForm<IncidentReportData> form = new RecordForm<>(IncidentReportData.class);

	private final FieldInputs<IncidentReportData> inputs = new FieldInputs<>(this, form, "incident.field.");

	private final RadioButtonGroup<ReportType> reportType = new RadioButtonGroup<>();

	/**
	 * @param point1 whether the system is of Annex III point 1 (biometrics): only then is
	 * its use for justice and democracy asked (Art 74(8))
	 */
	IncidentForm(ReporterRole role, Route route, boolean point1, AttachmentsField attachments) {
		addClassName("incident-form");
		Locale locale = getLocale();

		inputs.helped(inputs.labelled(reportType, "reportType"), "reportType");
		reportType.setItemLabelGenerator(type -> getTranslation(type.translationKey()));

		TextField title = inputs.text("title", IncidentReportData.TITLE_MAX);
		MultiSelectComboBox<MemberState> memberStates = inputs
			.helped(inputs.labelled(new MultiSelectComboBox<MemberState>(), "memberStates"), "memberStates");
		memberStates.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(locale)))
			.toList());
		memberStates.setItemLabelGenerator(state -> state.displayName(locale));
		memberStates.setWidthFull();
		DatePicker occurredOn = inputs.bind(new LocalisedDatePicker(inputs.label("occurredOn")), "occurredOn");
		occurredOn.setLocale(locale);
		DateTimePicker awareAt = dateTime("awareAt");
		DateTimePicker causalLinkAt = dateTime("causalLinkAt");
		CheckboxGroup<HarmCategory> categories = inputs
			.helped(inputs.labelled(new CheckboxGroup<HarmCategory>(), "categories"), "categories");
		categories.setItems(HarmCategory.values());
		categories.setItemLabelGenerator(category -> getTranslation(category.translationKey()));
		Checkbox death = inputs.checkbox("death");
		Checkbox widespread = inputs.checkbox("widespreadInfringement");
		Checkbox cybersecurity = inputs.checkbox("cybersecurityBreach");
		cybersecurity.setVisible(role == ReporterRole.GPAI_PROVIDER);
		widespread.setVisible(role != ReporterRole.GPAI_PROVIDER);
		Checkbox justice = inputs.checkbox("justiceAndDemocracyUse");
		justice.setVisible(point1);
		Select<SectoralRegime> sectoral = inputs.helped(inputs.labelled(new Select<SectoralRegime>(), "sectoralRegime"),
				"sectoralRegime");
		sectoral.setItems(SectoralRegime.values());
		sectoral.setItemLabelGenerator(regime -> getTranslation(regime.translationKey()));
		sectoral.setWidthFull();
		sectoral.setVisible(role != ReporterRole.GPAI_PROVIDER);
		IntegerField affected = inputs.helped(inputs.labelled(new IntegerField(), "affectedPersons"),
				"affectedPersons");
		affected.setMin(0);

		TextArea description = inputs.area("description", IncidentReportData.TEXT_MAX);
		TextArea harm = inputs.area("harm", IncidentReportData.TEXT_MAX);
		TextArea causalLink = inputs.area("causalLink", IncidentReportData.TEXT_MAX);
		TextArea immediateMeasures = inputs.area("immediateMeasures", IncidentReportData.TEXT_MAX);
		TextArea investigation = inputs.area("investigation", IncidentReportData.TEXT_MAX);
		TextArea riskAssessment = inputs.area("riskAssessment", IncidentReportData.TEXT_MAX);
		TextArea correctiveActions = inputs.area("correctiveActions", IncidentReportData.TEXT_MAX);
		Checkbox altered = inputs.checkbox("systemAltered");
		TextArea alterationDetails = inputs.area("alterationDetails", IncidentReportData.SHORT_TEXT_MAX);
		TextArea otherAuthorities = inputs.area("otherAuthoritiesInformed", IncidentReportData.SHORT_TEXT_MAX);
		TextArea attempts = inputs.area("providerContactAttempts", IncidentReportData.SHORT_TEXT_MAX);
		attempts.setVisible(route == Route.PROVIDER_UNREACHABLE);
		TextField contactPoint = inputs.text("contactPoint", IncidentReportData.CONTACT_MAX);
		inputs.bind(attachments, "attachments");

		add(section("kind", reportType));
		add(section("incident", title, memberStates, occurredOn, awareAt, causalLinkAt, categories, death, widespread,
				cybersecurity, justice, sectoral, affected));
		add(section("description", description, harm, causalLink, immediateMeasures));
		add(section("followUp", investigation, riskAssessment, correctiveActions, altered, alterationDetails));
		add(section("contacts", otherAuthorities, attempts, contactPoint));
		add(section("attachments", attachments));
	}

	private Component section(String name, Component... components) {
		return EditorLayout.section(this, "incident.section." + name, "incident-section", components);
	}

	private DateTimePicker dateTime(String property) {
		DateTimePicker picker = new DateTimePicker(inputs.label(property));
		// the date part reads and writes dates as the UI language does (like every date
		// picker of the portal); the time part uses the 24-hour clock of the locale
		picker.addAttachListener(event -> {
			Locale locale = org.airegistry.shared.i18n.Translations.standard().supported(event.getUI().getLocale());
			picker.setLocale(locale);
			picker.setDatePickerI18n(LocalisedDatePicker.i18n(locale));
		});
		inputs.helped(picker, property);
		form.binder().forField(picker).withConverter(new InstantConverter()).bind(property);
		return picker;
	}

	/**
	 * The report's record form (one binder): the draft editor reads, writes and marks it.
	 */
	RecordForm<IncidentReportData> form() {
		return form;
	}

	/** Offers the kinds of submission the report's state allows. */
	void allow(List<ReportType> types) {
		reportType.setItems(types);
	}

}
