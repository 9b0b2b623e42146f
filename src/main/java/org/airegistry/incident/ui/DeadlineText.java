package org.airegistry.incident.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.airegistry.incident.IncidentDeadline;
import org.airegistry.incident.LegalPeriods;
import org.airegistry.shell.components.Formats;

import com.vaadin.flow.component.Component;

/**
 * The reporting deadline in words, with its work: which period applies and why, the day
 * it ends, and how Regulation 1182/71 moved it.
 */
final class DeadlineText {

	private DeadlineText() {
	}

	static String day(java.time.LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
	}

	/** "At the latest by …: 15 days (Art 73(2)) from …" plus the steps. */
	static String of(Component component, Locale locale, IncidentDeadline deadline) {
		LegalPeriods.PeriodEnd period = deadline.period();
		StringBuilder text = new StringBuilder(component.getTranslation(
				deadline.deadlineCase().law() ? "incident.deadline.text" : "incident.deadline.text.codeOfPractice",
				day(period.lastDay(), locale), deadline.deadlineCase().days(),
				component.getTranslation(deadline.deadlineCase().translationKey()),
				Formats.dateTime(deadline.clockStart(), locale)));
		if (period.movedToWorkingDay()) {
			text.append(' ')
				.append(component.getTranslation("incident.deadline.moved", day(period.nominalLastDay(), locale)));
		}
		if (period.extendedForTwoWorkingDays()) {
			text.append(' ').append(component.getTranslation("incident.deadline.twoWorkingDays"));
		}
		return text.toString();
	}

	/** Where a report stands against its deadline now: in time, due soon, passed. */
	static String status(Component component, Locale locale, IncidentDeadline deadline, Instant now,
			@org.jspecify.annotations.Nullable Instant firstSubmittedAt, boolean late) {
		if (firstSubmittedAt != null) {
			return component.getTranslation(
					late ? "incident.deadline.submittedLate" : "incident.deadline.submittedInTime",
					Formats.dateTime(firstSubmittedAt, locale));
		}
		if (deadline.passed(now)) {
			return component.getTranslation("incident.deadline.passed");
		}
		long hours = java.time.Duration.between(now, deadline.dueAt()).toHours();
		return component.getTranslation("incident.deadline.remaining", hours / 24, hours % 24);
	}

}
