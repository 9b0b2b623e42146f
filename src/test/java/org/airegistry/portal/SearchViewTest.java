package org.airegistry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.airegistry.search.SearchQuery;
import org.airegistry.search.SearchService;
import org.airegistry.shared.MemberState;
import org.airegistry.testsupport.H2Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
import com.vaadin.flow.component.html.Nav;
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

	/**
	 * A facet's links (one element with HTML content): their text is a box, the value's
	 * label and its count.
	 */
	Elements facet(String label) {
		List<Nav> facets = find(Nav.class).all()
			.stream()
			.filter(nav -> nav.hasClassName("facet") && label.equals(nav.getElement().getAttribute("aria-label")))
			.toList();
		assertThat(facets).hasSize(1);
		Nav facet = facets.getFirst();
		// one state node per facet: no child components, no field
		assertThat(facet.getElement().getChildCount()).isZero();
		return Jsoup.parseBodyFragment(facet.getElement().getProperty("innerHTML", "")).select("a");
	}

	static Element value(Elements links, String text) {
		List<Element> found = links.stream().filter(link -> link.text().endsWith(" " + text)).toList();
		assertThat(found).as(text).hasSize(1);
		return found.getFirst();
	}

	/** Follows a link as the router does: its path and query become the location. */
	static void follow(Element link) {
		String href = link.attr("href");
		int query = href.indexOf('?');
		UI.getCurrent().navigate(href.substring(0, query), QueryParameters.fromString(href.substring(query + 1)));
	}

	String url() {
		return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
	}

	@Test
	@DisplayName("Art 71(4): a Member State facet shows live counts; choosing a value filters, puts it in the URL and shows a removable chip")
	void facetChipAndUrl() {
		UI.getCurrent().navigate("search", QueryParameters.of("q", word));

		Elements states = facet("Member State");
		assertThat(states.eachText()).contains("\u2610 Germany (2)", "\u2610 Austria (1)");
		assertThat(states.select("[aria-current]")).isEmpty();
		assertThat(find(CheckboxGroup.class).exists()).isFalse();

		follow(value(states, "Austria (1)"));

		assertThat(url()).contains("ms=AT").contains("q=" + word);
		assertThat(find(Paragraph.class).withText("1 result for \u201c" + word + "\u201d").exists()).isTrue();
		Button chip = find(Button.class).withText("Member State: Austria \u00d7").single();
		assertThat(chip.getElement().getAttribute("aria-label")).isEqualTo("Remove filter Member State: Austria");
		// its own facet still offers the other state, with its count; the chosen one is
		// marked and removes itself
		Elements chosen = facet("Member State");
		assertThat(value(chosen, "Germany (2)").hasAttr("aria-current")).isFalse();
		assertThat(value(chosen, "Austria (1)").attr("aria-current")).isEqualTo("true");
		assertThat(value(chosen, "Austria (1)").text()).startsWith("\u2611");
		assertThat(value(chosen, "Austria (1)").attr("href")).doesNotContain("ms=").contains("q=" + word);
		assertThat(value(chosen, "Germany (2)").attr("href")).contains("ms=AT").contains("ms=DE");

		test(chip).click();

		assertThat(url()).doesNotContain("ms=");
		assertThat(find(Paragraph.class).withText("2 results for \u201c" + word + "\u201d").exists()).isTrue();
		assertThat(find(Button.class).withText("Member State: Austria \u00d7").exists()).isFalse();
	}

	@Test
	@DisplayName("A bookmarked URL restores query, filters and sort; sorting by name orders A to Z")
	void bookmarkedSearch() {
		UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", word, "ms", "DE", "sort", "name")));

		// the sort choice is links, the chosen one marked; the others keep the filters
		List<Nav> sorts = find(Nav.class).all()
			.stream()
			.filter(nav -> "Sort by".equals(nav.getElement().getAttribute("aria-label")))
			.toList();
		assertThat(sorts).hasSize(1);
		assertThat(sorts.getFirst().getElement().getChildCount()).isZero();
		org.jsoup.nodes.Document sort = Jsoup
			.parseBodyFragment(sorts.getFirst().getElement().getProperty("innerHTML", ""));
		assertThat(sort.select("[aria-current]").eachText()).containsExactly("Name");
		assertThat(sort.select("a").eachText()).containsExactly("Relevance", "Newest");
		assertThat(sort.select("a").eachAttr("href")).allMatch(href -> href.contains("ms=DE"))
			.anyMatch(href -> href.contains("sort=newest"));
		assertThat(find(RadioButtonGroup.class).exists()).isFalse();
		assertThat(facet("Member State").select("[aria-current]").eachText()).containsExactly("\u2611 Germany (2)");
		assertThat(titles()).containsExactly("Alpha " + word, "Beta " + word);
	}

	@Test
	@DisplayName("A search that finds nothing shows help and, with filters, a way to search without them")
	void emptyState() {
		UI.getCurrent().navigate("search", QueryParameters.simple(Map.of("q", word, "status", "RECALLED")));

		assertThat(find(Paragraph.class).withText("No results for \u201c" + word + "\u201d").exists()).isTrue();
		assertThat(find(Anchor.class).withText("Search again without filters").exists()).isTrue();
	}

	@Test
	@DisplayName("Unknown values in the URL are ignored: the page answers with the results of the known ones, never an error")
	void unknownUrlValues() {
		Map<String, List<String>> unknown = Map.of("q", List.of(word), "kind", List.of("zzz"), "ms",
				List.of("XX", "DE"), "status", List.of("GONE"), "sort", List.of("oldest"), "area", List.of("9"),
				"point", List.of("9z"), "classification", List.of("SECTION_C"), "fria", List.of("maybe"), "from",
				List.of("yesterday"));
		UI.getCurrent().navigate("search", new QueryParameters(unknown));

		assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
			.isInstanceOf(SearchView.class);
		// the unknown sort is dropped: by relevance, both equally relevant
		assertThat(titles()).containsExactlyInAnyOrder("Alpha " + word, "Beta " + word);
		assertThat(facet("Member State").select("[aria-current]").eachText()).containsExactly("\u2611 Germany (2)");

		// the other kinds' tabs read their own parameters as leniently
		for (String kind : List.of("models", "tests")) {
			UI.getCurrent()
				.navigate("search",
						new QueryParameters(Map.of("kind", List.of(kind), "q", List.of(word), "ms", List.of("XX"),
								"status", List.of("GONE"), "area", List.of("9"), "modelType", List.of("zzz"),
								"modality", List.of("zzz"), "page", List.of("x"))));
			assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).as(kind)
				.isInstanceOf(SearchView.class);
		}
	}

	private List<String> titles() {
		return find(Article.class).all()
			.stream()
			.filter(article -> article.hasClassName("result"))
			.map(article -> Jsoup.parseBodyFragment(article.getElement().getProperty("innerHTML", ""))
				.select("h2.result-title a")
				.text())
			.filter(t -> t.endsWith(word))
			.toList();
	}

}
