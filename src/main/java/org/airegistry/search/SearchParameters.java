package org.airegistry.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.airegistry.registry.EntryStatus;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping between URL / API query parameters and a search: {@code q}, one
 * parameter per {@link Facet} (repeatable), {@code from} and {@code to} (registration
 * date, {@code yyyy-MM-dd}) and {@code sort}. The portal reads leniently (unknown values
 * are dropped); the API strictly (unknown values are a 400).
 */
public final class SearchParameters {

	public static final String TEXT = "q";

	public static final String FROM = "from";

	public static final String TO = "to";

	public static final String SORT = "sort";

	/** At most this many values per facet are read. */
	static final int MAX_VALUES = 50;

	private SearchParameters() {
	}

	/**
	 * Reads text, filters and sort from query parameters.
	 * @param strict whether an unknown value is an error instead of being dropped
	 * @throws InvalidSearchParameterException in strict mode, for an unknown value
	 */
	public static SearchQuery read(Map<String, List<String>> parameters, int page, int pageSize, boolean strict) {
		String text = first(parameters, TEXT).orElse("");
		SearchSort sort = first(parameters, SORT).filter(v -> !v.isBlank())
			.map(v -> SearchSort.fromParameter(v)
				.orElseGet(() -> reject(strict, SORT, "Parameter 'sort' must be relevance, newest or name.", v,
						SearchSort.RELEVANCE)))
			.orElse(SearchSort.RELEVANCE);
		Set<Integer> areas = values(parameters, Facet.AREA, strict, "an Annex III area 1 to 8", v -> {
			int area = Integer.parseInt(v);
			return area >= 1 && area <= 8 ? area : null;
		});
		Set<AnnexIIIPoint> points = values(parameters, Facet.POINT, strict, "an Annex III point such as 4a",
				v -> AnnexIIIPoint.fromCode(v).orElse(null));
		Set<String> classifications = values(parameters, Facet.CLASSIFICATION, strict, "SECTION_A or SECTION_B", v -> {
			String upper = v.toUpperCase(Locale.ROOT);
			return SearchFilters.CLASSIFICATIONS.contains(upper) ? upper : null;
		});
		Set<MemberState> states = values(parameters, Facet.MEMBER_STATE, strict, "a Member State code such as DE",
				v -> MemberState.fromCode(v).orElse(null));
		Set<EntryStatus> statuses = values(parameters, Facet.STATUS, strict, "a status such as ON_MARKET",
				v -> EntryStatus.valueOf(v.toUpperCase(Locale.ROOT)));
		Set<String> providers = values(parameters, Facet.PROVIDER, strict, "a provider name", v -> v);
		Set<String> deployers = values(parameters, Facet.DEPLOYER, strict, "a deployer name", v -> v);
		Boolean hasFria = first(parameters, Facet.HAS_FRIA.parameter()).filter(v -> !v.isBlank())
			.map(v -> switch (v.strip().toLowerCase(Locale.ROOT)) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				default -> SearchParameters.<@Nullable Boolean>reject(strict, Facet.HAS_FRIA.parameter(),
						"Parameter 'fria' must be true or false.", v, null);
			})
			.orElse(null);
		LocalDate from = date(parameters, FROM, strict);
		LocalDate to = date(parameters, TO, strict);
		if (from != null && to != null && from.isAfter(to)) {
			if (strict) {
				throw new InvalidSearchParameterException(TO, "Parameter 'to' must not be before 'from'.");
			}
			to = null;
		}
		SearchFilters filters = new SearchFilters(areas, points, classifications, states, statuses, providers,
				deployers, hasFria, from, to);
		return new SearchQuery(text, filters, sort, page, pageSize);
	}

	/**
	 * The query parameters of a search (without paging), in a stable order; empty values
	 * are left out.
	 */
	public static Map<String, List<String>> write(SearchQuery query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (!query.text().isEmpty()) {
			parameters.put(TEXT, List.of(query.text()));
		}
		SearchFilters filters = query.filters();
		for (Facet facet : Facet.values()) {
			List<String> values = values(filters, facet);
			if (!values.isEmpty()) {
				parameters.put(facet.parameter(), values);
			}
		}
		if (filters.registeredFrom() != null) {
			parameters.put(FROM, List.of(filters.registeredFrom().toString()));
		}
		if (filters.registeredTo() != null) {
			parameters.put(TO, List.of(filters.registeredTo().toString()));
		}
		if (query.sort() != SearchSort.RELEVANCE) {
			parameters.put(SORT, List.of(query.sort().parameter()));
		}
		return parameters;
	}

	/** The values a search filters a facet by, as parameter values, sorted. */
	public static List<String> values(SearchFilters filters, Facet facet) {
		return switch (facet) {
			case AREA -> filters.areas().stream().sorted().map(String::valueOf).toList();
			case POINT -> filters.points().stream().sorted().map(AnnexIIIPoint::code).toList();
			case CLASSIFICATION -> filters.classifications().stream().sorted().toList();
			case MEMBER_STATE -> filters.memberStates().stream().sorted().map(MemberState::name).toList();
			case STATUS -> filters.statuses().stream().sorted().map(EntryStatus::name).toList();
			case PROVIDER -> filters.providers().stream().sorted().toList();
			case DEPLOYER -> filters.deployers().stream().sorted().toList();
			case HAS_FRIA -> filters.hasFria() == null ? List.of() : List.of(filters.hasFria().toString());
		};
	}

	/** The same filters with one facet's values replaced (unknown values dropped). */
	static SearchFilters withFacet(SearchFilters f, Facet facet, Collection<String> values) {
		Map<String, List<String>> parameters = new LinkedHashMap<>(write(new SearchQuery("", f, null, 0, 1)));
		parameters.remove(facet.parameter());
		if (!values.isEmpty()) {
			parameters.put(facet.parameter(), List.copyOf(values));
		}
		return read(parameters, 0, 1, false).filters();
	}

	private static <T> Set<T> values(Map<String, List<String>> parameters, Facet facet, boolean strict, String expected,
			Function<String, @Nullable T> parser) {
		List<String> raw = parameters.getOrDefault(facet.parameter(), List.of());
		Set<T> values = new LinkedHashSet<>();
		for (String value : raw.subList(0, Math.min(raw.size(), MAX_VALUES))) {
			if (value.isBlank()) {
				continue;
			}
			T parsed;
			try {
				parsed = parser.apply(value.strip());
			}
			catch (IllegalArgumentException ex) {
				parsed = null;
			}
			if (parsed == null) {
				reject(strict, facet.parameter(),
						"Parameter '%s' must be %s, not '%s'.".formatted(facet.parameter(), expected, value), value,
						null);
			}
			else {
				values.add(parsed);
			}
		}
		return values;
	}

	private static @Nullable LocalDate date(Map<String, List<String>> parameters, String name, boolean strict) {
		Optional<String> value = first(parameters, name).filter(v -> !v.isBlank());
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value.get().strip());
		}
		catch (DateTimeParseException ex) {
			return reject(strict, name, "Parameter '%s' must be a date as yyyy-MM-dd.".formatted(name), null);
		}
	}

	private static Optional<String> first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
	}

	private static <T> T reject(boolean strict, String parameter, String message, T lenient) {
		if (strict) {
			throw new InvalidSearchParameterException(parameter, message);
		}
		return lenient;
	}

	/** Rejects a value of an enumerated parameter, naming the values it takes. */
	private static <T> T reject(boolean strict, String parameter, String message, String value, T lenient) {
		if (strict) {
			throw new InvalidSearchParameterException(parameter, message, value, allowed(parameter));
		}
		return lenient;
	}

	/**
	 * Every value an enumerated search parameter takes, as written in a URL; empty for
	 * the others (text, provider and deployer names, dates).
	 */
	public static List<String> allowed(String parameter) {
		return ALLOWED.getOrDefault(parameter, List.of());
	}

	private static final Map<String, List<String>> ALLOWED = Map.of(SORT,
			java.util.Arrays.stream(SearchSort.values()).map(SearchSort::parameter).toList(), Facet.AREA.parameter(),
			java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(String::valueOf).toList(), Facet.POINT.parameter(),
			java.util.Arrays.stream(AnnexIIIPoint.values()).map(AnnexIIIPoint::code).toList(),
			Facet.CLASSIFICATION.parameter(), SearchFilters.CLASSIFICATIONS, Facet.MEMBER_STATE.parameter(),
			java.util.Arrays.stream(MemberState.values()).map(MemberState::name).toList(), Facet.STATUS.parameter(),
			java.util.Arrays.stream(EntryStatus.values()).map(EntryStatus::name).toList(), Facet.HAS_FRIA.parameter(),
			List.of("true", "false"));

}
