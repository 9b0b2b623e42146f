package org.airegistry.oversight.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Chart} as inline SVG on the server: no chart library, no script, works
 * under the strict content security policy (presentation attributes only, no inline
 * styles). Colours keep at least 3:1 contrast against white (WCAG 1.4.11); the chart is
 * an image with a text alternative, and the same numbers are available as a table.
 */
final class SvgBarChart {

	/** Fill colours of the series, in order. */
	static final List<String> PALETTE = List.of("#1f5fa8", "#b3471d", "#2e7d32", "#6a1b9a", "#8a6d00");

	private static final int WIDTH = 640;

	private static final int BAR = 22;

	private static final int GAP = 8;

	/** The most characters of a series name in the legend. */
	private static final int LEGEND_MAX = 40;

	private SvgBarChart() {
	}

	static String render(Chart chart, Locale locale, String description) {
		return chart.horizontal() ? horizontal(chart, locale, description) : vertical(chart, locale, description);
	}

	private static String horizontal(Chart chart, Locale locale, String description) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		int labelWidth = 240;
		int plotWidth = WIDTH - labelWidth - 60;
		int height = chart.categories().size() * (BAR + GAP) + GAP + legendHeight(chart);
		long max = Math.max(1, chart.max());
		StringBuilder svg = open(chart, WIDTH, height, description);
		for (int i = 0; i < chart.categories().size(); i++) {
			int y = GAP + i * (BAR + GAP);
			svg.append("<text x=\"")
				.append(labelWidth - 8)
				.append("\" y=\"")
				.append(y + BAR - 6)
				.append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1a1a1a\">");
			label(svg, chart.categories().get(i), 34);
			svg.append("</text>");
			double x = labelWidth;
			for (int s = 0; s < chart.series().size(); s++) {
				long value = chart.series().get(s).values().get(i);
				double w = (double) plotWidth * value / max;
				if (value > 0) {
					svg.append("<rect x=\"")
						.append(fmt(x))
						.append("\" y=\"")
						.append(y)
						.append("\" width=\"")
						.append(fmt(w))
						.append("\" height=\"")
						.append(BAR)
						.append("\" fill=\"")
						.append(PALETTE.get(s % PALETTE.size()))
						.append("\"/>");
				}
				x += w;
			}
			svg.append("<text x=\"")
				.append(fmt(x + 6))
				.append("\" y=\"")
				.append(y + BAR - 6)
				.append("\" font-size=\"13\" fill=\"#1a1a1a\">")
				.append(numbers.format(chart.total(i)))
				.append("</text>");
		}
		legend(svg, chart, height - legendHeight(chart) + 4);
		return svg.append("</svg>").toString();
	}

	private static String vertical(Chart chart, Locale locale, String description) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		int plotHeight = 200;
		int top = 20;
		int left = 40;
		int n = Math.max(1, chart.categories().size());
		double slot = (double) (WIDTH - left - 10) / n;
		double bar = Math.min(48, slot * 0.7);
		int height = top + plotHeight + 40 + legendHeight(chart);
		long max = Math.max(1, chart.max());
		StringBuilder svg = open(chart, WIDTH, height, description);
		svg.append("<line x1=\"")
			.append(left)
			.append("\" y1=\"")
			.append(top + plotHeight)
			.append("\" x2=\"")
			.append(WIDTH - 10)
			.append("\" y2=\"")
			.append(top + plotHeight)
			.append("\" stroke=\"#595959\" stroke-width=\"1\"/>");
		svg.append("<text x=\"")
			.append(left - 6)
			.append("\" y=\"")
			.append(top + 4)
			.append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#1a1a1a\">")
			.append(numbers.format(chart.max()))
			.append("</text>");
		int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
		for (int i = 0; i < chart.categories().size(); i++) {
			double x = left + i * slot + (slot - bar) / 2;
			double y = top + plotHeight;
			for (int s = 0; s < chart.series().size(); s++) {
				long value = chart.series().get(s).values().get(i);
				double h = (double) plotHeight * value / max;
				y -= h;
				if (value > 0) {
					svg.append("<rect x=\"")
						.append(fmt(x))
						.append("\" y=\"")
						.append(fmt(y))
						.append("\" width=\"")
						.append(fmt(bar))
						.append("\" height=\"")
						.append(fmt(h))
						.append("\" fill=\"")
						.append(PALETTE.get(s % PALETTE.size()))
						.append("\"/>");
				}
			}
			if (chart.total(i) > 0) {
				svg.append("<text x=\"")
					.append(fmt(x + bar / 2))
					.append("\" y=\"")
					.append(fmt(y - 4))
					.append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1a1a1a\">")
					.append(numbers.format(chart.total(i)))
					.append("</text>");
			}
			if (i % labelEvery == 0) {
				svg.append("<text x=\"")
					.append(fmt(x + bar / 2))
					.append("\" y=\"")
					.append(top + plotHeight + 18)
					.append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1a1a1a\">");
				// about 6 units per character at this size; a month and year ("sept.
				// 2026")
				// always fits whole
				label(svg, chart.categories().get(i), Math.max(12, (int) (slot * labelEvery / 6)));
				svg.append("</text>");
			}
		}
		legend(svg, chart, top + plotHeight + 30);
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(Chart chart, int width, int height, String description) {
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
			.append(chart.id())
			.append("-svg-title ")
			.append(chart.id())
			.append("-svg-desc\" class=\"chart-svg\">");
		svg.append("<title id=\"")
			.append(chart.id())
			.append("-svg-title\">")
			.append(escape(chart.title()))
			.append("</title>");
		svg.append("<desc id=\"")
			.append(chart.id())
			.append("-svg-desc\">")
			.append(escape(description))
			.append("</desc>");
		return svg;
	}

	private static int legendHeight(Chart chart) {
		return chart.series().size() > 1 ? 24 : 0;
	}

	private static void legend(StringBuilder svg, Chart chart, int y) {
		if (chart.series().size() < 2) {
			return;
		}
		int x = 40;
		for (int s = 0; s < chart.series().size(); s++) {
			svg.append("<rect x=\"")
				.append(x)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"14\" height=\"14\" fill=\"")
				.append(PALETTE.get(s % PALETTE.size()))
				.append("\"/>");
			svg.append("<text x=\"")
				.append(x + 20)
				.append("\" y=\"")
				.append(y + 12)
				.append("\" font-size=\"13\" fill=\"#1a1a1a\">");
			String name = label(svg, chart.series().get(s).name(), LEGEND_MAX);
			svg.append("</text>");
			x += 40 + name.length() * 8;
		}
	}

	private static String shorten(String label, int max) {
		return label.length() <= max ? label : label.substring(0, max - 1) + "…";
	}

	/**
	 * Writes a label cut to {@code max} characters (issue 21: a long name, one unbroken
	 * word of 5 000 characters included, never runs out of the chart); a cut label
	 * carries its full text as the element's {@code title} (shown on hover, and the
	 * chart's description and table hold it too).
	 * @return the text shown
	 */
	private static String label(StringBuilder svg, String label, int max) {
		String shown = shorten(label, max);
		svg.append(escape(shown));
		if (!shown.equals(label)) {
			svg.append("<title>").append(escape(label)).append("</title>");
		}
		return shown;
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
