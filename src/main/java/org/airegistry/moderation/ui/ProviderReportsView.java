package org.airegistry.moderation.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.airegistry.moderation.InaccuracyReport;
import org.airegistry.moderation.InaccuracyReports;
import org.airegistry.moderation.Moderation;
import org.airegistry.moderation.ModerationAction;
import org.airegistry.moderation.ReportStatus;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Problems;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Reports of inaccuracies on the provider's own entries: answer without change, or say
 * the entry was corrected (after publishing the corrected version).
 */
@Route("workspace/reports")
@Menu(title = "nav.reports", order = 25)
@RolesAllowed(Role.Names.PROVIDER)
public class ProviderReportsView extends Main implements HasDynamicTitle {

	private final InaccuracyReports reports;

	private final Moderation moderation;

	public ProviderReportsView(InaccuracyReports reports, Moderation moderation) {
		this.reports = reports;
		this.moderation = moderation;
		addClassName("page");
		refresh();
	}

	private void refresh() {
		removeAll();
		add(new H1(getTranslation("report.provider.title")), new Paragraph(getTranslation("report.provider.intro")));
		corrections();
		List<InaccuracyReport> mine = reports.forMyEntries();
		if (mine.isEmpty()) {
			add(new Paragraph(getTranslation("report.none")));
		}
		mine.forEach(report -> add(card(report)));
	}

	/**
	 * Open actions of the authority on the provider's entries (flags, correction requests
	 * with their due date and overdue marker, suspensions), with the entry and what to
	 * do.
	 */
	private void corrections() {
		List<ModerationAction> actions = moderation.actionsOnMyEntries();
		if (actions.isEmpty()) {
			return;
		}
		LocalDate today = moderation.today();
		Section section = new Section(new H2(getTranslation("moderation.provider.actions")));
		section.addClassName("correction-requests");
		section.add(new Paragraph(getTranslation("moderation.provider.intro")));
		for (ModerationAction action : actions) {
			DescriptionList details = new DescriptionList();
			Reports.term(details, getTranslation("report.column.entry"),
					new Anchor(RegistryRoutes.permalink(action.registrationNumber()), action.registrationNumber()));
			Reports.term(details, getTranslation("moderation.column.kind"),
					Reports.badge(getTranslation("moderation.kind." + action.kind().name())));
			Reports.term(details, getTranslation("moderation.column.created"), new Span(
					Reports.date(action.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), getLocale())));
			Reports.term(details, getTranslation("moderation.column.notice"), new Span(action.notice()));
			if (action.dueDate() != null) {
				Reports.term(details, getTranslation("moderation.column.due"),
						new Span(Reports.date(action.dueDate(), getLocale())));
			}
			if (action.isOverdue(today)) {
				Reports.term(details, "", Reports.badge(getTranslation("moderation.overdue")));
			}
			details.addClassName("report-card");
			details.addClassName("moderation-" + action.kind().name().toLowerCase(java.util.Locale.ROOT));
			section.add(details);
		}
		add(section);
	}

	private Section card(InaccuracyReport report) {
		DescriptionList details = new DescriptionList();
		Reports.term(details, getTranslation("report.column.entry"),
				new Anchor(RegistryRoutes.permalink(report.registrationNumber()), report.registrationNumber()));
		Reports.describe(this, details, report, getLocale());
		Section card = new Section(new H2(report.reference()), details);
		card.addClassName("report-card");
		if (report.status() == ReportStatus.OPEN) {
			TextArea response = new TextArea(getTranslation("report.response"));
			response.setHelperText(getTranslation("report.response.help"));
			response.setWidthFull();
			Button answered = new Button(getTranslation("report.action.ANSWERED"),
					click -> respond(report, ReportStatus.ANSWERED, response));
			Button corrected = new Button(getTranslation("report.action.CORRECTED"),
					click -> respond(report, ReportStatus.CORRECTED, response));
			corrected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			card.add(response, new HorizontalLayout(answered, corrected));
		}
		return card;
	}

	private void respond(InaccuracyReport report, ReportStatus outcome, TextArea response) {
		try {
			reports.respond(report.reference(), outcome, response.getValue());
			Problems.success(getTranslation("report.responded", report.reference()));
			refresh();
		}
		catch (InvalidInputException problems) {
			Problems.show(problems, Map.of("response", response), error -> Problems.translate(this, error));
		}
		catch (ActionRefusedException refused) {
			Problems.error(getTranslation(refused.messageKey()));
			refresh();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("report.provider.title") + " · " + getTranslation("app.name");
	}

}
