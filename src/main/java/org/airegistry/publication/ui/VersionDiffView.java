package org.airegistry.publication.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airegistry.publication.FieldSpec;
import org.airegistry.publication.ShownField;
import org.airegistry.publication.VersionNumbers;
import org.airegistry.publication.VersionSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;

/**
 * A readable, field-by-field comparison of two public versions of a record
 * ({@code <permalink>/diff?from=1&to=2}), labelled like the record's page from the kind's
 * field specification. A version the public may not see answers like one that does not
 * exist. Each kind's comparison view extends this with its route and its public reads.
 */
public abstract class VersionDiffView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private String title = "";

	private final String recordParameter;

	private final String backKey;

	/**
	 * @param recordParameter the route parameter naming the record
	 * @param backKey translation key of the link back to the record's page
	 */
	protected VersionDiffView(String recordParameter, String backKey) {
		this.recordParameter = recordParameter;
		this.backKey = backKey;
		addClassName("page");
		addClassName("entry-diff");
	}

	/** One side of the comparison: a public version, the record's name, its fields. */
	public record Side(int version, String name, List<ShownField> fields) {
	}

	/** A public version of the record (never one the public may not see). */
	protected abstract Optional<Side> version(String record, int version);

	/** The record's public version history, newest first. */
	protected abstract List<VersionSummary> history(String record);

	/** The address of the record's page. */
	protected abstract String permalink(String record);

	/** The comparison's address. */
	public static String route(String permalink, int from, int to) {
		return permalink + "/diff?from=" + from + "&to=" + to;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String record = event.getRouteParameters().get(recordParameter).orElse("");
		QueryParameters query = event.getLocation().getQueryParameters();
		Optional<Side> from = number(query, "from").flatMap(version -> version(record, version));
		Optional<Side> to = number(query, "to").flatMap(version -> version(record, version));
		if (from.isEmpty() || to.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(record, from.get(), to.get(), history(record));
	}

	private void show(String record, Side from, Side to, List<VersionSummary> history) {
		removeAll();
		title = getTranslation("publication.diff.title", from.version(), to.version());
		add(new H1(title),
				new Paragraph(new Anchor(permalink(record), to.name() + " \u2013 " + getTranslation(backKey))));
		add(chooser(record, from, to, history));
		shown(record, from, to, title);
		List<FieldSpec.FieldChange> changes = FieldSpec.changes(from.fields(), to.fields());
		if (changes.isEmpty()) {
			add(new Paragraph(getTranslation("publication.diff.none")));
			return;
		}
		add(FieldList.changes(this, changes, getTranslation("publication.diff.version", from.version()),
				getTranslation("publication.diff.version", to.version())));
	}

	/**
	 * Called when a comparison is shown, before its changes are added: a kind may
	 * describe the page (e.g. for the first response).
	 */
	protected void shown(String record, Side from, Side to, String title) {
	}

	/**
	 * The version chooser as it is added to the page; a kind may give it a stand-in for
	 * pages rendered without the browser's script (a plain form sending {@code from} and
	 * {@code to} to {@code action}).
	 */
	protected Component chooser(HorizontalLayout chooser, String action, List<Integer> versions, int from, int to) {
		return chooser;
	}

	private Component chooser(String record, Side from, Side to, List<VersionSummary> history) {
		List<Integer> versions = history.stream().map(VersionSummary::version).toList();
		Select<Integer> fromSelect = new Select<>();
		fromSelect.setLabel(getTranslation("publication.diff.from"));
		fromSelect.setItems(versions);
		fromSelect.setValue(from.version());
		Select<Integer> toSelect = new Select<>();
		toSelect.setLabel(getTranslation("publication.diff.to"));
		toSelect.setItems(versions);
		toSelect.setValue(to.version());
		Button show = new Button(getTranslation("publication.diff.show"), click -> getUI().ifPresent(
				ui -> ui.navigate(permalink(record) + "/diff", query(fromSelect.getValue(), toSelect.getValue()))));
		HorizontalLayout chooser = new HorizontalLayout(fromSelect, toSelect, show);
		chooser.setAlignItems(FlexComponent.Alignment.BASELINE);
		return chooser(chooser, permalink(record) + "/diff", versions, from.version(), to.version());
	}

	/** The query of a comparison's address. */
	public static QueryParameters query(int from, int to) {
		return QueryParameters.simple(Map.of("from", Integer.toString(from), "to", Integer.toString(to)));
	}

	private static Optional<Integer> number(QueryParameters query, String name) {
		return query.getSingleParameter(name).flatMap(VersionNumbers::parse);
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
