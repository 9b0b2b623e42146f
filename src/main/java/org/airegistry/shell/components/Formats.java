package org.airegistry.shell.components;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.airegistry.shared.MemberState;
import org.airegistry.shared.i18n.OfficialLanguages;

/**
 * Dates, times (with their time zone) and Member State lists in the visitor's language.
 */
public final class Formats {

	/**
	 * Dates are shown in Central European Time, where most of the registry's users are.
	 */
	public static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Brussels");

	private Formats() {
	}

	/**
	 * A date as the language writes it in the EU, e.g. "4 December 2026", "4. Dezember
	 * 2026".
	 */
	public static String date(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(OfficialLanguages.regional(locale))
			.format(instant.atZone(DISPLAY_ZONE));
	}

	/**
	 * A date and time with its time zone, e.g. "4 Dec 2026, 14:05 CET", "04.12.2026,
	 * 14:05 MEZ".
	 */
	public static String dateTime(Instant instant, Locale locale) {
		Locale regional = OfficialLanguages.regional(locale);
		return new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.appendLiteral(' ')
			.appendZoneText(TextStyle.SHORT)
			.toFormatter(regional)
			.format(instant.atZone(DISPLAY_ZONE));
	}

	/** A day as the language writes it in the EU, e.g. "4 December 2026". */
	public static String day(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(OfficialLanguages.regional(locale))
			.format(day);
	}

	/**
	 * Message arguments written for a reader of the language (e.g. of a mail): days,
	 * instants and Member States as {@link #day}, {@link #dateTime} and the Member
	 * State's name in the language; everything else as it is.
	 */
	public static Object[] localised(Locale locale, Object... arguments) {
		Object[] written = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			written[i] = switch (arguments[i]) {
				case LocalDate value -> day(value, locale);
				case Instant value -> dateTime(value, locale);
				case MemberState value -> value.displayName(locale);
				case null -> "";
				default -> arguments[i];
			};
		}
		return written;
	}

	public static String memberStates(Collection<MemberState> states, Locale locale) {
		return states.stream().map(state -> state.displayName(locale)).sorted().collect(Collectors.joining(", "));
	}

}
