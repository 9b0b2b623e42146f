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
	 * word (folded and case-insensitive, within the edit distance Elasticsearch's
	 * {@code fuzziness: AUTO} allows: none up to 2 letters, 1 up to 5, else 2), every
	 * such word in the excerpt marked; empty when no word is close. Marks typo matches
	 * without asking the index to build fuzzy automata for every hit.
	 */
	public static Optional<String> highlightSimilar(String text, String query, int length) {
		List<String> wanted = words(query).stream().map(word -> fold(word.text())).filter(w -> !w.isEmpty()).toList();
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		List<Span> close = words(text).stream().filter(word -> {
			String folded = fold(word.text());
			return wanted.stream().anyMatch(w -> similar(w, folded));
		}).map(word -> new Span(word.start(), word.end())).toList();
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

	private static String fold(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/** Within Elasticsearch's {@code AUTO} fuzziness of the query word. */
	static boolean similar(String queryWord, String word) {
		int allowed = queryWord.length() <= 2 ? 0 : queryWord.length() <= 5 ? 1 : 2;
		if (Math.abs(queryWord.length() - word.length()) > allowed) {
			return false;
		}
		return new LevenshteinDistance(allowed).apply(queryWord, word) >= 0;
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
