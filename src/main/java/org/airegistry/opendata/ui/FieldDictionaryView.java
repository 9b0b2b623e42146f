package org.airegistry.opendata.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.airegistry.opendata.DeploymentColumn;
import org.airegistry.opendata.DictionaryColumn;
import org.airegistry.opendata.ExportColumn;
import org.airegistry.opendata.ModelColumn;
import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.shared.i18n.Citations;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.PublicAddress;
import org.airegistry.shell.components.PublicDocument;
import org.airegistry.shell.components.StructuredData;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Open data for everyone (Art 71(4)): where the API, its documentation, the downloads and
 * the feeds are, and the field dictionary mapping each exported column to its Annex VIII
 * item.
 */
@Route(OpenDataRoutes.DICTIONARY_VIEW)
@Menu(title = "nav.opendata", order = 50)
@AnonymousAllowed
public class FieldDictionaryView extends Main implements HasDynamicTitle, PublicDocument {

	public FieldDictionaryView() {
		addClassName("page");
		addClassName("open-data");
		add(new H1(getTranslation("opendata.title")), new Paragraph(getTranslation("opendata.intro")));
		add(new Section(new H2(getTranslation("opendata.access.title")),
				list(link("opendata.link.apiDocs", OpenDataRoutes.API_DOCS, false),
						link("opendata.link.openapi", OpenDataRoutes.OPENAPI, false),
						link("opendata.link.search", OpenDataRoutes.API + "/search?q=", false),
						link("opendata.link.organisations", OpenDataRoutes.API + "/organisations", false),
						link("opendata.link.facets", OpenDataRoutes.API + "/facets", false)),
				new Paragraph(getTranslation("opendata.access.terms"))));
		add(new Section(new H2(getTranslation("opendata.downloads.title")),
				list(link("opendata.link.entriesCsv", OpenDataRoutes.ENTRIES_CSV, true),
						link("opendata.link.entriesJson", OpenDataRoutes.ENTRIES_JSON, true),
						link("opendata.link.versionsCsv", OpenDataRoutes.VERSIONS_CSV, true),
						link("opendata.link.versionsJson", OpenDataRoutes.VERSIONS_JSON, true),
						link("opendata.link.deploymentsCsv", OpenDataRoutes.DEPLOYMENTS_CSV, true),
						link("opendata.link.deploymentsJson", OpenDataRoutes.DEPLOYMENTS_JSON, true),
						link("opendata.link.modelsCsv", OpenDataRoutes.MODELS_CSV, true),
						link("opendata.link.modelsJson", OpenDataRoutes.MODELS_JSON, true)),
				new Paragraph(getTranslation("opendata.downloads.format")),
				new Paragraph(getTranslation("opendata.downloads.suspended"))));
		add(new Section(new H2(getTranslation("opendata.feeds.title")),
				list(link("opendata.link.feed", OpenDataRoutes.FEED, false)),
				new Paragraph(getTranslation("opendata.feeds.organisation"))));
		add(new Section(new H2(getTranslation("opendata.dictionary.title")),
				new Paragraph(getTranslation("opendata.dictionary.intro")),
				new H3(getTranslation("opendata.dictionary.entries")),
				scrollable(dictionary(List.of(ExportColumn.values()), "opendata.dictionary.entriesCaption"),
						"opendata.dictionary.entriesCaption"),
				new H3(getTranslation("opendata.dictionary.deployments")),
				new Paragraph(getTranslation("opendata.dictionary.deploymentsIntro")),
				scrollable(dictionary(List.of(DeploymentColumn.values()), "opendata.dictionary.deploymentsCaption"),
						"opendata.dictionary.deploymentsCaption"),
				new H3(getTranslation("opendata.dictionary.models")),
				new Paragraph(getTranslation("opendata.dictionary.modelsIntro")),
				scrollable(dictionary(List.of(ModelColumn.values()), "opendata.dictionary.modelsCaption"),
						"opendata.dictionary.modelsCaption")));
	}

	/**
	 * The table in a region of its own that scrolls sideways on a narrow screen (a data
	 * table keeps its columns, WCAG 1.4.10), so that the page does not; focusable, so
	 * that the keyboard scrolls it too.
	 */
	private Div scrollable(NativeTable table, String captionKey) {
		Div region = new Div(table);
		region.addClassName("table-scroll");
		region.getElement().setAttribute("role", "region");
		region.getElement().setAttribute("tabindex", "0");
		region.getElement().setAttribute("aria-label", getTranslation(captionKey));
		return region;
	}

	/**
	 * The registry as a schema.org Dataset with its downloads, feed and the exported
	 * columns (what dataset search engines index).
	 */
	@Override
	public DocumentMetadata documentMetadata() {
		String description = getTranslation("opendata.intro");
		StructuredData dataset = StructuredData.of("Dataset")
			.put("name", getTranslation("app.name"))
			.put("description", description)
			.put("isAccessibleForFree", true)
			.put("keywords", List.of("AI Act", "high-risk AI systems", "Annex VIII", "EU database"))
			.put("creator", StructuredData.of("Organization").put("name", getTranslation("app.name")))
			.put("distribution",
					List.of(download(OpenDataRoutes.ENTRIES_CSV, "text/csv"),
							download(OpenDataRoutes.ENTRIES_JSON, "application/json"),
							download(OpenDataRoutes.VERSIONS_CSV, "text/csv"),
							download(OpenDataRoutes.VERSIONS_JSON, "application/json"),
							download(OpenDataRoutes.DEPLOYMENTS_CSV, "text/csv"),
							download(OpenDataRoutes.DEPLOYMENTS_JSON, "application/json"),
							download(OpenDataRoutes.MODELS_CSV, "text/csv"),
							download(OpenDataRoutes.MODELS_JSON, "application/json"),
							download(OpenDataRoutes.FEED, "application/atom+xml")))
			.put("variableMeasured",
					Stream
						.<List<? extends DictionaryColumn>>of(List.of(ExportColumn.values()),
								List.of(DeploymentColumn.values()), List.of(ModelColumn.values()))
						.flatMap(List::stream)
						.map(column -> StructuredData.of("PropertyValue")
							.put("name", column.columnName())
							.put("description", getTranslation(column.descriptionKey())))
						.toList());
		return DocumentMetadata.page(description, OpenDataRoutes.DICTIONARY_VIEW, dataset);
	}

	private static StructuredData download(String path, String format) {
		return StructuredData.of("DataDownload")
			.put("encodingFormat", format)
			.put("contentUrl", PublicAddress.absolute(path));
	}

	private NativeTable dictionary(List<? extends DictionaryColumn> columns, String captionKey) {
		NativeTable table = new NativeTable();
		table.addClassName("field-dictionary");
		table.setCaptionText(getTranslation(captionKey));
		NativeTableRow head = table.getHead().addRow();
		head.addHeaderCell().setText(getTranslation("opendata.dictionary.column"));
		head.addHeaderCell().setText(getTranslation("opendata.dictionary.reference"));
		head.addHeaderCell().setText(getTranslation("opendata.dictionary.description"));
		for (DictionaryColumn column : columns) {
			NativeTableRow row = table.getBody().addRow();
			var name = row.addHeaderCell();
			name.add(new Code(column.columnName()));
			if (!column.jsonName().equals(DictionaryColumn.camelCase(column.columnName()))) {
				// where the JSON documents keep it under another name or in a nested
				// object
				Div json = new Div(new Code(column.jsonName()));
				json.addClassName("json-name");
				name.add(json);
			}
			row.addDataCell()
				.setText(column.legalReference().isEmpty() ? getTranslation("opendata.dictionary.metadata")
						: Citations.format(column.legalReference(), getLocale()));
			row.addDataCell().setText(getTranslation(column.descriptionKey()));
		}
		head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
		table.getBody()
			.getRows()
			.forEach(row -> row.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "row")));
		return table;
	}

	private Anchor link(String key, String href, boolean download) {
		Anchor anchor = new Anchor(href, getTranslation(key));
		anchor.setRouterIgnore(true);
		if (download) {
			anchor.getElement().setAttribute("download", true);
		}
		return anchor;
	}

	private static UnorderedList list(Anchor... links) {
		UnorderedList list = new UnorderedList();
		for (Anchor link : links) {
			list.add(new ListItem(link));
		}
		return list;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("opendata.title") + " | " + getTranslation("app.name");
	}

}
