package org.airegistry.registry;

import java.util.List;
import java.util.Optional;

import org.airegistry.registry.persistence.AiSystemRepository;
import org.airegistry.shared.NonPublicSection;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The non-public section (Art 49(4)) as the competent authorities read it: latest
 * published versions of restricted entries. Regulators holding the competence only (Art
 * 74(8)); never used by public pages, search, feeds or exports.
 */
@Service
@PreAuthorize(NonPublicSection.MAY_READ)
public class RestrictedSection {

	private final AiSystemRepository repository;

	private final ApplicationEventPublisher events;

	RestrictedSection(AiSystemRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** The latest published version of every restricted entry, newest first. */
	@Transactional
	public List<PublicEntry> latestVersions(int limit) {
		events
			.publishEvent(Audited.of("restricted.listed", "restricted-section", null).withLegalReference("Art 49(4)"));
		return repository.restrictedLatest(limit);
	}

	/**
	 * Searches the non-public section in the database (it never reaches the search
	 * index): latest published versions matching the query, newest first, at most
	 * {@code limit}. The query (never the results) goes to the audit trail.
	 */
	@Transactional
	public List<PublicEntry> search(RestrictedQuery query, int limit) {
		events.publishEvent(Audited.of("restricted.searched", "restricted-section", null)
			.withLegalReference("Art 49(4)")
			.withChange(null, query.describe()));
		Optional<AnnexIIIPoint> point = AnnexIIIPoint.fromCode(query.text());
		List<PublicEntry> candidates = point.isPresent() ? repository.restrictedMatching("")
			.stream()
			.filter(entry -> entry.data().annexIIIPoint() == point.get())
			.toList() : repository.restrictedMatching(query.text());
		return candidates.stream().filter(entry -> query.matchesFilters(entry.data())).limit(limit).toList();
	}

	/** The latest published version of one restricted entry. */
	@Transactional
	public Optional<PublicEntry> latestVersion(String registrationNumber) {
		Optional<PublicEntry> entry = repository.restrictedLatest(registrationNumber);
		entry.ifPresent(found -> events.publishEvent(Audited.of("restricted.viewed", "ai-system", registrationNumber)
			.withLegalReference("Art 49(4)")
			.withChange(null, "version " + found.version())));
		return entry;
	}

}
