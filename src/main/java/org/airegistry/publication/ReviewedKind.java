package org.airegistry.publication;

import java.time.LocalDate;

import org.airegistry.publication.store.PublicationStore;
import org.airegistry.publication.store.PublicationStore.LastConfirmed;
import org.jooq.Field;

/**
 * A kind of record whose owners confirm it as current (issue 21, freshness): the kernel's
 * {@link Freshness} applies one review rule to every kind that declares itself with a
 * bean of this type, for the authorities' attention list and the reminder mails.
 *
 * @param <ID> the kind's id
 * @param <D> the kind's content
 */
public interface ReviewedKind<ID extends RecordId, D> {

	PublicationStore<ID, D> store();

	/** The kind's column naming a record as the public and the authorities do. */
	Field<String> reference();

	/** The record's name as lists show it (e.g. a trade name). */
	String name(LastConfirmed<ID, D> record);

	/** The address of the record's page. */
	String permalink(LastConfirmed<ID, D> record);

	/**
	 * Translation key of how the attention list names a record of this kind not confirmed
	 * in time; arguments: reference, name, the last day its confirmation held.
	 */
	String overdueKey();

	/** Whether the authorities moderate records of this kind (a "Moderate" link). */
	default boolean moderated() {
		return false;
	}

	/**
	 * Reminds the owner by mail that the record's confirmation runs out on the day, in
	 * the recipient's language.
	 * @return whether a mail went out
	 */
	boolean remind(LastConfirmed<ID, D> record, LocalDate dueOn);

}
