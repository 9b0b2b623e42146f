package org.airegistry.gpai.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiOversight;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.gpai.PublicModel;
import org.airegistry.shared.Competence;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * For the AI Office: the models whose training compute meets the Art 51(2) threshold,
 * with the date the threshold was met, the Art 52(1) due date (two weeks later), the
 * notification date and whether it was late; late ones first.
 */
@Route(GpaiNotificationsView.ROUTE)
@Menu(title = "nav.gpaiNotifications", order = 46)
@RolesAllowed(Competence.Names.GPAI)
public class GpaiNotificationsView extends Main implements HasDynamicTitle {

	static final String ROUTE = "oversight/gpai-notifications";

	public GpaiNotificationsView(GpaiOversight oversight) {
		addClassNames("page", "gpai-notifications");
		LocalDate today = LocalDate.now();
		Grid<PublicModel> grid = new Grid<>();
		grid.setAriaLabel(getTranslation("gpai.notifications.title"));
		grid.addComponentColumn(model -> new Anchor(GpaiRoutes.permalink(model.id()), model.data().name()))
			.setHeader(getTranslation("gpai.field.name"))
			.setFlexGrow(2);
		grid.addColumn(PublicModel::providerName).setHeader(getTranslation("gpai.field.provider"));
		grid.addColumn(model -> date(model.data().thresholdMetDate()))
			.setHeader(getTranslation("gpai.field.thresholdMetDate"));
		grid.addColumn(model -> date(model.data().notificationDue().orElse(null)))
			.setHeader(getTranslation("gpai.notifications.due"));
		grid.addColumn(model -> date(model.data().notificationDate()))
			.setHeader(getTranslation("gpai.field.notificationDate"));
		grid.addComponentColumn(model -> {
			GpaiModelData data = model.data();
			boolean late = data.notificationLate(today);
			Span badge = new Span(getTranslation(late ? "gpai.notifications.late"
					: data.notificationDue().isEmpty() ? "gpai.notifications.noDate" : "gpai.notifications.onTime"));
			badge.getElement().getThemeList().add(late ? "badge error" : "badge contrast");
			return badge;
		}).setHeader(getTranslation("gpai.notifications.state"));
		List<PublicModel> models = oversight.notifications();
		grid.setItems(models);
		grid.setAllRowsVisible(true);
		Paragraph empty = new Paragraph(getTranslation("gpai.notifications.empty"));
		empty.setVisible(models.isEmpty());
		add(new H1(getTranslation("gpai.notifications.title")),
				new Paragraph(getTranslation("gpai.notifications.intro")), grid, empty);
	}

	private String date(@Nullable LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("gpai.notifications.title") + " · " + getTranslation("app.name");
	}

}
