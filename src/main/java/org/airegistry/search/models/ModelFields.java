package org.airegistry.search.models;

/** Field names of the gpai-models index definition. */
final class ModelFields {

	static final String MODEL_ID = "model_id";

	static final String VERSION = "version";

	static final String NAME = "name";

	static final String MODEL_VERSION = "model_version";

	static final String PROVIDER_NAME = "provider_name";

	static final String INTENDED_TASKS = "intended_tasks";

	static final String DESCRIPTION = "description";

	static final String MODEL_TYPE = "model_type";

	static final String MODALITIES = "modalities";

	static final String OPEN_SOURCE = "open_source";

	static final String SYSTEMIC_RISK = "systemic_risk";

	static final String SYSTEMIC_RISK_STATUS = "systemic_risk_status";

	static final String PUBLISHED_AT = "published_at";

	private ModelFields() {
	}

}
