package org.airegistry.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.airegistry.registry.persistence.RegistryStatisticsRepository;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.NonPublicSection;
import org.airegistry.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over every published entry, public and non-public (Art 49(4)), for the
 * regulators' dashboard: registrations per month by tier, entries per Annex III area and
 * per Member State. Filters by Member State and registration period.
 */
@Service
@PreAuthorize("hasAnyRole('" + Role.Names.REGULATOR + "', '" + Role.Names.ADMIN + "')")
public class RegistryStatistics {

	/** Registration dates are counted as days in this zone. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	/** Which tier an entry is in. */
	public enum Tier {

		PUBLIC, RESTRICTED

	}

	/**
	 * What to count.
	 *
	 * @param memberState only entries placed on the market or put into service there
	 * @param from registered on or after this day
	 * @param to registered on or before this day
	 */
	public record Filter(@Nullable MemberState memberState, @Nullable LocalDate from, @Nullable LocalDate to) {

		public static final Filter ALL = new Filter(null, null, null);

	}

	/**
	 * The counts.
	 *
	 * @param registrationsPerMonth per month of first publication, per tier (months
	 * without registrations between the first and the last are present with zeros)
	 * @param perAnnexIIIArea per Annex III area (1–8)
	 * @param perMemberState per Member State the entry lists
	 * @param total entries counted
	 */
	public record Snapshot(SortedMap<YearMonth, Map<Tier, Long>> registrationsPerMonth,
			SortedMap<Integer, Long> perAnnexIIIArea, Map<MemberState, Long> perMemberState, long total) {
	}

	/**
	 * A published entry whose notified-body certificate (Annex VIII A.8) has expired.
	 *
	 * @param registrationNumber the entry
	 * @param tradeName its trade name
	 * @param expiryDate the certificate's expiry date as registered
	 * @param nonPublic whether the entry is in the non-public section (Art 49(4))
	 */
	public record ExpiredCertificate(String registrationNumber, String tradeName, LocalDate expiryDate,
			boolean nonPublic) {

		/** The entry's page for the authority that reads the list. */
		public String page() {
			return RegistryRoutes.entryPage(registrationNumber, nonPublic);
		}

	}

	private final RegistryStatisticsRepository repository;

	private final Clock clock;

	private final NonPublicSection nonPublicSection;

	RegistryStatistics(RegistryStatisticsRepository repository, Clock clock, NonPublicSection nonPublicSection) {
		this.repository = repository;
		this.nonPublicSection = nonPublicSection;
		this.clock = clock;
	}

	/**
	 * Entries whose latest published version names a notified-body certificate (Annex
	 * VIII A.8) that expired before today: the entry is no longer up to date, or the
	 * system lost its certificate (Art 44(2), Art 49(1)), oldest expiry first; entries of
	 * the non-public section only for a user who may read it (Art 49(4), DD048).
	 */
	@Transactional(readOnly = true)
	public List<ExpiredCertificate> expiredCertificates() {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		List<ExpiredCertificate> expired = new ArrayList<>();
		repository.forEachLatest(nonPublicSection.mayReadNonPublicSection(), entry -> {
			LocalDate expiry = entry.data().certificate().expiryDate();
			if (expiry != null && expiry.isBefore(today)) {
				expired.add(new ExpiredCertificate(entry.registrationNumber(), entry.data().tradeName(), expiry,
						entry.nonPublic()));
			}
		});
		expired.sort(Comparator.comparing(ExpiredCertificate::expiryDate)
			.thenComparing(ExpiredCertificate::registrationNumber));
		return expired;
	}

	@Transactional(readOnly = true)
	public Snapshot snapshot(Filter filter) {
		SortedMap<YearMonth, Map<Tier, Long>> perMonth = new TreeMap<>();
		SortedMap<Integer, Long> perArea = new TreeMap<>();
		Map<MemberState, Long> perState = new EnumMap<>(MemberState.class);
		long[] total = { 0 };
		repository.forEachPublished(entry -> {
			LocalDate day = LocalDate.ofInstant(entry.registeredAt(), ZONE);
			if ((filter.from() != null && day.isBefore(filter.from()))
					|| (filter.to() != null && day.isAfter(filter.to()))
					|| (filter.memberState() != null && !entry.data().memberStates().contains(filter.memberState()))) {
				return;
			}
			total[0]++;
			Tier tier = entry.restricted() ? Tier.RESTRICTED : Tier.PUBLIC;
			perMonth.computeIfAbsent(YearMonth.from(day), month -> new EnumMap<>(Tier.class))
				.merge(tier, 1L, Long::sum);
			if (entry.data().annexIIIPoint() != null) {
				perArea.merge(entry.data().annexIIIPoint().area(), 1L, Long::sum);
			}
			entry.data().memberStates().forEach(state -> perState.merge(state, 1L, Long::sum));
		});
		if (!perMonth.isEmpty()) {
			for (YearMonth month = perMonth.firstKey(); month
				.isBefore(perMonth.lastKey()); month = month.plusMonths(1)) {
				perMonth.computeIfAbsent(month, empty -> new EnumMap<>(Tier.class));
			}
		}
		return new Snapshot(perMonth, perArea, perState, total[0]);
	}

}
