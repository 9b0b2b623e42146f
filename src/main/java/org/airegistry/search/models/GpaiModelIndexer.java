package org.airegistry.search.models;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch._types.VersionType;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.PublicModel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Writes published model versions into the index. Documents carry the model version as
 * external version, so an older version never replaces a newer one, whatever order events
 * arrive in.
 */
public class GpaiModelIndexer {

	private static final Log logger = LogFactory.getLog(GpaiModelIndexer.class);

	private final GpaiModelsIndex index;

	private final GpaiQueries queries;

	public GpaiModelIndexer(GpaiModelsIndex index, GpaiQueries queries) {
		this.index = index;
		this.queries = queries;
	}

	/** What became of a model version. */
	public enum Outcome {

		/** The document now holds this version. */
		INDEXED,

		/** The index already held this or a newer version: nothing written. */
		ALREADY_CURRENT,

		/** No such published version. */
		NOT_PUBLIC

	}

	/**
	 * Indexes one published version of a model through the write alias.
	 * @throws IOException when Elasticsearch cannot be reached (the caller retries)
	 */
	public Outcome index(GpaiModelId id, int version) throws IOException {
		// wait for Elasticsearch before touching the database
		index.ensureExists();
		Optional<PublicModel> model = queries.version(id, version);
		if (model.isEmpty()) {
			return Outcome.NOT_PUBLIC;
		}
		if (!index.writeVersioned(id.toString(), version, VersionType.External, toSource(model.get()))) {
			return Outcome.ALREADY_CURRENT;
		}
		logger.debug("Indexed GPAI model " + id + " version " + version);
		return Outcome.INDEXED;
	}

	/**
	 * Indexes the latest version of every published model in one bulk request.
	 * @return how many documents were written
	 */
	public int indexAllLatest() throws IOException {
		index.ensureExists();
		List<PublicModel> models = queries.published(GpaiQueries.MAX_MODELS);
		if (models.isEmpty()) {
			return 0;
		}
		int written = index.writeAll(models, model -> model.id().toString(), PublicModel::version, VersionType.External,
				GpaiModelIndexer::toSource, "GPAI model");
		index.refresh();
		return written;
	}

	/**
	 * The document of a model version (field names of
	 * {@value GpaiModelsIndex#DEFINITION}).
	 */
	static Map<String, Object> toSource(PublicModel model) {
		GpaiModelData data = model.data();
		TreeSet<String> modalities = new TreeSet<>();
		for (Modality modality : data.inputModalities()) {
			modalities.add(modality.name());
		}
		for (Modality modality : data.outputModalities()) {
			modalities.add(modality.name());
		}
		List<String> description = new ArrayList<>();
		for (String part : List.of(data.integrableSystems(), data.architecture(), data.basedOnModel())) {
			if (!part.isBlank()) {
				description.add(part);
			}
		}
		Map<String, Object> source = new LinkedHashMap<>();
		source.put(ModelFields.MODEL_ID, model.id().toString());
		source.put(ModelFields.VERSION, model.version());
		source.put(ModelFields.NAME, data.name());
		source.put(ModelFields.MODEL_VERSION, data.modelVersion());
		source.put(ModelFields.PROVIDER_NAME, model.providerName());
		source.put(ModelFields.INTENDED_TASKS, data.intendedTasks());
		source.put(ModelFields.DESCRIPTION, String.join("\n", description));
		if (data.modelType() != null) {
			source.put(ModelFields.MODEL_TYPE, data.modelType().name());
		}
		source.put(ModelFields.MODALITIES, List.copyOf(modalities));
		source.put(ModelFields.OPEN_SOURCE, data.openSource());
		source.put(ModelFields.SYSTEMIC_RISK, data.systemicRisk());
		source.put(ModelFields.SYSTEMIC_RISK_STATUS, data.systemicRiskStatus().name());
		source.put(ModelFields.PUBLISHED_AT, model.publishedAt().toString());
		return source;
	}

}
