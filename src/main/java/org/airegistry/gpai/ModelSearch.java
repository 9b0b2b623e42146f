package org.airegistry.gpai;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A public model search: free text (name, provider, tasks) and the facets model type,
 * modality (input or output), open source and systemic risk, and the page wanted
 * ({@code offset}, {@code pageSize}). Facet counts follow the other facets' filters, so
 * each count says how many hits choosing that value would give.
 */
public record ModelSearch(String text, @Nullable ModelType modelType, @Nullable Modality modality,
		@Nullable Boolean openSource, @Nullable Boolean systemicRisk, int offset, int pageSize) {

	/** The page size of a search without one (the open data API's single page). */
	public static final int MAX_PAGE_SIZE = 1_000;

	public ModelSearch {
		offset = Math.max(0, offset);
		pageSize = Math.max(0, Math.min(pageSize, MAX_PAGE_SIZE));
	}

	/** The first {@link #MAX_PAGE_SIZE} hits. */
	public ModelSearch(String text, @Nullable ModelType modelType, @Nullable Modality modality,
			@Nullable Boolean openSource, @Nullable Boolean systemicRisk) {
		this(text, modelType, modality, openSource, systemicRisk, 0, MAX_PAGE_SIZE);
	}

	public static ModelSearch all() {
		return new ModelSearch("", null, null, null, null);
	}

	/** The same search, another page. */
	public ModelSearch page(int newOffset, int newPageSize) {
		return new ModelSearch(text, modelType, modality, openSource, systemicRisk, newOffset, newPageSize);
	}

	/**
	 * One page of hits and, per facet, the count of each value.
	 *
	 * @param hits the requested page of hits, best first
	 * @param total how many models match in all
	 * @param snippets per hit, an HTML excerpt with the matched words in {@code <mark>}
	 * (everything else escaped); missing when there is none (blank query, database
	 * answer)
	 * @param reduced whether the search index was unreachable and the database answered
	 * (substring matching only)
	 */
	public record Results(List<PublicModel> hits, long total, Map<GpaiModelId, String> snippets,
			Map<ModelType, Long> modelTypes, Map<Modality, Long> modalities, Map<Boolean, Long> openSource,
			Map<Boolean, Long> systemicRisk, boolean reduced) {

		public Results {
			hits = List.copyOf(hits);
			snippets = Map.copyOf(snippets);
		}

		/** Results answered by the search index. */
		public Results(List<PublicModel> hits, long total, Map<GpaiModelId, String> snippets,
				Map<ModelType, Long> modelTypes, Map<Modality, Long> modalities, Map<Boolean, Long> openSource,
				Map<Boolean, Long> systemicRisk) {
			this(hits, total, snippets, modelTypes, modalities, openSource, systemicRisk, false);
		}

		/** The same results marked as answered by the database fallback. */
		public Results inReducedMode() {
			return new Results(hits, total, snippets, modelTypes, modalities, openSource, systemicRisk, true);
		}

	}

	/** Filters and pages the given models in memory (the database fallback). */
	public Results apply(List<PublicModel> models) {
		List<PublicModel> all = models.stream().filter(this::matches).toList();
		List<PublicModel> hits = all.subList(Math.min(offset, all.size()), Math.min(offset + pageSize, all.size()));
		ModelSearch anyType = new ModelSearch(text, null, modality, openSource, systemicRisk);
		ModelSearch anyModality = new ModelSearch(text, modelType, null, openSource, systemicRisk);
		ModelSearch anyOpen = new ModelSearch(text, modelType, modality, null, systemicRisk);
		ModelSearch anyRisk = new ModelSearch(text, modelType, modality, openSource, null);
		Map<ModelType, Long> types = new EnumMap<>(ModelType.class);
		Map<Modality, Long> modalityCounts = new EnumMap<>(Modality.class);
		for (PublicModel model : models) {
			GpaiModelData data = model.data();
			if (anyType.matches(model) && data.modelType() != null) {
				types.merge(data.modelType(), 1L, Long::sum);
			}
			if (anyModality.matches(model)) {
				for (Modality value : Modality.values()) {
					if (data.inputModalities().contains(value) || data.outputModalities().contains(value)) {
						modalityCounts.merge(value, 1L, Long::sum);
					}
				}
			}
		}
		return new Results(hits, all.size(), Map.of(), types, modalityCounts,
				booleans(models, anyOpen, m -> m.data().openSource()),
				booleans(models, anyRisk, m -> m.data().systemicRisk()));
	}

	private static Map<Boolean, Long> booleans(List<PublicModel> models, ModelSearch filter,
			Function<PublicModel, Boolean> value) {
		Map<Boolean, Long> counts = new LinkedHashMap<>();
		counts.put(true, 0L);
		counts.put(false, 0L);
		models.stream().filter(filter::matches).forEach(model -> counts.merge(value.apply(model), 1L, Long::sum));
		return counts;
	}

	public boolean matches(PublicModel model) {
		GpaiModelData data = model.data();
		if (modelType != null && data.modelType() != modelType) {
			return false;
		}
		if (modality != null && !data.inputModalities().contains(modality)
				&& !data.outputModalities().contains(modality)) {
			return false;
		}
		if (openSource != null && data.openSource() != openSource) {
			return false;
		}
		if (systemicRisk != null && data.systemicRisk() != systemicRisk) {
			return false;
		}
		return matchesText(model);
	}

	private boolean matchesText(PublicModel model) {
		List<String> words = new ArrayList<>(List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+")));
		words.removeIf(String::isEmpty);
		String haystack = String
			.join(" ", model.data().name(), model.providerName(), model.data().intendedTasks(),
					model.data().modelVersion())
			.toLowerCase(Locale.ROOT);
		return words.stream().allMatch(haystack::contains);
	}

}
