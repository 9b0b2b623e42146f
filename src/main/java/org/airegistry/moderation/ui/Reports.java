package org.airegistry.moderation.ui;

import java.util.Locale;

import org.airegistry.moderation.InaccuracyReport;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** How a report's details read, the same for reporter, provider and regulator. */
final class Reports {

	private Reports() {
	}

	static void describe(Component view, DescriptionList details, InaccuracyReport report, Locale locale) {
		term(details, view.getTranslation("report.column.status"),
				badge(view.getTranslation("report.status." + report.status().name())));
		term(details, view.getTranslation("report.column.filed"),
				new Span(Formats.dateTime(report.createdAt(), locale)));
		term(details, view.getTranslation("report.column.version"), new Span(String.valueOf(report.entryVersion())));
		if (report.concernedField() != null) {
			term(details, view.getTranslation("report.field"),
					new Span(view.getTranslation("report.concerned." + report.concernedField())));
		}
		term(details, view.getTranslation("report.description"), paragraph(report.description()));
		if (report.response() != null) {
			term(details, view.getTranslation("report.column.response"), paragraph(report.response()));
			term(details, view.getTranslation("report.column.responded"),
					new Span(Formats.dateTime(report.respondedAt(), locale)));
		}
	}

	static String date(java.time.LocalDate date, Locale locale) {
		return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(locale)
			.format(date);
	}

	static Span badge(String text) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge");
		return badge;
	}

	private static Span paragraph(String text) {
		Span span = new Span(text);
		span.addClassName("preserve-lines");
		return span;
	}

	static void term(DescriptionList list, String term, Component value) {
		list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
	}

}
