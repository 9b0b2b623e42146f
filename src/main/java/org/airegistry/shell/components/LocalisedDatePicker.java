package org.airegistry.shell.components;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.airegistry.shared.i18n.OfficialLanguages;
import org.airegistry.shared.i18n.Translations;
import org.airegistry.shell.components.LocalisedDatePicker;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker that speaks the UI language: month and weekday names and the first day of
 * the week from the JDK's locale data, its buttons and error messages from the bundles,
 * and the date formats of the language: it shows dates as the language writes them
 * (German {@code 31.12.2029}, French {@code 31/12/2029}; English as in the EU, day first)
 * and also accepts them with other separators, with short years and as ISO
 * {@code 2029-12-31}. Input it cannot read is marked with a message instead of being
 * dropped.
 */
public class LocalisedDatePicker extends DatePicker {

	public LocalisedDatePicker() {
	}

	public LocalisedDatePicker(String label) {
		super(label);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		Locale locale = Translations.standard().supported(attachEvent.getUI().getLocale());
		setLocale(locale);
		setI18n(i18n(locale));
	}

	/** The picker's texts and formats for a language. */
	public static DatePickerI18n i18n(Locale locale) {
		Translations texts = Translations.standard();
		List<String> formats = dateFormats(locale);
		DatePickerI18n i18n = new DatePickerI18n();
		i18n.setMonthNames(
				Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
		List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		i18n.setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
		i18n.setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList());
		i18n.setFirstDayOfWeek(WeekFields.of(regional(locale)).getFirstDayOfWeek().getValue() % 7);
		i18n.setToday(texts.text("datePicker.today", locale));
		i18n.setCancel(texts.text("datePicker.cancel", locale));
		i18n.setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new));
		String example = DateTimeFormatter.ofPattern(formats.getFirst(), locale).format(LocalDate.of(2029, 12, 31));
		i18n.setBadInputErrorMessage(texts.text("datePicker.badInput", locale, example));
		return i18n;
	}

	/**
	 * The formats a date may be typed in, the shown one first: the language's short date
	 * pattern with two-digit day and month and four-digit year, then the same with other
	 * separators, without leading zeros, with a two-digit year, and ISO.
	 */
	public static List<String> dateFormats(Locale locale) {
		String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
				IsoChronology.INSTANCE, regional(locale));
		List<Character> order = new ArrayList<>();
		for (char c : pattern.toCharArray()) {
			if ((c == 'd' || c == 'M' || c == 'y') && !order.contains(c)) {
				order.add(c);
			}
		}
		if (order.size() != 3) {
			order = List.of('d', 'M', 'y');
		}
		String separator = pattern.replaceAll("[dMy]+", " ").strip().replaceAll("\\s+", " ");
		String primarySeparator = separator.isEmpty() ? "." : separator.substring(0, 1);
		Set<String> formats = new LinkedHashSet<>();
		formats.add(join(order, primarySeparator, "dd", "MM", "yyyy"));
		for (String sep : List.of(primarySeparator, ".", "/", "-")) {
			formats.add(join(order, sep, "dd", "MM", "yyyy"));
			formats.add(join(order, sep, "d", "M", "yyyy"));
			formats.add(join(order, sep, "d", "M", "yy"));
		}
		formats.add("yyyy-MM-dd");
		return List.copyOf(formats);
	}

	private static String join(List<Character> order, String separator, String day, String month, String year) {
		List<String> parts = order.stream().map(c -> c == 'd' ? day : c == 'M' ? month : year).toList();
		return String.join(separator, parts);
	}

	private static Locale regional(Locale locale) {
		return OfficialLanguages.regional(locale);
	}

}
