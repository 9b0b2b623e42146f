package org.airegistry.opendata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.airegistry.opendata.ExportColumn;
import org.airegistry.opendata.OpenDataRoutes;
import org.airegistry.testsupport.H2Test;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/** The public field dictionary page, without a browser, as an anonymous visitor. */
@H2Test
class FieldDictionaryViewTest extends SpringBrowserlessTest {

	@Test
	@DisplayName("Art 71(4): every exported column is listed with its Annex VIII reference, next to the API, download and feed links")
	void dictionaryAndLinks() {
		UI.getCurrent().navigate(OpenDataRoutes.DICTIONARY_VIEW);

		assertThat(getCurrentView()).isInstanceOf(FieldDictionaryView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Open data");
		NativeTable table = find(NativeTable.class).single();
		List<NativeTableRow> rows = table.getBody().getRows();
		assertThat(rows).hasSize(ExportColumn.values().length);
		String text = table.getElement().getTextRecursively();
		assertThat(text).contains("trade_name")
			.contains("Annex VIII A.4")
			.contains("member_states")
			.contains("Annex VIII A.10")
			.contains("Registry metadata");
		List<String> hrefs = find(Anchor.class).all().stream().map(Anchor::getHref).toList();
		assertThat(hrefs).contains(OpenDataRoutes.API_DOCS, OpenDataRoutes.OPENAPI, OpenDataRoutes.ENTRIES_CSV,
				OpenDataRoutes.ENTRIES_JSON, OpenDataRoutes.VERSIONS_CSV, OpenDataRoutes.VERSIONS_JSON,
				OpenDataRoutes.FEED);
		assertThat(find(Anchor.class).withText("Open data").exists()).as("menu entry").isTrue();
	}

	@Test
	@DisplayName("The page is complete in German")
	void german() {
		UI.getCurrent().setLocale(Locale.GERMAN);
		UI.getCurrent().navigate(OpenDataRoutes.DICTIONARY_VIEW);

		assertThat(find(H1.class).single().getText()).isEqualTo("Offene Daten");
		assertThat(find(NativeTable.class).single().getElement().getTextRecursively())
			.contains("Handelsname des KI-Systems")
			.doesNotContain("!opendata.");
	}

}
