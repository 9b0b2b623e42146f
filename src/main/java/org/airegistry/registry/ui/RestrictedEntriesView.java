package org.airegistry.registry.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RestrictedQuery;
import org.airegistry.registry.RestrictedSection;
import org.airegistry.shared.NonPublicSection;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.MemberState;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The entries in the non-public section (Art 49(4)) for the competent authorities: a list
 * of the latest versions, searchable by text (name, reference, purpose, provider,
 * registration number or Annex III code) and filtered by Annex III area, Member State and
 * status. Searches run in the database and are audited with their query.
 */
@Route(RestrictedEntriesView.ROUTE)
@Menu(title = "nav.restricted", order = 30)
@RolesAllowed(NonPublicSection.ROLE)
public class RestrictedEntriesView extends Main implements HasDynamicTitle {

	static final String ROUTE = "oversight/restricted";

	static final int LIMIT = 500;

	private final RestrictedSection section;

	private final TextField text = new TextField();

	private final ComboBox<Integer> area = new ComboBox<>();

	private final ComboBox<MemberState> memberState = new ComboBox<>();

	private final ComboBox<EntryStatus> status = new ComboBox<>();

	private final Grid<PublicEntry> grid = new Grid<>();

	private final Paragraph count = new Paragraph();

	public RestrictedEntriesView(RestrictedSection section) {
		this.section = section;
		addClassName("page");
		Locale locale = getLocale();
		text.setLabel(getTranslation("restricted.search.text"));
		text.setHelperText(getTranslation("restricted.search.text.help"));
		text.setMaxLength(RestrictedQuery.TEXT_MAX);
		text.setClearButtonVisible(true);
		text.addKeyPressListener(Key.ENTER, event -> search());
		area.setLabel(getTranslation("annex.III"));
		area.setItems(RestrictedQuery.AREAS.stream().sorted().toList());
		area.setItemLabelGenerator(value -> getTranslation("annexIII.area." + value));
		area.setClearButtonVisible(true);
		memberState.setLabel(getTranslation("field.memberStates"));
		memberState.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(locale)))
			.toList());
		memberState.setItemLabelGenerator(state -> state.displayName(locale));
		memberState.setClearButtonVisible(true);
		status.setLabel(getTranslation("field.status"));
		status.setItems(EntryStatus.values());
		status.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
		status.setClearButtonVisible(true);
		Button searchButton = new Button(getTranslation("restricted.search.submit"), click -> search());
		searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		searchButton.setId("restricted-search");
		HorizontalLayout filters = new HorizontalLayout(text, area, memberState, status, searchButton);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		filters.getElement().setAttribute("role", "search");

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
		grid.setAllRowsVisible(true);
		count.setId("restricted-count");
		count.getElement().setAttribute("aria-live", "polite");
		show(section.latestVersions(LIMIT));
		add(new H1(getTranslation("restricted.title")), new Paragraph(getTranslation("restricted.intro")), filters,
				count, grid);
	}

	private void search() {
		text.setInvalid(false);
		try {
			show(section.search(
					new RestrictedQuery(text.getValue(), area.getValue(), memberState.getValue(), status.getValue()),
					LIMIT));
		}
		catch (InvalidInputException invalid) {
			for (FieldError error : invalid.errors()) {
				text.setErrorMessage(getTranslation(error.messageKey(), error.arguments()));
				text.setInvalid(true);
			}
		}
	}

	private void show(List<PublicEntry> entries) {
		grid.setItems(entries);
		count.setText(getTranslation("restricted.search.count", entries.size()));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("restricted.title") + " · " + getTranslation("app.name");
	}

}
