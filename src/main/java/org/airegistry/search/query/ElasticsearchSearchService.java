package org.airegistry.search.query;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.FieldSuggester;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import co.elastic.clients.util.NamedValue;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.search.Facet;
import org.airegistry.search.FacetValue;
import org.airegistry.search.NameSuggestion;
import org.airegistry.search.SearchHit;
import org.airegistry.search.SearchMode;
import org.airegistry.search.SearchParameters;
import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchResults;
import org.airegistry.search.SearchService;
import org.airegistry.search.SearchSort;
import org.airegistry.search.SearchUnavailableException;
import org.airegistry.search.index.AnalysisVocabulary;
import org.airegistry.search.index.RegistryEntriesIndex;
import org.airegistry.search.index.RegistryEntriesReindexer;
import org.airegistry.search.index.SearchDocuments;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Service;

/**
 * Searches the registry-entries index: language-aware matching (stemmed, accent-folded
 * sub-fields per language from the project's analysis plugin) plus fuzzy matching on the
 * folded fields for typos, with HTML-safe highlighting. Falls back to the database when
 * the index cannot be reached.
 */
@Service
public class ElasticsearchSearchService implements SearchService {

	/**
	 * Elasticsearch refuses {@code from + size} beyond this (index.max_result_window).
	 */
	static final int MAX_RESULT_WINDOW = 10_000;

	/** The database fallback never reads more rows than this. */
	static final int MAX_REDUCED_ROWS = 1_000;

	private static final Log logger = LogFactory.getLog(ElasticsearchSearchService.class);

	/**
	 * Search latency by mode ({@code airegistry_search_requests_seconds} in Prometheus).
	 */
	public static final String LATENCY_METER = "airegistry.search.requests";

	private static final long WARN_INTERVAL_NANOS = 60_000_000_000L;

	private static final String[] SOURCE_FIELDS = { SearchDocuments.REGISTRATION_NUMBER, SearchDocuments.TRADE_NAME,
			SearchDocuments.PROVIDER_NAME, SearchDocuments.INTENDED_PURPOSE, SearchDocuments.MEMBER_STATES,
			SearchDocuments.PUBLISHED_AT };

	/**
	 * Language-neutral fields: the words as written, folded, split into word parts with
	 * the joined form kept ("NordCredit" → nord, credit, nordcredit), compounds whole.
	 */
	static final List<String> FOLDED_FIELDS = List.of(SearchDocuments.TRADE_NAME + "^3",
			SearchDocuments.PROVIDER_NAME + "^2", SearchDocuments.INTENDED_PURPOSE);

	/**
	 * The entry's own language: stemmed, compounds split into their parts (DE, NL, SV…).
	 * Only the field of the entry's language holds text, so each query word meets each
	 * entry analysed in the entry's language.
	 */
	static final List<String> LANGUAGE_FIELDS = List.of(SearchDocuments.LANG_NAMES + "^3",
			SearchDocuments.LANG_PURPOSES);

	static final double TIE_BREAKER = 0.2;

	/** Name of the clauses that match words as written, stemmed or as concepts. */
	static final String REAL_MATCH = "real";

	/** Concepts of the search vocabulary: a query meets entries in other languages. */
	static final float CONCEPT_WEIGHT = 1.0f;

	/**
	 * Typos, on the folded and the stemmed words: one edit from 5 letters, two from 9 (a
	 * common short word never meets an unrelated neighbour: "cake" is not "case"), the
	 * first letter right ("hiring" never meets "during"), and a small weight, so that a
	 * close typo never outranks a real match. {@link Snippets#similar} marks by the same
	 * rule.
	 */
	static final String FUZZINESS = "AUTO:" + Snippets.ONE_EDIT_FROM + "," + Snippets.TWO_EDITS_FROM;

	static final int FUZZY_PREFIX = 1;

	static final int FUZZY_EXPANSIONS = 20;

	static final float FUZZY_WEIGHT = 0.2f;

	static final List<String> FUZZY_FIELDS = List.of(SearchDocuments.TRADE_NAME + "^3",
			SearchDocuments.PROVIDER_NAME + "^2", SearchDocuments.INTENDED_PURPOSE, SearchDocuments.LANG_NAMES + "^3",
			SearchDocuments.LANG_PURPOSES);

	/** The fields whose (non-fuzzy) matches the snippets mark. */
	static final List<String> HIGHLIGHT_FIELDS = List.of(SearchDocuments.INTENDED_PURPOSE,
			SearchDocuments.LANG_PURPOSES);

	/** Similar systems shown at most. */
	static final int MAX_SIMILAR = 20;

	/** Terms of an entry's purpose a more-like-this query uses at most. */
	static final int MLT_TERMS = 25;

	/** Weight of sharing the Annex III point, against the purpose's words. */
	static final float SAME_POINT_WEIGHT = 2.0f;

	/** Fields whose words "did you mean" corrects to. */
	static final List<String> SUGGEST_FIELDS = List.of(SearchDocuments.TRADE_NAME, SearchDocuments.PROVIDER_NAME,
			SearchDocuments.INTENDED_PURPOSE);

	private final RegistryEntriesIndex index;

	private final RegistryEntriesReindexer reindexer;

	private final RegistryQueries registry;

	private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);

	private final MeterRegistry meters;

	private HungIndexPause hungIndexPause = new HungIndexPause(Duration.ofSeconds(10));

	/** How long a checked correction is trusted before it is checked again. */
	static final Duration CORRECTION_CHECK_LIFETIME = Duration.ofSeconds(30);

	/** Corrected texts checked at most. */
	static final int CORRECTION_CHECKS = 10_000;

	/**
	 * The correction offered ("" for none), by text and corrected text: many visitors
	 * make the same typo, and the check is a request of its own (issue 20). A result is
	 * trusted for {@link #CORRECTION_CHECK_LIFETIME}; a correction offered in that time
	 * after its last document went away leads to a search that says so.
	 */
	private final Cache<String, String> correctionChecks = Caffeine.newBuilder()
		.maximumSize(CORRECTION_CHECKS)
		.expireAfterWrite(CORRECTION_CHECK_LIFETIME)
		.build();

	/** The latency timer of each mode, registered once. */
	private final Map<SearchMode, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

	/** Without metrics (tests, benchmark). */
	public ElasticsearchSearchService(RegistryEntriesIndex index, RegistryEntriesReindexer reindexer,
			RegistryQueries registry) {
		this(index, reindexer, registry, new SimpleMeterRegistry());
	}

	/**
	 * @param meters where the latency of every search goes, by mode
	 * ({@value #LATENCY_METER})
	 */
	@Autowired
	public ElasticsearchSearchService(RegistryEntriesIndex index, RegistryEntriesReindexer reindexer,
			RegistryQueries registry, MeterRegistry meters) {
		this.index = index;
		this.reindexer = reindexer;
		this.registry = registry;
		this.meters = meters;
	}

	/**
	 * How long searches answer from the database after a call to the index timed out,
	 * before the index is asked again.
	 */
	@Autowired
	void pauseAfterTimeout(@Value("${airegistry.search.pause-after-timeout:10s}") Duration pause) {
		this.hungIndexPause = new HungIndexPause(pause);
	}

	@Override
	public SearchResults search(SearchQuery query) {
		return search(query, true);
	}

	@Override
	public SearchResults searchWithoutFacets(SearchQuery query) {
		return search(query, false);
	}

	private SearchResults search(SearchQuery query, boolean facets) {
		long start = System.nanoTime();
		SearchResults results = searchEitherWay(query, facets);
		timers
			.computeIfAbsent(results.mode(),
					mode -> Timer.builder(LATENCY_METER)
						.description("Public searches of AI systems, by the mode that answered")
						.tag("kind", "systems")
						.tag("mode", mode.name().toLowerCase(Locale.ROOT))
						.publishPercentileHistogram()
						.register(meters))
			.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		return results;
	}

	private SearchResults searchEitherWay(SearchQuery query, boolean facets) {
		if (!hungIndexPause.indexAllowed()) {
			return searchDatabase(query);
		}
		try {
			return searchIndex(query, facets);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ElasticsearchException es && "index_not_found_exception".equals(es.error().type())) {
				// the index was removed behind our back: check again (and recreate) next
				// time
				index.forgetEnsured();
			}
			reportUnavailable(ex);
			return searchDatabase(query);
		}
	}

	@Override
	public long indexedCount() {
		try {
			return index.count();
		}
		catch (IOException | RuntimeException ex) {
			throw new SearchUnavailableException("Search index unreachable: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void reindexAll() {
		try {
			reindexer.reindexAll();
		}
		catch (IOException | RuntimeException ex) {
			throw new SearchUnavailableException("Reindex failed: " + ex.getMessage(), ex);
		}
	}

	private SearchResults searchIndex(SearchQuery query, boolean facets) throws IOException {
		index.ensureExists();
		SearchRequest request = request(query, index.names().readAlias(), facets);
		return answer(query, index.client().search(request, Map.class));
	}

	/**
	 * The Elasticsearch request of a search as the portal sends it: text, filters, facet
	 * aggregations, sort, highlighting.
	 */
	public static SearchRequest request(SearchQuery query, String readAlias) {
		return request(query, readAlias, true);
	}

	/**
	 * The Elasticsearch request of a search, with or without the facet aggregations: the
	 * open data API's search returns no facet counts, so it does not ask the node to
	 * count them (DD029). Public for the benchmark, which sends the API's request
	 * straight to the node.
	 */
	public static SearchRequest request(SearchQuery query, String readAlias, boolean facets) {
		int from = Math.min(query.offset(), MAX_RESULT_WINDOW);
		int size = Math.min(query.pageSize(), MAX_RESULT_WINDOW - from);
		Map<Facet, Query> clauses = SearchRequests.facetClauses(query.filters());
		Query range = SearchRequests.registrationRange(query.filters());
		Query text = textQuery(query.text());
		Query main = range == null ? text : Query.of(q -> q.bool(b -> b.must(text).filter(range)));
		return SearchRequest.of(s -> {
			s.index(readAlias).from(from).size(size).trackTotalHits(t -> t.enabled(true)).source(SOURCE).query(main);
			if (!clauses.isEmpty()) {
				// hits obey every filter; each facet's counts obey all the others
				s.postFilter(SearchRequests.allBut(clauses, null));
			}
			if (facets) {
				s.aggregations(clauses.isEmpty() ? UNFILTERED_FACETS : facetAggregations(clauses));
			}
			sort(s, query);
			if (!query.isBlank()) {
				// "did you mean": per word and field, corrections of words the field
				// lacks
				s.suggest(sg -> {
					sg.text(query.text());
					CORRECTORS.forEach(sg::suggesters);
					return sg;
				});
				s.highlight(h -> h.type(HighlighterType.Unified)
					.highlightQuery(highlightQuery(query.text()))
					.encoder(HighlighterEncoder.Html)
					.preTags("<mark>")
					.postTags("</mark>")
					.fields(HIGHLIGHTS));
			}
			return s;
		});
	}

	/*
	 * The parts of every search request that do not depend on the query, built once
	 * (immutable request objects; building them anew was a measurable share of the API's
	 * own work under load, DD029).
	 */

	/** The stored fields a hit needs. */
	private static final SourceConfig SOURCE = SourceConfig
		.of(src -> src.filter(f -> f.includes(List.of(SOURCE_FIELDS))));

	/**
	 * Per {@link #SUGGEST_FIELDS} field, the term suggester of "did you mean".
	 */
	private static final Map<String, FieldSuggester> CORRECTORS = correctors();

	/**
	 * The snippet fields: the folded purpose (its start when nothing matches), the
	 * language's.
	 */
	private static final List<NamedValue<HighlightField>> HIGHLIGHTS = List.of(
			NamedValue.of(SearchDocuments.INTENDED_PURPOSE,
					HighlightField
						.of(f -> f.fragmentSize(Snippets.LENGTH).numberOfFragments(1).noMatchSize(Snippets.LENGTH))),
			NamedValue.of(SearchDocuments.LANG_PURPOSES,
					HighlightField.of(f -> f.fragmentSize(Snippets.LENGTH).numberOfFragments(1))));

	/** The facet aggregations of a search without filters. */
	private static final Map<String, Aggregation> UNFILTERED_FACETS = facetAggregations(Map.of());

	private static Map<String, FieldSuggester> correctors() {
		Map<String, FieldSuggester> correctors = new java.util.LinkedHashMap<>();
		for (String field : SUGGEST_FIELDS) {
			correctors.put(field,
					FieldSuggester.of(f -> f.term(t -> t.field(field)
						.size(1)
						.maxEdits(2)
						.prefixLength(1)
						.minWordLength(3)
						.suggestMode(co.elastic.clients.elasticsearch._types.SuggestMode.Missing))));
		}
		return java.util.Collections.unmodifiableMap(correctors);
	}

	/** Per facet, its values counted under all the other facets' filters. */
	private static Map<String, Aggregation> facetAggregations(Map<Facet, Query> clauses) {
		Map<String, Aggregation> aggregations = new java.util.LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			aggregations.put(facet.name(),
					Aggregation.of(a -> a.filter(SearchRequests.allBut(clauses, facet))
						.aggregations(VALUES, t -> t.terms(terms -> terms.field(SearchRequests.field(facet))
							.size(SearchRequests.FACET_SIZES.get(facet))))));
		}
		return java.util.Collections.unmodifiableMap(aggregations);
	}

	@SuppressWarnings("rawtypes")
	private SearchResults answer(SearchQuery query, SearchResponse<Map> response) throws IOException {
		List<SearchHit> hits = new ArrayList<>();
		for (@SuppressWarnings("rawtypes")
		Hit<Map> hit : response.hits().hits()) {
			Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
			String purpose = SearchDocuments.text(source, SearchDocuments.INTENDED_PURPOSE);
			Optional<String> highlighted = snippet(hit.highlight());
			String snippet = highlighted.filter(html -> html.contains("<mark>"))
				.map(html -> Snippets.bounded(html, Snippets.LENGTH))
				.or(() -> Snippets.highlightSimilar(purpose, query.text(), Snippets.LENGTH))
				.or(() -> highlighted.map(html -> Snippets.bounded(html, Snippets.LENGTH)))
				.orElseGet(() -> Snippets.highlight(purpose, "", Snippets.LENGTH));
			Instant publishedAt = SearchDocuments.instant(source, SearchDocuments.PUBLISHED_AT);
			hits.add(new SearchHit(SearchDocuments.text(source, SearchDocuments.REGISTRATION_NUMBER),
					SearchDocuments.text(source, SearchDocuments.TRADE_NAME),
					SearchDocuments.text(source, SearchDocuments.PROVIDER_NAME), snippet,
					SearchDocuments.memberStates(source), publishedAt == null ? Instant.EPOCH : publishedAt));
		}
		TotalHits total = response.hits().total();
		long count = total == null ? hits.size() : total.value();
		// a correction is offered when nothing, or nothing but typo matches, was found
		boolean onlyNearMisses = response.hits()
			.hits()
			.stream()
			.noneMatch(hit -> hit.matchedQueries().containsKey(REAL_MATCH));
		Optional<String> didYouMean = query.isBlank() || !onlyNearMisses ? Optional.empty()
				: didYouMean(query.text(), response);
		return new SearchResults(hits, count, SearchMode.FULL, facets(response.aggregations(), query), didYouMean);
	}

	static final String VALUES = "values";

	/**
	 * The text part of a search: exact and word-part matches, stemmed matches in the
	 * entry's language, shared concepts across languages, and typos at a small weight.
	 * Stop words and one-letter words are dropped by the analyzers, so they never match
	 * on their own.
	 */
	public static Query textQuery(String text) {
		if (text.isEmpty()) {
			return Query.of(q -> q.matchAll(m -> m));
		}
		// the real matches are one named clause: Elasticsearch keeps one query per name
		// (the last), so three clauses named alike reported only the concepts' matches,
		// and a page of exact matches counted as near misses (quality10, DD093)
		return Query.of(q -> q.bool(b -> b.should(real -> real.bool(r -> r.queryName(REAL_MATCH)
			.should(sh -> sh.multiMatch(
					m -> m.query(text).type(TextQueryType.BestFields).fields(FOLDED_FIELDS).tieBreaker(TIE_BREAKER)))
			.should(sh -> sh.multiMatch(
					m -> m.query(text).type(TextQueryType.BestFields).fields(LANGUAGE_FIELDS).tieBreaker(TIE_BREAKER)))
			.should(sh -> sh.match(m -> m.field(SearchDocuments.PURPOSE_CONCEPTS).query(text).boost(CONCEPT_WEIGHT)))))
			.should(sh -> sh.multiMatch(m -> m.query(text)
				.type(TextQueryType.BestFields)
				.fields(FUZZY_FIELDS)
				.tieBreaker(TIE_BREAKER)
				.fuzziness(FUZZINESS)
				.prefixLength(FUZZY_PREFIX)
				.maxExpansions(FUZZY_EXPANSIONS)
				.boost(FUZZY_WEIGHT)))
			.minimumShouldMatch("1")));
	}

	/**
	 * What the index marks in snippets: the words, their parts and stems in the entry's
	 * language. Not the fuzzy part of the search query: the highlighter would build its
	 * automata again for every hit and field (1–4 s per page at 5 000 entries, see
	 * {@code src/docs/benchmarks.md}); typo matches are marked by
	 * {@link Snippets#highlightSimilar} instead.
	 */
	static Query highlightQuery(String text) {
		return Query.of(q -> q.multiMatch(m -> m.query(text).fields(HIGHLIGHT_FIELDS)));
	}

	private static void sort(SearchRequest.Builder s, SearchQuery query) {
		SearchSort sort = query.sort();
		if (sort == SearchSort.RELEVANCE && !query.isBlank()) {
			s.sort(so -> so.score(sc -> sc.order(SortOrder.Desc)));
		}
		else if (sort == SearchSort.NAME) {
			s.sort(so -> so.field(f -> f.field(SearchDocuments.TRADE_NAME_SORT).order(SortOrder.Asc)));
		}
		s.sort(so -> so.field(f -> f.field(SearchDocuments.PUBLISHED_AT).order(SortOrder.Desc)))
			.sort(so -> so.field(f -> f.field(SearchDocuments.REGISTRATION_NUMBER).order(SortOrder.Asc)));
	}

	private static Map<Facet, List<FacetValue>> facets(Map<String, Aggregate> aggregations, SearchQuery query) {
		Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			Aggregate aggregate = aggregations.get(facet.name());
			if (aggregate == null || !aggregate.isFilter()) {
				continue;
			}
			Set<String> selected = new LinkedHashSet<>(SearchParameters.values(query.filters(), facet));
			List<FacetValue> values = new ArrayList<>();
			Aggregate terms = aggregate.filter().aggregations().get(VALUES);
			if (terms != null && terms.isSterms()) {
				for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
					String key = bucket.key().stringValue();
					values.add(new FacetValue(key, bucket.docCount(), selected.remove(key)));
				}
			}
			else if (terms != null && terms.isLterms()) {
				for (LongTermsBucket bucket : terms.lterms().buckets().array()) {
					String key = bucket.keyAsString() == null ? Long.toString(bucket.key()) : bucket.keyAsString();
					values.add(new FacetValue(key, bucket.docCount(), selected.remove(key)));
				}
			}
			// a chosen value no entry has any more still shows (as 0), so it can be
			// removed
			selected.forEach(value -> values.add(new FacetValue(value, 0, true)));
			facets.put(facet, values);
		}
		return facets;
	}

	/**
	 * A corrected text from the term suggester of the search response: each word a
	 * {@link #SUGGEST_FIELDS} field lacks is replaced by the best correction any of them
	 * offers, unless another of them holds the word; offered only when the corrected text
	 * matches something in those fields. Asked when the search found nothing or only near
	 * misses (typo matches), which it then shows beside: the one extra request of a
	 * search, only of such a search, and only the first time a corrected text is checked
	 * within {@link #CORRECTION_CHECK_LIFETIME}.
	 */
	@SuppressWarnings("rawtypes")
	private Optional<String> didYouMean(String text, SearchResponse<Map> response) throws IOException {
		List<Replacement> replacements = replacements(response);
		Optional<String> corrected = corrected(text, replacements);
		if (corrected.isEmpty()) {
			return corrected;
		}
		String key = text + '\n' + corrected.get();
		String offered = correctionChecks.getIfPresent(key);
		if (offered == null) {
			offered = checked(text, corrected.get(), replacements).orElse("");
			correctionChecks.put(key, offered);
		}
		return offered.isEmpty() ? Optional.empty() : Optional.of(offered);
	}

	/**
	 * A word of the query text (its offset and length there), as the suggesters analysed
	 * it, with the best correction any {@link #SUGGEST_FIELDS} field offers for it.
	 */
	record Replacement(int offset, int length, String word, String correction) {
	}

	/**
	 * The correction as offered, checked in one request to the index (a multi-search of
	 * counts stopped at the first document). Each term suggester corrects the words its
	 * own field lacks (suggest mode missing), so a field may offer a correction for a
	 * word another field holds: the purposes of the benchmark hold short references such
	 * as "fder" but not "finder", which the names hold. The one rule: a word that one of
	 * the {@link #SUGGEST_FIELDS} holds is never corrected (quality10, DD093). The
	 * corrected text must match something in those fields: the corrected words come from
	 * their term statistics, and the count guards against words left there by replaced
	 * documents (no fuzzy automata, no scoring). A failed part of the request offers
	 * nothing.
	 */
	private Optional<String> checked(String text, String corrected, List<Replacement> replacements) throws IOException {
		String alias = index.names().readAlias();
		List<RequestItem> counts = new ArrayList<>();
		counts.add(firstMatch(alias, Query.of(q -> q.multiMatch(m -> m.query(corrected).fields(SUGGEST_FIELDS)))));
		for (Replacement replacement : replacements) {
			counts.add(firstMatch(alias, heldWord(replacement.word())));
		}
		List<MultiSearchResponseItem<Void>> answers = index.client()
			.msearch(m -> m.searches(counts), Void.class)
			.responses();
		if (answers.size() != counts.size() || answers.stream().anyMatch(answer -> !answer.isResult())) {
			return Optional.empty();
		}
		List<Replacement> unknown = new ArrayList<>();
		for (int i = 0; i < replacements.size(); i++) {
			if (!found(answers.get(i + 1))) {
				unknown.add(replacements.get(i));
			}
		}
		if (unknown.size() == replacements.size()) {
			return found(answers.get(0)) ? Optional.of(corrected) : Optional.empty();
		}
		// the known words stay as written, so the text matches what they match
		return corrected(text, unknown);
	}

	/** A count of the documents a query matches, stopped at the first. */
	private static RequestItem firstMatch(String alias, Query query) {
		return RequestItem.of(r -> r.header(h -> h.index(alias))
			.body(b -> b.size(0).terminateAfter(1L).trackTotalHits(t -> t.enabled(true)).query(query)));
	}

	/** The analysed word as a term of any {@link #SUGGEST_FIELDS} field. */
	private static Query heldWord(String word) {
		return Query.of(q -> q.bool(b -> {
			SUGGEST_FIELDS.forEach(field -> b.should(sh -> sh.term(t -> t.field(field).value(word))));
			return b;
		}));
	}

	private static boolean found(MultiSearchResponseItem<Void> answer) {
		TotalHits total = answer.result().hits().total();
		return total != null && total.value() > 0;
	}

	/**
	 * Per word of the text (by offset), the best correction any field's suggester offers.
	 */
	@SuppressWarnings("rawtypes")
	static List<Replacement> replacements(SearchResponse<Map> response) {
		Map<Integer, TermSuggestOption> best = new java.util.TreeMap<>();
		Map<Integer, TermSuggest> terms = new java.util.HashMap<>();
		response.suggest().values().forEach(suggestions -> suggestions.forEach(suggestion -> {
			if (!suggestion.isTerm()) {
				return;
			}
			var term = suggestion.term();
			terms.put(term.offset(), term);
			term.options()
				.stream()
				.findFirst()
				.ifPresent(option -> best.merge(term.offset(), option,
						(a, b) -> a.score() > b.score() || (a.score() == b.score() && a.freq() >= b.freq()) ? a : b));
		}));
		List<Replacement> replacements = new ArrayList<>();
		best.forEach((offset, option) -> {
			TermSuggest term = terms.get(offset);
			replacements.add(new Replacement(offset, term.length(), term.text(), option.text()));
		});
		return List.copyOf(replacements);
	}

	/** The text with the words replaced; empty when that changes nothing. */
	static Optional<String> corrected(String text, List<Replacement> replacements) {
		StringBuilder corrected = new StringBuilder(text);
		// replace from the end so earlier offsets stay valid
		for (Replacement replacement : replacements.reversed()) {
			int end = replacement.offset() + replacement.length();
			if (end <= corrected.length()) {
				corrected.replace(replacement.offset(), end, replacement.correction());
			}
		}
		String suggestion = corrected.toString();
		return suggestion.equalsIgnoreCase(text) ? Optional.empty() : Optional.of(suggestion);
	}

	@Override
	public List<SearchHit> similar(String registrationNumber, int limit) {
		Optional<PublicEntry> found = registry.findLatest(registrationNumber);
		if (found.isEmpty() || limit < 1 || !hungIndexPause.indexAllowed()) {
			return List.of();
		}
		PublicEntry entry = found.get();
		String id = entry.id().toString();
		List<String> fields = List.of(SearchDocuments.INTENDED_PURPOSE, SearchDocuments.PURPOSE_CONCEPTS,
				SearchDocuments.LANG + "." + AnalysisVocabulary.code(entry.data().language()) + ".purpose");
		try {
			index.ensureExists();
			String alias = index.names().readAlias();
			var point = entry.data().annexIIIPoint();
			@SuppressWarnings("rawtypes")
			SearchResponse<Map> response = index.client()
				.search(s -> s.index(alias)
					.size(Math.min(limit, MAX_SIMILAR))
					.source(src -> src.filter(f -> f.includes(List.of(SOURCE_FIELDS))))
					.query(q -> q.bool(b -> {
						b.should(sh -> sh.moreLikeThis(m -> m.fields(fields)
							.like(l -> l.document(d -> d.index(alias).id(id)))
							.minTermFreq(1)
							.minDocFreq(1)
							.maxQueryTerms(MLT_TERMS)
							.minimumShouldMatch("25%")));
						if (point != null) {
							b.should(sh -> sh.term(t -> t.field(SearchDocuments.ANNEX_III_POINT)
								.value(point.code())
								.boost(SAME_POINT_WEIGHT)));
						}
						return b.minimumShouldMatch("1").mustNot(n -> n.ids(i -> i.values(id)));
					})), Map.class);
			List<SearchHit> hits = new ArrayList<>();
			for (@SuppressWarnings("rawtypes")
			Hit<Map> hit : response.hits().hits()) {
				Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
				Instant publishedAt = SearchDocuments.instant(source, SearchDocuments.PUBLISHED_AT);
				hits.add(new SearchHit(SearchDocuments.text(source, SearchDocuments.REGISTRATION_NUMBER),
						SearchDocuments.text(source, SearchDocuments.TRADE_NAME),
						SearchDocuments.text(source, SearchDocuments.PROVIDER_NAME),
						Snippets.highlight(SearchDocuments.text(source, SearchDocuments.INTENDED_PURPOSE), "",
								Snippets.LENGTH),
						SearchDocuments.memberStates(source), publishedAt == null ? Instant.EPOCH : publishedAt));
			}
			return List.copyOf(hits);
		}
		catch (IOException | RuntimeException ex) {
			reportUnavailable(ex);
			return List.of();
		}
	}

	@Override
	public List<NameSuggestion> suggestNames(String prefix, int limit) {
		String text = prefix.strip();
		if (text.length() < 2 || limit < 1) {
			return List.of();
		}
		if (!hungIndexPause.indexAllowed()) {
			return List.of();
		}
		String cut = text.length() > 100 ? text.substring(0, 100) : text;
		try {
			index.ensureExists();
			@SuppressWarnings("rawtypes")
			SearchResponse<Map> response = index.client()
				.search(s -> s.index(index.names().readAlias())
					.size(0)
					.source(src -> src
						.filter(f -> f.includes(SearchDocuments.TRADE_NAME, SearchDocuments.PROVIDER_NAME)))
					.suggest(sg -> sg.text(cut)
						.suggesters(NameSuggestion.Kind.SYSTEM.name(),
								f -> f.completion(c -> c.field(SearchDocuments.TRADE_NAME_SUGGEST)
									.size(limit)
									.skipDuplicates(true)
									.fuzzy(z -> z.fuzziness("AUTO").minLength(4))))
						.suggesters(NameSuggestion.Kind.ORGANISATION.name(),
								f -> f.completion(c -> c.field(SearchDocuments.PROVIDER_NAME_SUGGEST)
									.size(limit)
									.skipDuplicates(true)
									.fuzzy(z -> z.fuzziness("AUTO").minLength(4))))),
						Map.class);
			List<NameSuggestion> names = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			for (NameSuggestion.Kind kind : NameSuggestion.Kind.values()) {
				var suggestions = response.suggest().get(kind.name());
				if (suggestions == null) {
					continue;
				}
				suggestions.stream()
					.filter(sug -> sug.isCompletion())
					.flatMap(sug -> sug.completion().options().stream())
					.forEach(option -> {
						// the whole name, also when a later word of it was completed
						Map<?, ?> source = option.source() instanceof Map<?, ?> map ? map : Map.of();
						String name = SearchDocuments.text(source, kind == NameSuggestion.Kind.SYSTEM
								? SearchDocuments.TRADE_NAME : SearchDocuments.PROVIDER_NAME);
						String shown = name.isEmpty() ? option.text() : name;
						if (seen.add(kind + ":" + shown)) {
							names.add(new NameSuggestion(shown, kind));
						}
					});
			}
			return names.size() > limit ? List.copyOf(names.subList(0, limit)) : List.copyOf(names);
		}
		catch (IOException | RuntimeException ex) {
			reportUnavailable(ex);
			return List.of();
		}
	}

	/**
	 * The intended-purpose fragment with the matched words marked: the folded field's if
	 * it marks any, else the language field's (a word found only by its stem or as part
	 * of a compound), else the folded field's unmarked start.
	 */
	static Optional<String> snippet(Map<String, List<String>> highlight) {
		List<String> candidates = new ArrayList<>();
		candidates.add(SearchDocuments.INTENDED_PURPOSE);
		highlight.keySet()
			.stream()
			.filter(field -> field.startsWith(SearchDocuments.LANG + "."))
			.sorted()
			.forEach(candidates::add);
		for (String field : candidates) {
			List<String> fragments = highlight.get(field);
			if (fragments != null && !fragments.isEmpty() && fragments.get(0).contains("<mark>")) {
				return Optional.of(fragments.get(0));
			}
		}
		List<String> unmarked = highlight.get(SearchDocuments.INTENDED_PURPOSE);
		return unmarked == null || unmarked.isEmpty() ? Optional.empty() : Optional.of(unmarked.get(0));
	}

	private SearchResults searchDatabase(SearchQuery query) {
		int offset = query.offset();
		if (offset >= MAX_REDUCED_ROWS) {
			return new SearchResults(List.of(), MAX_REDUCED_ROWS, SearchMode.REDUCED);
		}
		// one more row than the page needs tells the caller whether a next page exists
		int limit = Math.min(offset + query.pageSize() + 1, MAX_REDUCED_ROWS);
		List<PublicEntry> found = (query.isBlank() ? registry.latestPublications(limit)
				: registry.searchInDatabase(query.text(), limit))
			.stream()
			.filter(entry -> ReducedFilters.matches(entry, query.filters()))
			.toList();
		List<SearchHit> hits = found
			.subList(Math.min(offset, found.size()), Math.min(offset + query.pageSize(), found.size()))
			.stream()
			.map(entry -> new SearchHit(entry.registrationNumber(), entry.data().tradeName(), entry.providerName(),
					Snippets.highlight(entry.data().intendedPurpose(), query.text(), Snippets.LENGTH),
					entry.data().memberStates(), entry.publishedAt()))
			.toList();
		return new SearchResults(hits, found.size(), SearchMode.REDUCED);
	}

	private void reportUnavailable(Exception ex) {
		hungIndexPause.failed(ex);
		long now = System.nanoTime();
		long last = lastWarning.get();
		if (now - last >= WARN_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
			logger.warn("Search index unavailable, answering from the database (reduced mode): " + ex);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Search index unavailable", ex);
		}
	}

}
