package org.airegistry.registry.ui;

import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RestrictedSection;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Read-only list of the entries in the non-public section (Art 49(4)) for the competent
 * authorities.
 */
@Route(RestrictedEntriesView.ROUTE)
@Menu(title = "nav.restricted", order = 30)
@RolesAllowed(Role.Names.REGULATOR)
public class RestrictedEntriesView extends Main implements HasDynamicTitle {

	static final String ROUTE = "oversight/restricted";

	static final int LIMIT = 500;

	public RestrictedEntriesView(RestrictedSection section) {
		addClassName("page");
		Grid<PublicEntry> grid = new Grid<>();
		grid.setAriaLabel(getTranslation("restricted.title"));
		grid.addComponentColumn(
				entry -> new Anchor(RestrictedEntryView.route(entry.registrationNumber()), entry.registrationNumber()))
			.setHeader(getTranslation("field.registrationNumber"));
		grid.addColumn(entry -> entry.data().tradeName()).setHeader(getTranslation("field.tradeName")).setFlexGrow(2);
		grid.addColumn(PublicEntry::providerName).setHeader(getTranslation("field.provider"));
		grid.addColumn(entry -> entry.data().annexIIIPoint() == null ? "" : entry.data().annexIIIPoint().code())
			.setHeader(getTranslation("annex.III"));
		grid.addColumn(
				entry -> entry.data().status() == null ? "" : getTranslation(entry.data().status().translationKey()))
			.setHeader(getTranslation("field.status"));
		grid.addColumn(entry -> Formats.memberStates(entry.data().memberStates(), getLocale()))
			.setHeader(getTranslation("field.memberStates"));
		grid.addColumn(PublicEntry::version).setHeader(getTranslation("restricted.version"));
		grid.addColumn(entry -> Formats.dateTime(entry.publishedAt(), getLocale()))
			.setHeader(getTranslation("entry.versionPublishedOn"));
		grid.setItems(section.latestVersions(LIMIT));
		grid.setAllRowsVisible(true);
		add(new H1(getTranslation("restricted.title")), new Paragraph(getTranslation("restricted.intro")), grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("restricted.title") + " · " + getTranslation("app.name");
	}

}
