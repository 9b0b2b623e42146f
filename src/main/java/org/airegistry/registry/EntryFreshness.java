package org.airegistry.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.airegistry.publication.Freshness;
import org.airegistry.registry.persistence.AiSystemRepository;
import org.airegistry.registry.persistence.RegistryStatisticsRepository;
import org.airegistry.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How current the registry's entries are (issue 21, freshness, DD071), on the publication
 * kernel's {@link Freshness}: when the provider last published or confirmed an entry, for
 * its public page, and the entries not confirmed within the review interval, for the
 * market surveillance authorities' attention list.
 */
@Service
public class EntryFreshness {

	private final Freshness freshness;

	private final AiSystemRepository entries;

	private final RegistryStatisticsRepository statistics;

	private final Clock clock;

	EntryFreshness(Freshness freshness, AiSystemRepository entries, RegistryStatisticsRepository statistics,
			Clock clock) {
		this.freshness = freshness;
		this.entries = entries;
		this.statistics = statistics;
		this.clock = clock;
	}

	/** The standing of the latest public version of an entry. */
	@Transactional(readOnly = true)
	public Freshness.Standing of(PublicEntry latest) {
		return freshness.standing(entries.store().kind(), latest.id(), latest.publishedAt());
	}

	/**
	 * Published entries (public and non-public) that neither a new version nor a
	 * confirmation renewed within the review interval, longest unconfirmed first.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
	public List<Unconfirmed> notConfirmedInTime() {
		Instant cutoff = LocalDate.now(clock.withZone(ZoneOffset.UTC))
			.minus(freshness.reviewInterval())
			.atStartOfDay()
			.toInstant(ZoneOffset.UTC);
		return statistics.notConfirmedSince(entries.store().kind(), cutoff)
			.stream()
			.map(row -> new Unconfirmed(row.registrationNumber(), row.tradeName(),
					LocalDate.ofInstant(row.confirmedAt(), ZoneOffset.UTC).plus(freshness.reviewInterval())))
			.toList();
	}

	/**
	 * An entry not confirmed in time.
	 *
	 * @param dueOn the last day its confirmation held
	 */
	public record Unconfirmed(String registrationNumber, String tradeName, LocalDate dueOn) {
	}

}
