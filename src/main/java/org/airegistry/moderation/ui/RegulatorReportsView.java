package org.airegistry.moderation.ui;

import java.util.Map;

import org.airegistry.moderation.InaccuracyReport;
import org.airegistry.moderation.InaccuracyReports;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The regulator's inbox of inaccuracy reports on all entries: read the provider's
 * answers, dismiss unfounded reports with a reason the reporter sees.
 */
@Route("oversight/reports")
@Menu(title = "nav.oversightReports", order = 55)
@RolesAllowed(Role.Names.REGULATOR)
public class RegulatorReportsView extends Main implements HasDynamicTitle {

	private final InaccuracyReports reports;

	private final Select<ReportStatus> status = new Select<>();

	private final Div list = new Div();

	public RegulatorReportsView(InaccuracyReports reports) {
		this.reports = reports;
		addClassName("page");
		status.setLabel(getTranslation("report.column.status"));
		status.setItems(ReportStatus.values());
		status.setEmptySelectionAllowed(true);
		status.setEmptySelectionCaption(getTranslation("report.status.any"));
		status.setItemLabelGenerator(value -> value == null ? getTranslation("report.status.any")
				: getTranslation("report.status." + value.name()));
		status.setValue(ReportStatus.OPEN);
		status.addValueChangeListener(event -> refresh());
		add(new H1(getTranslation("report.regulator.title")), status, list);
		refresh();
	}

	private void refresh() {
		list.removeAll();
		var found = reports.all(status.getValue());
		if (found.isEmpty()) {
			list.add(new Paragraph(getTranslation("report.none")));
		}
		found.forEach(report -> list.add(card(report)));
	}

	private Section card(InaccuracyReport report) {
		DescriptionList details = new DescriptionList();
		Reports.term(details, getTranslation("report.column.entry"),
				new Anchor(RegistryRoutes.permalink(report.registrationNumber()), report.registrationNumber()));
		Reports.describe(this, details, report, getLocale());
		Section card = new Section(new H2(report.reference()), details);
		card.addClassName("report-card");
		card.add(new Paragraph(new Anchor(ModerationView.route(report.registrationNumber()),
				getTranslation("moderation.link", report.registrationNumber()))));
		if (report.status() == ReportStatus.OPEN) {
			TextArea reason = new TextArea(getTranslation("report.dismissReason"));
			reason.setWidthFull();
			Button dismiss = new Button(getTranslation("report.action.DISMISSED"), click -> {
				try {
					reports.dismiss(report.reference(), reason.getValue());
					Problems.success(getTranslation("report.responded", report.reference()));
					refresh();
				}
				catch (InvalidInputException problems) {
					Problems.show(problems, Map.of("response", reason), error -> Problems.translate(this, error));
				}
				catch (ActionRefusedException refused) {
					Problems.error(getTranslation(refused.messageKey()));
					refresh();
				}
			});
			dismiss.addThemeVariants(ButtonVariant.LUMO_ERROR);
			card.add(reason, dismiss);
		}
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("report.regulator.title") + " · " + getTranslation("app.name");
	}

}
