package org.airegistry.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

	static final Chart STACKED = new Chart("per-month", "Registrations <per> month", "Month",
			List.of("Jan 26", "Feb 26", "Mar 26"), List.of(new Chart.Series("Public", List.of(3L, 0L, 1200L)),
					new Chart.Series("Restricted", List.of(1L, 0L, 0L))),
			false);

	static long count(String text, String pattern) {
		return Pattern.compile(Pattern.quote(pattern)).matcher(text).results().count();
	}

	@Test
	@DisplayName("One bar per non-zero count, totals labelled in the user's number format, a legend for stacked series")
	void verticalStacked() {
		String svg = SvgBarChart.render(STACKED, Locale.GERMAN, "Jan 26: 4; Mar 26: 1.200");
		assertThat(count(svg, "<rect")).isEqualTo(3 + 2); // 3 bars + 2 legend swatches
		assertThat(svg).contains(">1.200<").contains(">4<").contains(">Restricted<");
		assertThat(svg).startsWith("<svg").endsWith("</svg>");
	}

	@Test
	@DisplayName("The chart is an image with title and description (text alternative), and labels are escaped")
	void accessibleAndEscaped() {
		Chart chart = new Chart("areas", "By area", "Area", List.of("<script>alert(1)</script>", "B & C"),
				List.of(new Chart.Series("Entries", List.of(2L, 5L))), true);
		String svg = SvgBarChart.render(chart, Locale.ENGLISH, "A: 2; B & C: 5");
		assertThat(svg).contains("role=\"img\"")
			.contains("aria-labelledby=\"areas-svg-title areas-svg-desc\"")
			.contains("<title id=\"areas-svg-title\">By area</title>")
			.contains("<desc id=\"areas-svg-desc\">A: 2; B &amp; C: 5</desc>")
			.doesNotContain("<script>")
			.contains("&lt;script&gt;")
			.contains("B &amp; C")
			.doesNotContain("style=");
		assertThat(count(svg, "<rect")).isEqualTo(2);
	}

	@Test
	@DisplayName("Series must give one count per category")
	void mismatchedSeries() {
		assertThatThrownBy(
				() -> new Chart("x", "X", "C", List.of("a", "b"), List.of(new Chart.Series("S", List.of(1L))), true))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("The CSV download carries the same numbers as the chart, one column per series")
	void csv() throws Exception {
		StringWriter out = new StringWriter();
		ChartPanel.writeCsv(STACKED, out);
		assertThat(out.toString().lines().toList()).containsExactly("Month,Public,Restricted", "Jan 26,3,1",
				"Feb 26,0,0", "Mar 26,1200,0");
	}

	@Test
	@DisplayName("Issue 21: a 5 000-character word in a category or series name is cut in the chart, with the "
			+ "whole text as the label's title, in the description and in the table; month labels stay whole")
	void longWordsAreCut() {
		String word = "Bewerbungsvorauswahlverfahren".repeat(173).substring(0, 5000);
		Chart horizontal = new Chart("deployers", "Overdue per deployer", "Deployer", List.of(word, "Town hall"),
				List.of(new Chart.Series(word, List.of(3L, 1L)), new Chart.Series("Other", List.of(1L, 0L))), true);
		String svg = SvgBarChart.render(horizontal, Locale.ENGLISH, word + ": 4; Town hall: 1");
		assertThat(svg).contains(">" + word.substring(0, 33) + "…<title>" + word + "</title></text>")
			.contains(">" + word.substring(0, 39) + "…<title>" + word + "</title></text>")
			.contains(">Town hall</text>")
			.contains("<desc id=\"deployers-svg-desc\">" + word + ": 4");
		assertThat(count(svg, word)).as("only in the titles and the description").isEqualTo(3);

		List<String> months = new java.util.ArrayList<>();
		List<Long> counts = new java.util.ArrayList<>();
		for (int i = 0; i < 11; i++) {
			months.add("sept. 2026");
			counts.add(1L);
		}
		months.add(word);
		counts.add(2L);
		String vertical = SvgBarChart.render(
				new Chart("months", "Per month", "Month", months, List.of(new Chart.Series("Entries", counts)), false),
				Locale.FRENCH, "");
		assertThat(count(vertical, ">sept. 2026</text>")).isEqualTo(11);
		assertThat(vertical).contains("…<title>" + word + "</title></text>");
	}

}
