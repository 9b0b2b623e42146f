package org.airegistry.oversight.ui;

import java.util.List;

/**
 * The data of one bar chart: categories along one axis and one or more series of counts
 * (stacked when there are several).
 *
 * @param id stable identifier (used for element ids and file names)
 * @param title heading, already translated
 * @param categoryHeader heading of the category column in the table view
 * @param categories category labels, already translated, in display order
 * @param series the counts per category, one list per series
 * @param horizontal whether bars run horizontally (long labels) or vertically (time)
 */
record Chart(String id, String title, String categoryHeader, List<String> categories, List<Series> series,
		boolean horizontal) {

	/** One series: a translated name and one count per category. */
	record Series(String name, List<Long> values) {
	}

	Chart {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		for (Series s : series) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size() + " values for "
						+ categories.size() + " categories");
			}
		}
	}

	long total(int category) {
		return series.stream().mapToLong(s -> s.values().get(category)).sum();
	}

	long max() {
		long max = 0;
		for (int i = 0; i < categories.size(); i++) {
			max = Math.max(max, total(i));
		}
		return max;
	}

	boolean isEmpty() {
		return categories.isEmpty() || max() == 0;
	}

}
