package org.airegistry.search.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;
import org.jspecify.annotations.Nullable;

/**
 * The free-text part of the small record-kind indexes (GPAI models, real-world tests):
 * folded fields with typo tolerance, their stemmed language sub-fields, highlighted
 * snippets, and the facet helpers their searches share (counts per facet with the other
 * facets' filters applied).
 */
public final class TextFields {

	/** Language sub-fields every folded text field has. */
	public static final List<String> LANGUAGES = List.of("en", "de", "fr", "nl");

	/** Characters a snippet shows. */
	public static final int SNIPPET_LENGTH = 160;

	private final List<String> folded;

	private final List<String> languageFields;

	private final List<String> snippetFields;

	/**
	 * @param folded the folded text fields with their boosts (e.g. {@code name^3})
	 * @param snippetFields fields whose matches make the snippet, in order of preference;
	 * the first one gives an unmarked snippet when nothing matched
	 */
	public TextFields(List<String> folded, List<String> snippetFields) {
		this.folded = List.copyOf(folded);
		this.languageFields = LANGUAGES.stream().flatMap(language -> folded.stream().map(field -> {
			int boost = field.indexOf('^');
			return boost < 0 ? field + "." + language
					: field.substring(0, boost) + "." + language + field.substring(boost);
		})).toList();
		this.snippetFields = List.copyOf(snippetFields);
	}

	public List<String> folded() {
		return folded;
	}

	public List<String> languageFields() {
		return languageFields;
	}

	/**
	 * All words, stemmed in one of the languages or folded with typos allowed; everything
	 * for a blank text.
	 */
	public Query query(String text) {
		String words = text.strip();
		if (words.isEmpty()) {
			return Query.of(q -> q.matchAll(m -> m));
		}
		Query stemmed = Query.of(q -> q.multiMatch(m -> m.query(words)
			.fields(languageFields)
			.type(TextQueryType.BestFields)
			.tieBreaker(0.2)
			.operator(Operator.And)));
		Query fuzzy = Query.of(q -> q.multiMatch(m -> m.query(words)
			.fields(folded)
			.type(TextQueryType.BestFields)
			.fuzziness("AUTO")
			.prefixLength(1)
			.operator(Operator.And)));
		return Query.of(q -> q.bool(b -> b.should(stemmed, fuzzy).minimumShouldMatch("1")));
	}

	/**
	 * What snippets mark: the words, folded and stemmed, without the fuzzy clause; the
	 * highlighter would rebuild its automata for every hit and field (DD017).
	 */
	public Query highlightQuery(String text) {
		String words = text.strip();
		return Query.of(q -> q.bool(b -> b.should(sh -> sh.multiMatch(m -> m.query(words).fields(languageFields)))
			.should(sh -> sh.multiMatch(m -> m.query(words).fields(folded)))));
	}

	/**
	 * Asks for highlighted snippets of a non-blank text (HTML-escaped, marks as tags).
	 */
	public void highlight(SearchRequest.Builder s, String text) {
		if (text.isBlank()) {
			return;
		}
		s.highlight(h -> {
			h.type(HighlighterType.Unified)
				.encoder(HighlighterEncoder.Html)
				.preTags("<mark>")
				.postTags("</mark>")
				.highlightQuery(highlightQuery(text));
			for (String field : snippetFields) {
				h.fields(NamedValue.of(field,
						HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH)
							.numberOfFragments(1)
							.noMatchSize(field.equals(snippetFields.getFirst()) ? SNIPPET_LENGTH : 0))));
				for (String language : LANGUAGES) {
					h.fields(NamedValue.of(field + "." + language,
							HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH).numberOfFragments(1))));
				}
			}
			return h;
		});
	}

	/**
	 * The first fragment that marks a match (folded field before its language sub-fields,
	 * in the order of the snippet fields), else the first snippet field's unmarked start.
	 * Elasticsearch escaped the text (HTML encoder); only the marks are tags.
	 */
	public Optional<String> snippet(Map<String, List<String>> highlight) {
		for (String field : snippetFields) {
			List<String> candidates = new ArrayList<>();
			candidates.add(field);
			LANGUAGES.forEach(language -> candidates.add(field + "." + language));
			for (String candidate : candidates) {
				List<String> fragments = highlight.get(candidate);
				if (fragments != null && !fragments.isEmpty() && fragments.getFirst().contains("<mark>")) {
					return Optional.of(fragments.getFirst());
				}
			}
		}
		List<String> unmarked = highlight.get(snippetFields.getFirst());
		return unmarked == null || unmarked.isEmpty() ? Optional.empty() : Optional.of(unmarked.getFirst());
	}

	/** A keyword (or number) term. */
	public static Query term(String field, String value) {
		return Query.of(q -> q.term(t -> t.field(field).value(value)));
	}

	/** The filters of every facet but one ({@code null}: all of them). */
	public static <F extends Enum<F>> Query allBut(Map<F, Query> clauses, @Nullable F except) {
		List<Query> filters = new ArrayList<>();
		clauses.forEach((facet, clause) -> {
			if (facet != except) {
				filters.add(clause);
			}
		});
		return Query.of(q -> q.bool(b -> b.filter(filters)));
	}

	/** The counts of a keyword terms aggregation, by key. */
	public static Map<String, Long> strings(Aggregate values) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (values.isSterms()) {
			for (StringTermsBucket bucket : values.sterms().buckets().array()) {
				counts.put(bucket.key().stringValue(), bucket.docCount());
			}
		}
		else if (values.isLterms()) {
			for (LongTermsBucket bucket : values.lterms().buckets().array()) {
				counts.put(Long.toString(bucket.key()), bucket.docCount());
			}
		}
		return counts;
	}

	/** The counts of a boolean terms aggregation, both values always present. */
	public static Map<Boolean, Long> booleans(Aggregate values) {
		Map<Boolean, Long> counts = new LinkedHashMap<>();
		counts.put(true, 0L);
		counts.put(false, 0L);
		if (values.isLterms()) {
			for (LongTermsBucket bucket : values.lterms().buckets().array()) {
				counts.put(bucket.key() == 1L, bucket.docCount());
			}
		}
		return counts;
	}

}
