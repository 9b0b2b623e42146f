package org.airegistry.oversight.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.airegistry.shared.CsvWriter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * One chart of the dashboard with its two accessible alternatives: the same numbers as a
 * table (toggled in place) and as a CSV download.
 */
class ChartPanel extends Section {

	private final Div svg = new Div();

	private final NativeTable table = new NativeTable();

	private final Button toggle;

	ChartPanel(Chart chart, Locale locale) {
		this(chart, locale, exported -> {
		});
	}

	/**
	 * @param onExport told after the chart's CSV was written (the dashboard records the
	 * export in the audit trail)
	 */
	ChartPanel(Chart chart, Locale locale, Consumer<Chart> onExport) {
		addClassName("chart-panel");
		setId(chart.id());
		H2 heading = new H2(chart.title());
		heading.setId(chart.id() + "-title");
		getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
		add(heading);
		if (chart.isEmpty()) {
			add(new Paragraph(getTranslation("dashboard.chart.empty")));
			toggle = new Button();
			return;
		}
		svg.addClassName("chart");
		svg.getElement().setProperty("innerHTML", SvgBarChart.render(chart, locale, describe(chart, locale)));
		fillTable(chart, locale);
		table.setVisible(false);
		table.addClassName("chart-table");
		toggle = new Button(getTranslation("dashboard.chart.showTable"), click -> toggle());
		toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		toggle.getElement().setAttribute("aria-controls", chart.id() + "-table");
		toggle.getElement().setAttribute("aria-expanded", "false");
		table.setId(chart.id() + "-table");
		Anchor csv = new Anchor(csv(chart, onExport), getTranslation("dashboard.chart.csv"));
		csv.getElement().setAttribute("download", true);
		add(svg, table, new HorizontalLayout(toggle, csv));
	}

	private void toggle() {
		boolean showTable = !table.isVisible();
		table.setVisible(showTable);
		svg.setVisible(!showTable);
		toggle.setText(getTranslation(showTable ? "dashboard.chart.showChart" : "dashboard.chart.showTable"));
		toggle.getElement().setAttribute("aria-expanded", Boolean.toString(showTable));
	}

	private void fillTable(Chart chart, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		table.setCaptionText(chart.title());
		NativeTableRow head = table.getHead().addRow();
		head.addHeaderCell().setText(chart.categoryHeader());
		chart.series().forEach(series -> head.addHeaderCell().setText(series.name()));
		if (chart.series().size() > 1) {
			head.addHeaderCell().setText(getTranslation("dashboard.chart.total"));
		}
		for (int i = 0; i < chart.categories().size(); i++) {
			NativeTableRow row = table.getBody().addRow();
			var label = row.addHeaderCell();
			label.setText(chart.categories().get(i));
			label.getElement().setAttribute("scope", "row");
			for (Chart.Series series : chart.series()) {
				row.addDataCell().setText(numbers.format(series.values().get(i)));
			}
			if (chart.series().size() > 1) {
				row.addDataCell().setText(numbers.format(chart.total(i)));
			}
		}
	}

	private String describe(Chart chart, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < chart.categories().size(); i++) {
			if (chart.total(i) > 0) {
				parts.add(chart.categories().get(i) + ": " + numbers.format(chart.total(i)));
			}
		}
		return String.join("; ", parts);
	}

	static DownloadHandler csv(Chart chart, Consumer<Chart> onExport) {
		return event -> {
			event.setFileName(chart.id() + ".csv");
			event.setContentType("text/csv;charset=UTF-8");
			writeCsv(chart, new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
			onExport.accept(chart);
		};
	}

	/** The chart's numbers as CSV (the registry's one CSV writer), written to the end. */
	static void writeCsv(Chart chart, Writer out) {
		List<String> header = new ArrayList<>();
		header.add(chart.categoryHeader());
		chart.series().forEach(series -> header.add(series.name()));
		try (CsvWriter csv = CsvWriter.open(out, header)) {
			for (int i = 0; i < chart.categories().size(); i++) {
				List<Object> row = new ArrayList<>();
				row.add(chart.categories().get(i));
				for (Chart.Series series : chart.series()) {
					row.add(series.values().get(i));
				}
				csv.row(row);
			}
		}
	}

}
