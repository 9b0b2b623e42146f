package org.airegistry.shell.components;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.airegistry.shared.MemberState;

/** Dates, times and Member State lists in the visitor's language. */
public final class Formats {

	/**
	 * Dates are shown in Central European Time, where most of the registry's users are.
	 */
	public static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Brussels");

	private Formats() {
	}

	public static String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(instant.atZone(DISPLAY_ZONE));
	}

	public static String dateTime(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.format(instant.atZone(DISPLAY_ZONE));
	}

	public static String memberStates(Collection<MemberState> states, Locale locale) {
		return states.stream().map(state -> state.displayName(locale)).sorted().collect(Collectors.joining(", "));
	}

}
