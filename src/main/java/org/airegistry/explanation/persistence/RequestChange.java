package org.airegistry.explanation.persistence;

import static org.airegistry.db.Tables.EXPLANATION_REQUEST;

import java.util.LinkedHashMap;
import java.util.Map;

import org.airegistry.explanation.RefusalGround;
import org.airegistry.explanation.RequestState;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/**
 * Columns of a request to change; built by the service, applied by the repository. The
 * states and the ground are set as enums through their converted fields.
 */
public final class RequestChange {

	final Map<Field<?>, @Nullable Object> values = new LinkedHashMap<>();

	public RequestChange state(RequestState state) {
		values.put(EnumColumns.REQUEST_STATE, state);
		return this;
	}

	/** The deployer's response and, for a refusal, its ground. */
	public RequestChange outcome(RequestState outcome, @Nullable RefusalGround ground) {
		values.put(EnumColumns.OUTCOME, outcome);
		values.put(EnumColumns.REFUSAL_GROUND, ground);
		return this;
	}

	/** Any other column, by its name. */
	public RequestChange set(String column, @Nullable Object value) {
		Field<?> field = EXPLANATION_REQUEST.field(column);
		if (field == null) {
			throw new IllegalArgumentException("No column " + column);
		}
		values.put(field, value);
		return this;
	}

}
