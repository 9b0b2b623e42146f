package org.airegistry.explanation.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.airegistry.explanation.Deadline;
import org.airegistry.explanation.ExplanationRequest;
import org.airegistry.explanation.ThreadMessage;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.shell.components.Formats;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What every party sees of a request: the decision, the state with overdue markers, how
 * the due date was computed, and the thread.
 */
final class RequestDetails {

	private RequestDetails() {
	}

	/** The UI's language (the views' locale). */
	static Locale locale() {
		com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
		return ui == null ? Locale.ENGLISH : ui.getLocale();
	}

	static String date(LocalDate date, Locale locale) {
		return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	static Span state(Component on, ExplanationRequest request) {
		Span badge = new Span(on.getTranslation("explanation.state." + request.state().name()));
		badge.getElement().getThemeList().add("badge");
		badge.addClassName("request-state");
		return badge;
	}

	static Component overdueMarker(Component on, boolean overdue, boolean longOverdue) {
		Span marker = new Span(on.getTranslation(longOverdue ? "explanation.longOverdue" : "explanation.overdue"));
		marker.getElement().getThemeList().add("badge error");
		marker.setVisible(overdue);
		return marker;
	}

	/**
	 * Issue 21: the named deployer has not registered its use of the system; the request
	 * still reaches it, and is counted apart from the system's statistics.
	 */
	static Paragraph unregisteredDeployer(Component on) {
		Paragraph note = new Paragraph(on.getTranslation("explanation.deployer.unregisteredNote"));
		note.addClassName("unregistered-deployer");
		note.getElement().setAttribute("role", "note");
		return note;
	}

	static Section decision(Component on, ExplanationRequest request) {
		DescriptionList list = new DescriptionList();
		term(list, on.getTranslation("explanation.reference"), new Span(request.reference()));
		// a request without a public entry shows only what the person wrote (Art 49(4):
		// nothing about the non-public section)
		term(list, on.getTranslation("explanation.system"),
				request.namesSystem()
						? new Anchor(RegistryRoutes.permalink(request.registrationNumber()),
								request.systemName().isBlank() ? request.registrationNumber()
										: request.systemName() + " (" + request.registrationNumber() + ")")
						: multiline(request.systemDescription().isBlank()
								? on.getTranslation("explanation.system.unnamed") : request.systemDescription()));
		term(list, on.getTranslation("explanation.deployer"), new Span(request.deployerName()));
		term(list, on.getTranslation("explanation.field.decision"), multiline(request.decision()));
		if (!request.decisionDate().isBlank()) {
			term(list, on.getTranslation("explanation.field.decisionDate"),
					new Span(date(LocalDate.parse(request.decisionDate()), locale())));
		}
		if (!request.decisionReference().isBlank()) {
			term(list, on.getTranslation("explanation.field.decisionReference"), new Span(request.decisionReference()));
		}
		term(list, on.getTranslation("explanation.field.adverse"), multiline(request.adverse()));
		if (request.submittedAt() != null) {
			term(list, on.getTranslation("explanation.submittedAt"),
					new Span(Formats.dateTime(request.submittedAt(), locale())));
		}
		return new Section(new H2(on.getTranslation("explanation.decision.title")), list);
	}

	/** How the due date was computed, line by line. */
	static Section deadline(Component on, ExplanationRequest request) {
		Section section = new Section(new H2(on.getTranslation("explanation.deadline.title")));
		section.addClassName("deadline");
		Deadline deadline = request.deadline();
		if (deadline == null) {
			section.add(new Paragraph(on.getTranslation("explanation.deadline.notStarted")));
			return section;
		}
		Locale locale = locale();
		UnorderedList steps = new UnorderedList();
		steps.add(new ListItem(
				on.getTranslation("explanation.deadline.submitted", date(deadline.submittedOn(), locale))));
		steps.add(new ListItem(on.getTranslation("explanation.deadline.period", period(on, deadline),
				date(deadline.firstPeriodEnds(), locale))));
		if (!deadline.extension().isZero()) {
			steps.add(new ListItem(
					on.getTranslation("explanation.deadline.extended", deadline.extension().toTotalMonths())));
		}
		for (Deadline.Stop stop : deadline.stops()) {
			steps.add(new ListItem(stop.ongoing()
					? on.getTranslation("explanation.deadline.stopOngoing", date(stop.from(), locale), stop.days())
					: on.getTranslation("explanation.deadline.stop", date(stop.from(), locale), date(stop.to(), locale),
							stop.days())));
		}
		if (deadline.movedToWorkingDay()) {
			// Reg. 1182/71 Art 3(4)
			steps.add(new ListItem(
					on.getTranslation("explanation.deadline.workingDay", date(deadline.calendarDue(), locale))));
		}
		steps.add(new ListItem(on.getTranslation(
				deadline.clockStopped() ? "explanation.deadline.dueProvisional" : "explanation.deadline.due",
				date(deadline.due(), locale))));
		section.add(steps);
		if (request.overdue()) {
			section.add(overdueMarker(on, true, request.longOverdue()));
		}
		section.add(new Paragraph(on.getTranslation("explanation.deadline.basis")));
		return section;
	}

	private static String period(Component on, Deadline deadline) {
		var period = deadline.responsePeriod();
		if (period.getDays() == 0 && period.getYears() == 0) {
			return on.getTranslation("explanation.months", period.getMonths());
		}
		return on.getTranslation("explanation.days", period.getDays() + period.toTotalMonths() * 30);
	}

	/** The months of an extension, stored as its message's second part. */
	private static long months(@Nullable String stored) {
		try {
			return stored == null ? 0 : Long.parseLong(stored.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	static Section thread(Component on, ExplanationRequest request) {
		Section section = new Section(new H2(on.getTranslation("explanation.thread.title")));
		if (request.thread().isEmpty()) {
			section.add(new Paragraph(on.getTranslation("explanation.thread.empty")));
			return section;
		}
		OrderedList list = new OrderedList();
		list.addClassName("thread");
		for (ThreadMessage message : request.thread()) {
			Article article = new Article();
			article.add(new H3(on.getTranslation("explanation.author." + message.author()) + " · "
					+ on.getTranslation("explanation.kind." + message.kind()) + " · "
					+ Formats.dateTime(message.at(), locale())));
			if (message.kind().equals("ANSWER")) {
				article.add(new Paragraph(on.getTranslation("explanation.answer.role")), multiline(message.body()));
				article.add(new Paragraph(on.getTranslation("explanation.answer.elements")),
						multiline(message.secondBody() == null ? "" : message.secondBody()));
			}
			else if (message.kind().equals("REFUSAL") && request.refusalGround() != null) {
				article.add(new Paragraph(on.getTranslation("explanation.ground." + request.refusalGround().name())),
						multiline(message.body()));
			}
			else if (message.kind().equals("EXTENSION")) {
				article.add(new Paragraph(on.getTranslation("explanation.extension.by", months(message.secondBody()))),
						multiline(message.body()));
			}
			else if (!message.body().isBlank()) {
				article.add(multiline(message.body()));
			}
			list.add(new ListItem(article));
		}
		section.add(list);
		return section;
	}

	static Paragraph multiline(String text) {
		Paragraph paragraph = new Paragraph(text);
		paragraph.addClassName("multiline");
		paragraph.getStyle().set("white-space", "pre-wrap");
		return paragraph;
	}

	private static void term(DescriptionList list, String term, Component value) {
		list.add(new Term(term), new Description(value));
	}

}
