package org.airegistry.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.airegistry.registry.EntryStatus;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * Filters of a public search. Values of one facet combine with OR, facets combine with
 * AND. Empty sets and nulls do not filter.
 *
 * @param areas Annex III areas 1 to 8
 * @param points Annex III points
 * @param classifications Annex VIII section of the entry ({@code SECTION_A},
 * {@code SECTION_B})
 * @param memberStates where the system is made available
 * @param statuses Annex VIII A.7 status
 * @param providers provider legal names (exact)
 * @param deployers deployer names (exact)
 * @param hasFria whether a deployer registered a fundamental rights impact assessment
 * (Art 27)
 * @param registeredFrom first publication on or after this day (UTC)
 * @param registeredTo first publication on or before this day (UTC)
 */
public record SearchFilters(Set<Integer> areas, Set<AnnexIIIPoint> points, Set<String> classifications,
		Set<MemberState> memberStates, Set<EntryStatus> statuses, Set<String> providers, Set<String> deployers,
		@Nullable Boolean hasFria, @Nullable LocalDate registeredFrom, @Nullable LocalDate registeredTo) {

	/** Classification values the index knows. */
	public static final List<String> CLASSIFICATIONS = List.of("SECTION_A", "SECTION_B");

	public static final SearchFilters NONE = new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of(), Set.of(), null, null, null);

	public SearchFilters {
		areas = Set.copyOf(new TreeSet<>(areas));
		points = points.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(points));
		classifications = Set.copyOf(classifications);
		memberStates = memberStates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(memberStates));
		statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
		providers = Set.copyOf(providers);
		deployers = Set.copyOf(deployers);
		for (int area : areas) {
			if (area < 1 || area > 8) {
				throw new IllegalArgumentException("Annex III area must be 1 to 8: " + area);
			}
		}
		if (!CLASSIFICATIONS.containsAll(classifications)) {
			throw new IllegalArgumentException("Unknown classification: " + classifications);
		}
	}

	public boolean isEmpty() {
		return equals(NONE);
	}

	/** The same filters with one facet's values replaced. */
	public SearchFilters with(Facet facet, Collection<String> values) {
		return SearchParameters.withFacet(this, facet, values);
	}

}
