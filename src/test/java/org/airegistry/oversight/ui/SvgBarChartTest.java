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

}
