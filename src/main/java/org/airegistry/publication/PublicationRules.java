package org.airegistry.publication;

import java.util.List;

import org.airegistry.shared.FieldError;

/**
 * What one kind of record adds to the publish flow of {@link Publisher}: its own checks,
 * who may see the new version, and the domain events that announce it.
 */
public interface PublicationRules<ID extends RecordId, D> {

	/** What the record is called in messages, e.g. "AI system entry". */
	String subject();

	/** The kind's rules for publishing the draft; empty when it may be published. */
	List<FieldError> problems(Draft<ID, D> draft);

	/** Who may see the new version (and so the section the record will be in). */
	Visibility visibility(Draft<ID, D> draft);

	/**
	 * The domain events announcing the new version, published in the same transaction.
	 */
	List<Object> published(Draft<ID, D> draft, Publication publication);

}
