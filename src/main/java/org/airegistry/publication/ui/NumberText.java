package org.airegistry.publication.ui;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

/**
 * Numbers typed as text in the UI's language, for the binders of record forms: the
 * locale's decimal separator and digit grouping ({@code 3,8E25} and {@code 1.000.000} in
 * German, {@code 3.8E25} and {@code 1,000,000} in English, {@code 1 000 000} in French),
 * scientific notation ({@code 3,8E25}, {@code 3.8×10^25}; the mantissa's one separator is
 * its decimal separator in every language), and shown the same way, so that what a form
 * shows reads back to the same number. A separator that fits neither reading ({@code 3,8}
 * in English) is refused rather than guessed.
 */
public final class NumberText {

	private static final Pattern EXPONENT = Pattern.compile("([+-]?[0-9]*(?:[.,][0-9]*)?)E([+-]?[0-9]{1,4})");

	/** Numbers from a million up are shown in scientific notation. */
	private static final int PLAIN_DIGITS = 6;

	private NumberText() {
	}

	/**
	 * A converter of whole numbers (null for an empty input) in the binding's locale.
	 * @param error the message shown next to the input for text that is no whole number
	 */
	public static Converter<String, @Nullable Long> wholeNumber(String error) {
		return new Converter<>() {
			@Override
			public Result<@Nullable Long> convertToModel(String text, ValueContext context) {
				try {
					return Result.ok(parseWhole(text, locale(context)));
				}
				catch (NumberFormatException ex) {
					return Result.error(error);
				}
			}

			@Override
			public String convertToPresentation(@Nullable Long value, ValueContext context) {
				return value == null ? "" : formatWhole(value, locale(context));
			}
		};
	}

	/**
	 * A converter of decimal numbers (null for an empty input) in the binding's locale.
	 * @param error the message shown next to the input for text that is no number
	 */
	public static Converter<String, @Nullable BigDecimal> decimal(String error) {
		return new Converter<>() {
			@Override
			public Result<@Nullable BigDecimal> convertToModel(String text, ValueContext context) {
				try {
					return Result.ok(parseDecimal(text, locale(context)));
				}
				catch (NumberFormatException ex) {
					return Result.error(error);
				}
			}

			@Override
			public String convertToPresentation(@Nullable BigDecimal value, ValueContext context) {
				return value == null ? "" : formatDecimal(value, locale(context));
			}
		};
	}

	private static Locale locale(ValueContext context) {
		return context.getLocale().orElse(Locale.ENGLISH);
	}

	/**
	 * The decimal number the text holds in this locale; null for no text.
	 * @throws NumberFormatException when the text is no number in this locale
	 */
	public static @Nullable BigDecimal parseDecimal(String typed, Locale locale) {
		String text = typed.replaceAll("[\\s\\u00a0\\u2007\\u2009\\u202f_]", "")
			.replace("×10^", "E")
			.replace("x10^", "E")
			.replace("*10^", "E")
			.replace('e', 'E');
		if (text.isEmpty()) {
			return null;
		}
		Matcher scientific = EXPONENT.matcher(text);
		if (scientific.matches()) {
			String mantissa = scientific.group(1).replace(',', '.');
			if (mantissa.isEmpty() || mantissa.equals("+") || mantissa.equals("-") || mantissa.endsWith(".")) {
				throw new NumberFormatException(typed);
			}
			return new BigDecimal(mantissa + "E" + scientific.group(2));
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
		char groupingChar = symbols.getGroupingSeparator();
		String plain = "[+-]?[0-9]+(" + decimal + "[0-9]+)?";
		if (text.matches(plain)) {
			return new BigDecimal(text.replace(symbols.getDecimalSeparator(), '.'));
		}
		if (groupingChar == '.' || groupingChar == ',') {
			String grouped = "[+-]?[0-9]{1,3}(" + Pattern.quote(String.valueOf(groupingChar)) + "[0-9]{3})+(" + decimal
					+ "[0-9]+)?";
			if (text.matches(grouped)) {
				return new BigDecimal(
						text.replace(String.valueOf(groupingChar), "").replace(symbols.getDecimalSeparator(), '.'));
			}
		}
		else if (text.matches("[+-]?[0-9]+\\.[0-9]+")) {
			// a point in a language that groups with spaces is a decimal point
			return new BigDecimal(text);
		}
		throw new NumberFormatException(typed);
	}

	/**
	 * The whole number the text holds in this locale (also {@code 1.5E12}); null for no
	 * text.
	 * @throws NumberFormatException when the text is no whole number
	 */
	public static @Nullable Long parseWhole(String typed, Locale locale) {
		BigDecimal number = parseDecimal(typed, locale);
		if (number == null) {
			return null;
		}
		try {
			return number.stripTrailingZeros().longValueExact();
		}
		catch (ArithmeticException ex) {
			throw new NumberFormatException(typed);
		}
	}

	/** A whole number with the locale's digit grouping. */
	public static String formatWhole(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/**
	 * A decimal number with the locale's decimal separator, without grouping; from a
	 * million up in scientific notation ({@code 3,8E25} in German).
	 */
	public static String formatDecimal(BigDecimal value, Locale locale) {
		BigDecimal number = value.stripTrailingZeros();
		char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
		int exponent = number.precision() - number.scale() - 1;
		if (number.signum() == 0 || Math.abs(exponent) < PLAIN_DIGITS) {
			return number.toPlainString().replace('.', separator);
		}
		String mantissa = number.movePointLeft(exponent).toPlainString().replace('.', separator);
		return mantissa + "E" + exponent;
	}

}
