package org.airegistry.publication;

import java.util.List;

import org.airegistry.shared.FieldError;

/**
 * What one kind of record adds to the publish flow of {@link Publisher}: its own checks,
 * who may see the new version, the domain events that announce it and how the audit trail
 * names it.
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

	/**
	 * How the audit trail names the new version: the kernel announces every publication
	 * of every kind as a {@link RecordPublished}, which the audit trail records.
	 */
	RecordPublished.Subject audited(Draft<ID, D> draft, Publication publication);

}
