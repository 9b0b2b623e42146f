package org.airegistry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchService;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.H2Test;
import org.jsoup.Jsoup;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;

/**
 * The search page without a browser: facets with counts, chips, sort and the URL, on H2
 * with the real Elasticsearch node.
 */
@H2Test
class SearchViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	SearchService search;

	String word;

	@BeforeEach
	void publishTwo() {
		// letters only: the search splits words into parts at digits (issue 16), so a
		// hex word's digits would also find other tests' entries that share a digit
		word = "zq" + ThreadLocalRandom.current()
			.ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		TestUser provider = testData.provider();
		testData.publish(provider, TestData.sample("Alpha " + word).withMemberStates(EnumSet.of(MemberState.DE)));
		testData.publish(provider,
				TestData.sample("Beta " + word).withMemberStates(EnumSet.of(MemberState.DE, MemberState.AT)));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> search.search(SearchQuery.of(word)).total() == 2);
	}

	@SuppressWarnings("unchecked")
	CheckboxGroup<String> facet(String label) {
		return find(CheckboxGroup.class).withCaption(label).single();
	}

	String url() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
	}

	@Test
	@DisplayName("Art 71(4): a Member State facet shows live counts; choosing a value filters, puts it in the URL and shows a removable chip")
	void facetChipAndUrl() {
		UI.getCurrent().navigate("search", QueryParameters.of("q", word));

		CheckboxGroup<String> states = facet("Member State");
		assertThat(states.getItemLabelGenerator().apply("DE")).isEqualTo("Germany (2)");
		assertThat(states.getItemLabelGenerator().apply("AT")).isEqualTo("Austria (1)");

		states.setValue(Set.of("AT"));

		assertThat(url()).contains("ms=AT").contains("q=" + word);
		assertThat(find(Paragraph.class).withText("1 result for \u201c" + word + "\u201d").exists()).isTrue();
		Button chip = find(Button.class).withText("Member State: Austria \u00d7").single();
		assertThat(chip.getElement().getAttribute("aria-label")).isEqualTo("Remove filter Member State: Austria");
		// its own facet still offers the other state, with its count
		assertThat(facet("Member State").getItemLabelGenerator().apply("DE")).isEqualTo("Germany (2)");

		test(chip).click();

		assertThat(url()).doesNotContain("ms=");
		assertThat(find(Paragraph.class).withText("2 results for \u201c" + word + "\u201d").exists()).isTrue();
		assertThat(find(Button.class).withText("Member State: Austria \u00d7").exists()).isFalse();
	}

	@Test
	@DisplayName("A bookmarked URL restores query, filters and sort; sorting by name orders A to Z")
	void bookmarkedSearch() {
		UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", word, "ms", "DE", "sort", "name")));

		@SuppressWarnings("unchecked")
		RadioButtonGroup<Object> sort = find(RadioButtonGroup.class).withCaption("Sort by").single();
		assertThat(sort.getValue()).hasToString("NAME");
		assertThat(facet("Member State").getValue()).containsExactly("DE");
		List<String> titles = find(Article.class).all()
			.stream()
			.filter(article -> article.hasClassName("result"))
			.map(article -> Jsoup.parseBodyFragment(article.getElement().getProperty("innerHTML", ""))
				.select("h2.result-title a")
				.text())
			.filter(t -> t.endsWith(word))
			.toList();
		assertThat(titles).containsExactly("Alpha " + word, "Beta " + word);
	}

	@Test
	@DisplayName("A search that finds nothing shows help and, with filters, a way to search without them")
	void emptyState() {
		UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", word, "status", "RECALLED")));

		assertThat(find(Paragraph.class).withText("No results for \u201c" + word + "\u201d").exists()).isTrue();
		assertThat(find(Anchor.class).withText("Search again without filters").exists()).isTrue();
	}

}
