package org.airegistry.publication.ui;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.airegistry.publication.VersionSummary;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * The public version history of a record of any kind: each version with its date and
 * change summary, linked to its permalink, the shown one marked, and a link to compare
 * the two latest versions.
 */
public class VersionHistory extends Section {

	/**
	 * @param history the public versions, newest first
	 * @param shown the version on the page
	 * @param permalink the address of a version
	 * @param dateTime a publication time as the reader reads it
	 * @param firstKey translation key of what the first version is called (e.g. "First
	 * registration")
	 * @param comparison the address comparing two versions (from, to), or {@code null}
	 * when the kind has no comparison
	 */
	public VersionHistory(List<VersionSummary> history, int shown, IntFunction<String> permalink,
			Function<Instant, String> dateTime, String firstKey, @Nullable Comparison comparison) {
		addClassName("history");
		OrderedList versions = new OrderedList();
		versions.getElement().setAttribute("reversed", true);
		versions.addClassName("version-history");
		for (VersionSummary version : history) {
			String label = getTranslation("publication.history.version", version.version(),
					dateTime.apply(version.publishedAt()));
			Component link = version.version() == shown
					? new Span(label + " " + getTranslation("publication.history.shown"))
					: new Anchor(permalink.apply(version.version()), label);
			String summary = version.changeSummary().isBlank()
					? (version.version() == 1 ? getTranslation(firstKey) : "") : version.changeSummary();
			Span text = new Span(summary);
			text.addClassName("change-summary");
			versions.add(new ListItem(link, text));
		}
		add(new H2(getTranslation("publication.history.title")), versions);
		if (comparison != null && history.size() > 1) {
			add(new Paragraph(new Anchor(comparison.address(history.get(1).version(), history.getFirst().version()),
					getTranslation("publication.diff.compare"))));
		}
	}

	/** The address comparing two versions of the record. */
	@FunctionalInterface
	public interface Comparison {

		String address(int from, int to);

	}

}
