package org.airegistry.search.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Builds HTML snippets without the search index: the text is escaped and occurrences of
 * the query are wrapped in {@code <mark>}, the same shape Elasticsearch's highlighter
 * gives.
 */
public final class Snippets {

	/** Characters of text a snippet shows. */
	public static final int LENGTH = 160;

	/** Query words of this many letters or more may have one typo. */
	public static final int ONE_EDIT_FROM = 5;

	/** Query words of this many letters or more may have two typos. */
	public static final int TWO_EDITS_FROM = 9;

	private Snippets() {
	}

	/**
	 * An excerpt of {@code text} around the first occurrence of {@code query} (case
	 * insensitive), or its beginning when the query does not occur; escaped, with every
	 * occurrence in the excerpt marked.
	 */
	public static String highlight(String text, String query, int length) {
		String needle = query.strip();
		List<Span> occurrences = new ArrayList<>();
		int match = needle.isEmpty() ? -1 : indexOfIgnoreCase(text, needle, 0);
		while (match >= 0) {
			occurrences.add(new Span(match, match + needle.length()));
			match = indexOfIgnoreCase(text, needle, match + needle.length());
		}
		return excerpt(text, occurrences, length);
	}

	/**
	 * The escaped excerpt of at most {@code length} characters around the first span (the
	 * text's beginning without spans), cut at word boundaries, with the spans inside it
	 * marked.
	 */
	private static String excerpt(String text, List<Span> spans, int length) {
		int start = spans.isEmpty() ? 0 : wordStartBefore(text, Math.max(0, spans.getFirst().start() - length / 3));
		int end = Math.min(text.length(), start + length);
		if (end < text.length()) {
			int space = text.lastIndexOf(' ', end);
			end = space > start + length / 2 ? space : end;
		}
		StringBuilder html = new StringBuilder();
		if (start > 0) {
			html.append("… ");
		}
		int position = start;
		for (Span span : spans) {
			if (span.start() < position || span.end() > end) {
				continue;
			}
			html.append(escape(text.substring(position, span.start())))
				.append("<mark>")
				.append(escape(text.substring(span.start(), span.end())))
				.append("</mark>");
			position = span.end();
		}
		html.append(escape(text.substring(position, end)));
		if (end < text.length()) {
			html.append(" …");
		}
		return html.toString();
	}

	private record Span(int start, int end) {
	}

	/**
	 * An excerpt of {@code text} around the first word that is a near miss of a query
	 * word (folded and case-insensitive, the first letter the same, within the edit
	 * distance the search allows: none up to 4 letters, 1 up to 8, else 2), every such
	 * word in the excerpt marked; empty when no word is close. Marks typo matches without
	 * asking the index to build fuzzy automata for every hit.
	 */
	public static Optional<String> highlightSimilar(String text, String query, int length) {
		List<String> wanted = words(query).stream().map(word -> fold(word.text())).filter(w -> !w.isEmpty()).toList();
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		// the shortest and longest word that can be close: most words of the text are
		// left out by their length before they are folded (per hit, on every search)
		int shortest = wanted.stream().mapToInt(w -> w.length() - allowedEdits(w)).min().orElseThrow();
		int longest = wanted.stream().mapToInt(w -> w.length() + allowedEdits(w)).max().orElseThrow();
		List<Span> close = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			int letters = matcher.end() - matcher.start();
			if (letters < shortest || letters > longest) {
				continue;
			}
			String folded = fold(matcher.group());
			if (wanted.stream().anyMatch(w -> similar(w, folded))) {
				close.add(new Span(matcher.start(), matcher.end()));
			}
		}
		return close.isEmpty() ? Optional.empty() : Optional.of(excerpt(text, close, length));
	}

	private record Word(String text, int start, int end) {
	}

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(new Word(matcher.group(), matcher.start(), matcher.end()));
		}
		return words;
	}

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	/**
	 * Lower case without accents ("Kreditwürdigkeit" → "kreditwurdigkeit"); words of
	 * plain ASCII, most of them, need no decomposition. For the letters of the EU
	 * languages (precomposed) the folded word is as long as the word, which the length
	 * filter of {@link #highlightSimilar} relies on.
	 */
	static String fold(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) >= 0x80) {
				return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD))
					.replaceAll("")
					.toLowerCase(Locale.ROOT);
			}
		}
		return word.toLowerCase(Locale.ROOT);
	}

	private static int allowedEdits(String queryWord) {
		return queryWord.length() < ONE_EDIT_FROM ? 0 : queryWord.length() < TWO_EDITS_FROM ? 1 : 2;
	}

	/** Within the search's fuzziness of the query word, the first letter the same. */
	static boolean similar(String queryWord, String word) {
		int allowed = allowedEdits(queryWord);
		if (Math.abs(queryWord.length() - word.length()) > allowed || word.isEmpty()
				|| word.charAt(0) != queryWord.charAt(0)) {
			return false;
		}
		return new LevenshteinDistance(allowed).apply(queryWord, word) >= 0;
	}

	private static final String MARK = "<mark>";

	private static final String MARK_END = "</mark>";

	/**
	 * Cuts a highlighter fragment (escaped text with {@code <mark>} tags) to at most
	 * {@code length} visible characters around its first mark, with "…" where text was
	 * left out and every mark closed. The highlighter's fragments follow sentences, so a
	 * long unbroken word (a 5 000-character token) would otherwise come back whole.
	 */
	public static String bounded(String html, int length) {
		// segments as offsets, segment k being html[starts[k], starts[k + 1]): a mark
		// tag, an entity or one character; no string per character (DD029: these were a
		// quarter of what the API's request threads allocated)
		int[] starts = new int[html.length() + 1];
		int segments = 0;
		int firstMark = -1;
		int visible = 0;
		for (int i = 0; i < html.length();) {
			starts[segments++] = i;
			if (html.startsWith(MARK, i)) {
				if (firstMark < 0) {
					firstMark = visible;
				}
				i += MARK.length();
			}
			else if (html.startsWith(MARK_END, i)) {
				i += MARK_END.length();
			}
			else {
				int semicolon = html.charAt(i) == '&' ? html.indexOf(';', i) : -1;
				i = semicolon > i && semicolon - i <= 8 ? semicolon + 1 : i + 1;
				visible++;
			}
		}
		if (visible <= length) {
			return html;
		}
		starts[segments] = html.length();
		int start = Math.max(0, Math.min(firstMark < 0 ? 0 : firstMark - length / 3, visible - length));
		int end = start + length;
		StringBuilder out = new StringBuilder();
		if (start > 0) {
			out.append("… ");
		}
		boolean open = false;
		boolean wrote = false;
		int position = 0;
		for (int k = 0; k < segments; k++) {
			int from = starts[k];
			int to = starts[k + 1];
			boolean opening = html.startsWith(MARK, from);
			if (opening || html.startsWith(MARK_END, from)) {
				open = opening;
				if (position >= start && position < end) {
					out.append(html, from, to);
				}
				continue;
			}
			if (position >= start && position < end) {
				if (!wrote && open && start > 0) {
					// the window starts inside a mark
					out.append(MARK);
				}
				out.append(html, from, to);
				wrote = true;
			}
			position++;
		}
		if (count(out, MARK) > count(out, MARK_END)) {
			out.append(MARK_END);
		}
		if (end < visible) {
			out.append(" …");
		}
		return out.toString().replace(MARK + MARK_END, "");
	}

	private static int count(CharSequence chars, String tag) {
		String text = chars.toString();
		int count = 0;
		for (int i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + tag.length())) {
			count++;
		}
		return count;
	}

	/** Escapes text for HTML element content and attribute values. */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static int indexOfIgnoreCase(String text, String needle, int from) {
		for (int i = from; i <= text.length() - needle.length(); i++) {
			if (text.regionMatches(true, i, needle, 0, needle.length())) {
				return i;
			}
		}
		return -1;
	}

	private static int wordStartBefore(String text, int index) {
		if (index == 0) {
			return 0;
		}
		int space = text.lastIndexOf(' ', index);
		if (space < 0) {
			return index <= 20 ? 0 : index;
		}
		return index - space <= 20 ? space + 1 : index;
	}

}
