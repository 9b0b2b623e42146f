package org.airegistry.shared.i18n;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Citations of the AI Act in each language's own style, as its official version writes
 * them in short form (see the team's language decisions): the code keeps citations in the
 * English short form ({@code Art 6(2)}, {@code Art 5(1)(c)}, {@code Art 3(63)},
 * {@code Art 6(3) third subparagraph}, {@code Art 8–15}, {@code Annex III point 4(a)},
 * {@code Annex III point 5(b), 5(c)}, {@code Annex VIII Section A},
 * {@code Annex VIII A.8}, {@code Recital 96}, {@code Reg. (EU) 2026/1744}) and this one
 * formatter writes them for the reader, e.g. German {@code Art. 6 Abs. 2},
 * {@code Anhang III Nr. 4 Buchst. a}, French {@code art. 6, par. 2}, Polish
 * {@code art. 6 ust. 2}. Languages without a style of their own get the English one; text
 * that is not a citation is left as it is.
 */
public final class Citations {

	private static final Pattern CITATION = Pattern
		.compile("Art (\\d+)[–-](\\d+)" + "|Art (\\d+)((?:\\(\\w+\\))*)(?: (first|second|third|fourth) subparagraph)?"
				+ "|Annex ([IVX]+)(?: point (\\d+)(?:\\(([a-z])\\))?| Section ([A-D])| ([A-D]\\.\\d+))?"
				+ "|(?<=, )(\\d+)((?:\\(\\w+\\))+)" + "|Recital (\\d+)" + "|Reg\\. \\(EU\\) (\\d{4}/\\d+)");

	private static final Pattern PARTS = Pattern.compile("\\((\\w+)\\)");

	private Citations() {
	}

	/** Every citation in the text written in the language's style. */
	public static String format(String text, Locale locale) {
		Style style = Style.of(locale);
		if (style == Style.EN) {
			return text;
		}
		Matcher matcher = CITATION.matcher(text);
		StringBuilder out = new StringBuilder();
		boolean afterAnnexPoint = false;
		while (matcher.find()) {
			String rendered;
			if (matcher.group(11) != null && afterAnnexPoint) {
				// "Annex III point 5(b), 5(c)": a further point of the same annex
				rendered = style.furtherAnnexPoint(matcher.group(11), letterOf(matcher.group(12)));
			}
			else {
				rendered = render(style, matcher);
				afterAnnexPoint = matcher.group(7) != null;
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(rendered));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String render(Style style, Matcher m) {
		if (m.group(1) != null) {
			return style.range(m.group(1), m.group(2));
		}
		if (m.group(3) != null) {
			return style.articleWord + " " + m.group(3) + subdivisions(style, m.group(3), m.group(4), m.group(5));
		}
		if (m.group(6) != null) {
			String annex = style.annexWord + " " + m.group(6);
			if (m.group(7) != null) {
				return annex + style.annexPoint(m.group(7), m.group(8));
			}
			if (m.group(9) != null) {
				return annex + style.section + m.group(9);
			}
			if (m.group(10) != null) {
				return annex + style.itemSeparator + m.group(10);
			}
			return annex;
		}
		if (m.group(13) != null) {
			return style.recital + " " + m.group(13);
		}
		if (m.group(14) != null) {
			return style.regulation + " " + m.group(14);
		}
		// "Art 27(2), 27(3)": a further paragraph of the same kind
		return m.group(11) + subdivisions(style, m.group(11), m.group(12), null);
	}

	private static @Nullable String letterOf(String brackets) {
		Matcher parts = PARTS.matcher(brackets);
		return parts.find() ? parts.group(1) : null;
	}

	private static String subdivisions(Style style, String article, String brackets, String subparagraph) {
		StringBuilder out = new StringBuilder();
		Matcher parts = PARTS.matcher(brackets == null ? "" : brackets);
		boolean first = true;
		while (parts.find()) {
			String part = parts.group(1);
			if (first && article.equals("3")) {
				// Art 3 has numbered definitions (points), not paragraphs
				out.append(style.definition(part));
			}
			else if (first) {
				out.append(style.paragraph).append(part);
			}
			else {
				out.append(style.letter(part));
			}
			first = false;
		}
		if (subparagraph != null) {
			out.append(style.subparagraph(subparagraph));
		}
		return out.toString();
	}

	/** A language's short citation style. */
	enum Style {

		EN("Art", "Annex", "(", " Section ", " ", "Recital", "Reg. (EU)"),
		DE("Art.", "Anhang", " Abs. ", " Abschnitt ", " ", "Erwägungsgrund", "Verordnung (EU)"),
		FR("art.", "annexe", ", par. ", ", section ", ", ", "considérant", "règlement (UE)"),
		NL("art.", "bijlage", ", lid ", ", afdeling ", ", ", "overweging", "Verordening (EU)"),
		IT("art.", "allegato", ", par. ", ", sezione ", ", ", "considerando", "regolamento (UE)"),
		ES("art.", "anexo", ", apdo. ", ", sección ", ", ", "considerando", "Reglamento (UE)"),
		PL("art.", "załącznik", " ust. ", " sekcja ", " ", "motyw", "rozporządzenie (UE)");

		final String articleWord;

		final String annexWord;

		final String paragraph;

		final String section;

		final String itemSeparator;

		final String recital;

		final String regulation;

		Style(String articleWord, String annexWord, String paragraph, String section, String itemSeparator,
				String recital, String regulation) {
			this.articleWord = articleWord;
			this.annexWord = annexWord;
			this.paragraph = paragraph;
			this.section = section;
			this.itemSeparator = itemSeparator;
			this.recital = recital;
			this.regulation = regulation;
		}

		static Style of(Locale locale) {
			return switch (locale.getLanguage()) {
				case "de" -> DE;
				case "fr" -> FR;
				case "nl" -> NL;
				case "it" -> IT;
				case "es" -> ES;
				case "pl" -> PL;
				default -> EN;
			};
		}

		String letter(String letter) {
			return switch (this) {
				case EN -> "(" + letter + ")";
				case DE -> " Buchst. " + letter;
				case FR -> ", point " + letter + ")";
				case NL -> ", punt " + letter + ")";
				case IT -> ", lettera " + letter + ")";
				case ES -> ", letra " + letter + ")";
				case PL -> " lit. " + letter + ")";
			};
		}

		String definition(String point) {
			return switch (this) {
				case EN -> "(" + point + ")";
				case DE -> " Nr. " + point;
				case FR -> ", point " + point + ")";
				case NL -> ", punt " + point + ")";
				case IT -> ", punto " + point + ")";
				case ES -> ", punto " + point;
				case PL -> " pkt " + point;
			};
		}

		String annexPoint(String point, @Nullable String letter) {
			String base = switch (this) {
				case EN -> " point " + point;
				case DE -> " Nr. " + point;
				case FR -> ", point " + point;
				case NL -> ", punt " + point;
				case IT, ES -> ", punto " + point;
				case PL -> " pkt " + point;
			};
			if (letter == null) {
				return base;
			}
			return base + switch (this) {
				case EN -> "(" + letter + ")";
				case DE -> " Buchst. " + letter;
				case FR -> " " + letter + ")";
				case NL -> ", " + letter + ")";
				case IT -> ", lettera " + letter + ")";
				case ES -> ", letra " + letter + ")";
				case PL -> " lit. " + letter + ")";
			};
		}

		/**
		 * A further point after an annex point: "5(c)" in "Annex III point 5(b), 5(c)".
		 */
		String furtherAnnexPoint(String point, @Nullable String letter) {
			String written = annexPoint(point, letter);
			return written.startsWith(", ") ? written.substring(2) : written.strip();
		}

		String subparagraph(String ordinal) {
			int n = switch (ordinal) {
				case "first" -> 1;
				case "second" -> 2;
				case "third" -> 3;
				default -> 4;
			};
			return switch (this) {
				case EN -> " " + ordinal + " subparagraph";
				case DE -> " Unterabs. " + n;
				case FR -> ", " + new String[] { "premier", "deuxième", "troisième", "quatrième" }[n - 1] + " alinéa";
				case NL -> ", " + new String[] { "eerste", "tweede", "derde", "vierde" }[n - 1] + " alinea";
				case IT -> ", " + new String[] { "primo", "secondo", "terzo", "quarto" }[n - 1] + " comma";
				case ES -> ", párrafo " + new String[] { "primero", "segundo", "tercero", "cuarto" }[n - 1];
				case PL -> " akapit " + new String[] { "pierwszy", "drugi", "trzeci", "czwarty" }[n - 1];
			};
		}

		String range(String from, String to) {
			return switch (this) {
				case EN -> "Art " + from + "–" + to;
				case DE -> "Art. " + from + " bis " + to;
				case FR -> "art. " + from + " à " + to;
				case NL -> "art. " + from + " tot en met " + to;
				case IT -> "artt. da " + from + " a " + to;
				case ES -> "arts. " + from + " a " + to;
				case PL -> "art. " + from + "–" + to;
			};
		}

	}

}
