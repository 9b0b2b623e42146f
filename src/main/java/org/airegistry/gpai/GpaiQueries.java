package org.airegistry.gpai;

import org.airegistry.publication.Freshness;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.airegistry.gpai.persistence.GpaiModelRepository;
import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.VersionSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read about GPAI models: public versions only (the publication kernel's
 * one rule).
 */
@Service
@Transactional(readOnly = true)
public class GpaiQueries {

	/** How many models a search looks at; far above today's number of GPAI models. */
	public static final int MAX_MODELS = 5_000;

	private final GpaiModelRepository repository;

	private final ObjectProvider<ModelSearchIndex> index;

	private final Freshness freshness;

	GpaiQueries(GpaiModelRepository repository, ObjectProvider<ModelSearchIndex> index, Freshness freshness) {
		this.freshness = freshness;
		this.repository = repository;
		this.index = index;
	}

	/**
	 * How current the model page is (issue 21, freshness): when its provider last
	 * published or confirmed it; for the latest public version.
	 */
	public Freshness.Standing standing(PublicModel latest) {
		return freshness.standing(repository.store().kind(), latest.id(), latest.publishedAt());
	}

	/** The latest published version. */
	public Optional<PublicModel> latest(GpaiModelId id) {
		return repository.findPublic(id, null);
	}

	public Optional<PublicModel> version(GpaiModelId id, int version) {
		return repository.findPublic(id, version);
	}

	/**
	 * Version history, newest first, with the Commission's decisions in the reader's
	 * language ({@link CommissionDecision}); empty for unknown or unpublished models.
	 */
	public List<VersionSummary> versions(GpaiModelId id, Locale reader) {
		return CommissionDecision.render(repository.findVersions(id), reader);
	}

	/** The latest version of every published model, newest first. */
	public List<PublicModel> published(int limit) {
		return repository.findAllLatest(limit);
	}

	/**
	 * Searches the latest versions of all published models in the search index and
	 * answers the requested page; when it cannot be reached (or none is configured),
	 * filters and pages the latest versions (at most {@code MAX_MODELS}) in memory and
	 * marks the results as reduced.
	 */
	public ModelSearch.Results search(ModelSearch search) {
		ModelSearchIndex searchIndex = index.getIfAvailable();
		Optional<ModelSearchIndex.Hits> found = searchIndex == null ? Optional.empty() : searchIndex.search(search);
		if (found.isEmpty()) {
			ModelSearch.Results results = search.apply(repository.findAllLatest(MAX_MODELS));
			return searchIndex == null ? results : results.inReducedMode();
		}
		ModelSearchIndex.Hits hits = found.get();
		List<PublicModel> models = hits.ids()
			.stream()
			.map(id -> repository.findPublic(id, null))
			.flatMap(Optional::stream)
			.toList();
		return new ModelSearch.Results(models, hits.total(), hits.snippets(), hits.modelTypes(), hits.modalities(),
				hits.openSource(), hits.systemicRisk());
	}

	/**
	 * The training-content summary of a version as pretty-printed JSON (Art 53(1)(d)).
	 */
	public Optional<String> trainingSummaryJson(GpaiModelId id, int version) {
		return repository.findPublic(id, version)
			.map(model -> CanonicalJson.writePretty(model.data().trainingSummary()));
	}

}
