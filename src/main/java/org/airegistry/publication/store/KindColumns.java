package org.airegistry.publication.store;

import java.util.Map;

import org.airegistry.publication.Draft;
import org.airegistry.publication.RecordId;
import org.airegistry.publication.Visibility;
import org.jooq.Field;

/**
 * The kind's own columns the store sets together with its own: e.g. a name kept beside
 * the JSON for sorting, or a reference number given at the first publication.
 */
public interface KindColumns<ID extends RecordId, D> {

	/** A kind without columns of its own to set. */
	static <ID extends RecordId, D> KindColumns<ID, D> none() {
		return new KindColumns<>() {
		};
	}

	/** Set with every draft that is created or saved. */
	default Map<Field<?>, ?> draft(D data) {
		return Map.of();
	}

	/** Set on the record when a version is published. */
	default Map<Field<?>, ?> record(Draft<ID, D> draft, D data, Visibility visibility) {
		return Map.of();
	}

	/** Set on the new version row. */
	default Map<Field<?>, ?> version(Draft<ID, D> draft, D data, Visibility visibility) {
		return Map.of();
	}

}
