package org.airegistry.publication.ui;

import java.util.Optional;

import org.airegistry.publication.Freshness;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * How a public page of any kind says how current its record is (issue 21, freshness): the
 * "confirmed as current" line among the record's fields, and the notice when the record
 * was not confirmed in time.
 */
public final class ConfirmedAsCurrent {

	private ConfirmedAsCurrent() {
	}

	/**
	 * Adds the line to the fields.
	 * @param date the date of the confirmation as the page formats dates
	 * @param labelKey translation key of the line's label (who confirmed)
	 * @param staleKey translation key of the notice (arguments: the review interval in
	 * months, the date)
	 * @return the notice to show on the page when the record was not confirmed in time
	 */
	public static Optional<Paragraph> add(Component page, FieldList fields, Freshness.Standing standing, String date,
			String labelKey, String staleKey, long months) {
		Span confirmed = new Span(date);
		confirmed.addClassName("entry-confirmed-on");
		fields.add(page.getTranslation(labelKey), confirmed);
		if (!standing.overdue()) {
			return Optional.empty();
		}
		Paragraph stale = new Paragraph(page.getTranslation(staleKey, months, date));
		stale.addClassName("notice-banner");
		stale.addClassName("entry-stale");
		stale.getElement().setAttribute("role", "note");
		return Optional.of(stale);
	}

}
