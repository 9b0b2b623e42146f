package org.airegistry.moderation.ui;

import java.util.Map;

import org.airegistry.moderation.InaccuracyReports;
import org.airegistry.moderation.InaccuracyReports.FiledReport;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Report an inaccuracy" on a public entry, for anyone: what is wrong, optionally which
 * Annex VIII item and an email address to be told. Afterwards the reporter gets a
 * reference and a private link to follow the report.
 */
@Route("systems/:registrationNumber/report")
@AnonymousAllowed
public class ReportInaccuracyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final InaccuracyReports reports;

	private final RegistryQueries registry;

	private final ComboBox<String> field = new ComboBox<>();

	private final TextArea description = new TextArea();

	private final EmailField email = new EmailField();

	private String title = "";

	public ReportInaccuracyView(InaccuracyReports reports, RegistryQueries registry) {
		this.reports = reports;
		this.registry = registry;
		addClassName("page");
		addClassName("report-form");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String number = event.getRouteParameters().get("registrationNumber").orElse("");
		PublicEntry entry = registry.findLatest(number).orElse(null);
		if (entry == null) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(entry);
	}

	private void show(PublicEntry entry) {
		removeAll();
		title = getTranslation("report.title", entry.data().tradeName());
		field.setLabel(getTranslation("report.field"));
		field.setHelperText(getTranslation("report.field.help"));
		field.setItems(InaccuracyReports.CONCERNED_FIELDS);
		field.setItemLabelGenerator(key -> getTranslation("report.concerned." + key));
		field.setClearButtonVisible(true);
		field.setWidthFull();
		description.setLabel(getTranslation("report.description"));
		description.setHelperText(getTranslation("report.description.help", InaccuracyReports.DESCRIPTION_MIN,
				InaccuracyReports.DESCRIPTION_MAX));
		description.setRequiredIndicatorVisible(true);
		description.setMaxLength(InaccuracyReports.DESCRIPTION_MAX);
		description.setWidthFull();
		description.setMinHeight("10em");
		email.setLabel(getTranslation("report.email"));
		email.setHelperText(getTranslation("report.email.help"));
		email.setWidthFull();
		Button send = new Button(getTranslation("report.send"), click -> send(entry));
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new H1(title), new Paragraph(getTranslation("report.intro")),
				new Paragraph(new Anchor(RegistryRoutes.permalink(entry.registrationNumber()),
						getTranslation("report.backToEntry", entry.registrationNumber()))),
				field, description, email, send);
	}

	private void send(PublicEntry entry) {
		field.setInvalid(false);
		description.setInvalid(false);
		email.setInvalid(false);
		VaadinRequest request = VaadinRequest.getCurrent();
		String address = request == null ? "unknown"
				: org.airegistry.security.ClientAddress.key(request.getRemoteAddr());
		try {
			FiledReport filed = reports.file(entry.registrationNumber(), field.getValue(), description.getValue(),
					email.getValue(), address, getLocale().getLanguage());
			confirm(entry, filed);
		}
		catch (InvalidInputException problems) {
			Problems.show(problems, Map.of("concernedField", field, "description", description, "email", email),
					error -> Problems.translate(this, error));
		}
		catch (ActionRefusedException refused) {
			Problems.error(getTranslation(refused.messageKey()));
		}
	}

	private void confirm(PublicEntry entry, FiledReport filed) {
		removeAll();
		String link = ReportStatusView.link(filed.token());
		Section done = new Section(new H1(getTranslation("report.filed.title")),
				new Paragraph(getTranslation("report.filed.reference", filed.reference())),
				new Paragraph(getTranslation("report.filed.link")), new Paragraph(new Anchor(link, "/" + link)),
				new Paragraph(new Anchor(RegistryRoutes.permalink(entry.registrationNumber()),
						getTranslation("report.backToEntry", entry.registrationNumber()))));
		done.getElement().setAttribute("role", "status");
		add(done);
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
