package org.airegistry.search;

/**
 * One value of a facet and how many entries have it, counted with the search's text and
 * all other facets' filters applied.
 *
 * @param value the value as used in the URL ({@code DE}, {@code 4a}, {@code ON_MARKET}…)
 * @param count matching entries
 * @param selected whether the search filters by this value
 */
public record FacetValue(String value, long count, boolean selected) {

}
