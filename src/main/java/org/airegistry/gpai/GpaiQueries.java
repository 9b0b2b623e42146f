package org.airegistry.gpai;

import java.util.List;
import java.util.Optional;

import org.airegistry.gpai.persistence.GpaiModelCodec;
import org.airegistry.gpai.persistence.GpaiModelRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What anyone may read about GPAI models: published versions only. */
@Service
@Transactional(readOnly = true)
public class GpaiQueries {

	/** How many models a search looks at; far above today's number of GPAI models. */
	public static final int MAX_MODELS = 5_000;

	private final GpaiModelRepository repository;

	private final GpaiModelCodec codec;

	GpaiQueries(GpaiModelRepository repository, GpaiModelCodec codec) {
		this.repository = repository;
		this.codec = codec;
	}

	/** The latest published version. */
	public Optional<PublicModel> latest(GpaiModelId id) {
		return repository.findPublic(id, null);
	}

	public Optional<PublicModel> version(GpaiModelId id, int version) {
		return repository.findPublic(id, version);
	}

	/** Version history, newest first; empty for unknown or unpublished models. */
	public List<ModelVersionSummary> versions(GpaiModelId id) {
		return repository.findVersions(id);
	}

	/** The latest version of every published model, newest first. */
	public List<PublicModel> published(int limit) {
		return repository.findAllLatest(limit);
	}

	/**
	 * Searches the latest versions of all published models (at most {@code MAX_MODELS}).
	 */
	public ModelSearch.Results search(ModelSearch search) {
		return search.apply(repository.findAllLatest(MAX_MODELS));
	}

	/**
	 * The training-content summary of a version as pretty-printed JSON (Art 53(1)(d)).
	 */
	public Optional<String> trainingSummaryJson(GpaiModelId id, int version) {
		return repository.findPublic(id, version).map(model -> codec.toJson(model.data().trainingSummary()));
	}

}
