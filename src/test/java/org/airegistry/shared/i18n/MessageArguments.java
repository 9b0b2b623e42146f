package org.airegistry.shared.i18n;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.MessagePattern;

/**
 * The arguments of an ICU message pattern and, for plural arguments, the plural
 * categories it uses: what the translation checks compare between English and a
 * translation.
 */
final class MessageArguments {

	/** How an argument is formatted. */
	enum Kind {

		/** {@code {0}}: any value. */
		PLAIN,
		/** {@code {0,number,…}}. */
		NUMBER,
		/** {@code {0,date,…}} or {@code {0,time,…}}. */
		DATE,
		/** {@code {0,plural,…}} or {@code {0,selectordinal,…}}. */
		PLURAL,
		/** {@code {0,select,…}}. */
		SELECT,
		/** {@code {0,choice,…}}: not allowed any more (ICU plurals instead). */
		CHOICE;

		/**
		 * Whether a translation may format an argument this way where English uses
		 * {@code english}.
		 */
		boolean compatibleWith(Kind english) {
			if (this == english) {
				return true;
			}
			// a number may be a plural in one language and need none in another ("{0}
			// mois", "Entrées : {0}")
			return switch (english) {
				case PLAIN, NUMBER, PLURAL -> this == PLAIN || this == NUMBER || this == PLURAL;
				default -> false;
			};
		}

	}

	/** Every argument by name with its kind, in order of first use. */
	final Map<String, Kind> kinds = new LinkedHashMap<>();

	/**
	 * For each plural argument use, its keyword selectors (explicit {@code =n} left out).
	 */
	final List<List<String>> pluralKeywords = new ArrayList<>();

	private MessageArguments() {
	}

	/**
	 * Parses a pattern as the portal formats it.
	 * @throws IllegalArgumentException when the pattern is not valid ICU syntax
	 */
	static MessageArguments of(String pattern) {
		MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
		parsed.parse(pattern);
		MessageArguments arguments = new MessageArguments();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() != MessagePattern.Part.Type.ARG_START) {
				continue;
			}
			String name = parsed.getSubstring(parsed.getPart(i + 1));
			Kind kind = switch (part.getArgType()) {
				case NONE -> Kind.PLAIN;
				case SIMPLE ->
					parsed.getSubstring(parsed.getPart(i + 2)).strip().equals("number") ? Kind.NUMBER : Kind.DATE;
				case PLURAL, SELECTORDINAL -> Kind.PLURAL;
				case SELECT -> Kind.SELECT;
				case CHOICE -> Kind.CHOICE;
			};
			arguments.kinds.merge(name, kind, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
			if (kind == Kind.PLURAL) {
				arguments.pluralKeywords.add(selectors(parsed, i));
			}
		}
		return arguments;
	}

	private static List<String> selectors(MessagePattern parsed, int start) {
		List<String> keywords = new ArrayList<>();
		int limit = parsed.getLimitPartIndex(start);
		int j = start + 2;
		while (j < limit) {
			MessagePattern.Part part = parsed.getPart(j);
			if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
				String selector = parsed.getSubstring(part);
				if (!selector.startsWith("=")) {
					keywords.add(selector);
				}
			}
			if (part.getType() == MessagePattern.Part.Type.MSG_START) {
				j = parsed.getLimitPartIndex(j);
			}
			j++;
		}
		return keywords;
	}

}
