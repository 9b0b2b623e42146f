package org.airegistry.opendata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.airegistry.opendata.DeploymentColumn;
import org.airegistry.opendata.ModelColumn;
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
		List<NativeTable> tables = find(NativeTable.class).all();
		assertThat(tables).hasSize(3);
		NativeTable table = tables.getFirst();
		List<NativeTableRow> rows = table.getBody().getRows();
		assertThat(rows).hasSize(ExportColumn.values().length);
		assertThat(tables.get(1).getBody().getRows()).hasSize(DeploymentColumn.values().length);
		assertThat(tables.get(1).getElement().getTextRecursively()).contains("registration_basis")
			.contains("on_behalf_of")
			.contains("Art 49(3)")
			.contains("fria_summary")
			.contains("Annex VIII C.4");
		assertThat(tables.get(2).getBody().getRows()).hasSize(ModelColumn.values().length);
		assertThat(tables.get(2).getElement().getTextRecursively()).contains("licence")
			.contains("Annex XII point 1(h)")
			.contains("summary_crawled")
			.contains("data.trainingSummary.crawled")
			.contains("Art 53(1)(d)")
			.contains("evaluation_summary")
			.contains("Art 55(1)(a)")
			.contains("notification_due")
			.contains("Art 52(1)");
		String text = table.getElement().getTextRecursively();
		assertThat(text).contains("trade_name")
			.contains("Annex VIII A.4")
			.contains("member_states")
			.contains("Annex VIII A.10")
			.contains("authorised_representative")
			.contains("Annex VIII A.3")
			.contains("art_6_3_conditions")
			.contains("Annex VIII B.6")
			.contains("Registry metadata");
		List<String> hrefs = find(Anchor.class).all().stream().map(Anchor::getHref).toList();
		assertThat(hrefs).contains(OpenDataRoutes.API_DOCS, OpenDataRoutes.OPENAPI, OpenDataRoutes.ENTRIES_CSV,
				OpenDataRoutes.ENTRIES_JSON, OpenDataRoutes.VERSIONS_CSV, OpenDataRoutes.VERSIONS_JSON,
				OpenDataRoutes.FEED, OpenDataRoutes.DEPLOYMENTS_CSV, OpenDataRoutes.DEPLOYMENTS_JSON,
				OpenDataRoutes.MODELS_CSV, OpenDataRoutes.MODELS_JSON);
		assertThat(find(Anchor.class).withText("Open data").exists()).as("menu entry").isTrue();
	}

	@Test
	@DisplayName("The page is complete in German")
	void german() {
		UI.getCurrent().setLocale(Locale.GERMAN);
		UI.getCurrent().navigate(OpenDataRoutes.DICTIONARY_VIEW);

		assertThat(find(H1.class).single().getText()).isEqualTo("Offene Daten");
		assertThat(find(NativeTable.class).all().getFirst().getElement().getTextRecursively())
			.contains("Handelsname des KI-Systems")
			.contains("Anhang VIII A.3")
			.doesNotContain("!opendata.");
	}

}
