package org.airegistry.operations.persistence;

import java.time.Instant;

import org.jooq.Records;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The outbox as Spring Modulith keeps it ({@code event_publication}, created by the
 * vendor migrations and so not in the generated schema): how many publications are not
 * completed, and since when the oldest waits.
 */
@Repository
public class OutboxRepository {

	private static final Table<?> EVENT_PUBLICATION = DSL.table(DSL.name("event_publication"));

	private static final Field<Instant> PUBLICATION_DATE = DSL.field(DSL.name("publication_date"), SQLDataType.INSTANT);

	private static final Field<Instant> COMPLETION_DATE = DSL.field(DSL.name("completion_date"), SQLDataType.INSTANT);

	private final DSLContext dsl;

	OutboxRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Incomplete publications and the oldest one's publication time.
	 *
	 * @param incomplete publications not (yet) completed by their listener
	 * @param oldest when the oldest of them was published, if any
	 */
	public record Backlog(long incomplete, @Nullable Instant oldest) {
	}

	public Backlog backlog() {
		return dsl.select(DSL.count(), DSL.min(PUBLICATION_DATE))
			.from(EVENT_PUBLICATION)
			.where(COMPLETION_DATE.isNull())
			.fetchSingle(Records.mapping((count, oldest) -> new Backlog(count, oldest)));
	}

}
