package org.airegistry.registry.persistence;

import static org.airegistry.db.Tables.AI_SYSTEM;
import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.airegistry.db.Tables.RECORD_CONFIRMATION;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.airegistry.publication.CanonicalJson;
import org.airegistry.publication.Visibility;
import org.airegistry.publication.store.PublicationTables;
import org.airegistry.registry.EntryData;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Streams the latest published version of every entry, public and restricted, with its
 * registration date, for the regulators' statistics.
 */
@Repository
public class RegistryStatisticsRepository {

	/**
	 * The latest published version of an entry and whether it is in the non-public
	 * section.
	 */
	public record LatestEntry(String registrationNumber, boolean nonPublic, EntryData data) {
	}

	/** One published entry as statistics see it. */
	public record PublishedEntry(boolean restricted, Instant registeredAt, EntryData data) {
	}

	private final DSLContext dsl;

	RegistryStatisticsRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public void forEachPublished(Consumer<PublishedEntry> consumer) {
		var first = AI_SYSTEM_VERSION.as("first_version");
		try (var cursor = dsl
			.select(PublicationTables.visibility(AI_SYSTEM.VISIBILITY), first.PUBLISHED_AT, AI_SYSTEM_VERSION.DATA)
			.from(AI_SYSTEM)
			.join(AI_SYSTEM_VERSION)
			.on(AI_SYSTEM_VERSION.AI_SYSTEM_ID.eq(AI_SYSTEM.AI_SYSTEM_ID)
				.and(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION)))
			.join(first)
			.on(first.AI_SYSTEM_ID.eq(AI_SYSTEM.AI_SYSTEM_ID).and(first.VERSION_NUMBER.eq(1)))
			.where(AI_SYSTEM.PUBLISHED_VERSION.isNotNull())
			.fetchSize(500)
			.fetchLazy()) {
			cursor.stream()
				.map(Records.mapping(
						(visibility, firstPublishedAt, data) -> new PublishedEntry(visibility == Visibility.RESTRICTED,
								firstPublishedAt, CanonicalJson.read(data, EntryData.class))))
				.forEach(consumer);
		}
	}

	/**
	 * The registration number and data of the latest published version of every entry;
	 * entries of the non-public section (Art 49(4)) only when asked for.
	 */
	public void forEachLatest(boolean nonPublicToo, Consumer<LatestEntry> consumer) {
		try (var cursor = dsl
			.select(AI_SYSTEM.REGISTRATION_NUMBER, DSL.field(EntrySections.PUBLIC_SECTION.not()),
					AI_SYSTEM_VERSION.DATA)
			.from(AI_SYSTEM)
			.join(AI_SYSTEM_VERSION)
			.on(AI_SYSTEM_VERSION.AI_SYSTEM_ID.eq(AI_SYSTEM.AI_SYSTEM_ID)
				.and(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(AI_SYSTEM.PUBLISHED_VERSION)))
			.where(EntrySections.listedFor(nonPublicToo))
			.fetchSize(500)
			.fetchLazy()) {
			cursor.stream()
				.map(Records.mapping((number, nonPublic, data) -> new LatestEntry(number,
						Boolean.TRUE.equals(nonPublic), CanonicalJson.read(data, EntryData.class))))
				.forEach(consumer);
		}
	}

}
