package org.airegistry.search.query;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.airegistry.registry.PublicEntry;
import org.airegistry.search.SearchFilters;
import org.airegistry.shared.AnnexIIIPoint;

/**
 * The search filters applied in memory to the database's answer in reduced mode.
 * Deployment facts are not known there: a deployer or has-FRIA filter matches nothing.
 */
final class ReducedFilters {

	private ReducedFilters() {
	}

	static boolean matches(PublicEntry entry, SearchFilters filters) {
		AnnexIIIPoint point = entry.data().annexIIIPoint();
		if (!filters.areas().isEmpty() && (point == null || !filters.areas().contains(point.area()))) {
			return false;
		}
		if (!filters.points().isEmpty() && (point == null || !filters.points().contains(point))) {
			return false;
		}
		if (!filters.classifications().isEmpty()
				&& !filters.classifications().contains(entry.data().classification().name())) {
			return false;
		}
		if (!filters.memberStates().isEmpty()
				&& filters.memberStates().stream().noneMatch(entry.data().memberStates()::contains)) {
			return false;
		}
		if (!filters.statuses().isEmpty()
				&& (entry.data().status() == null || !filters.statuses().contains(entry.data().status()))) {
			return false;
		}
		if (!filters.providers().isEmpty() && !filters.providers().contains(entry.providerName())) {
			return false;
		}
		if (!filters.deployers().isEmpty() || Boolean.TRUE.equals(filters.hasFria())) {
			return false;
		}
		LocalDate registered = LocalDate.ofInstant(entry.firstPublishedAt(), ZoneOffset.UTC);
		if (filters.registeredFrom() != null && registered.isBefore(filters.registeredFrom())) {
			return false;
		}
		return filters.registeredTo() == null || !registered.isAfter(filters.registeredTo());
	}

}
