package org.airegistry.portal;

import java.util.List;
import java.util.Map;

import org.airegistry.shared.MemberState;
import org.airegistry.shell.components.Formats;
import org.airegistry.testing.PublicTestPlan;
import org.airegistry.testing.PublicTestStatus;
import org.airegistry.testing.TestSearch;
import org.airegistry.testing.TestingRoutes;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

/**
 * The real-world tests tab of the public search ({@code /search?kind=tests}): tests whose
 * providers consented to publication (Art 60(4)(c), Art 71(4)). Reads the test search
 * from the URL ({@code q}, {@code area}, {@code ms}, {@code status}, {@code page}) and
 * shows its facets with live counts, removable filter chips, the hits with highlighted
 * snippets and the pager.
 */
final class TestResults extends KindResults {

	static final String TESTS = "tests";

	/** The test search's own parameters, in URL order. */
	static final List<String> PARAMETERS = List.of("q", "area", "ms", "status");

	TestResults(Component host, Map<String, String> parameters, int page, int pageSize) {
		super(host, TESTS, PARAMETERS, parameters, page, pageSize);
	}

	static Map<String, String> read(Map<String, List<String>> url) {
		return read(PARAMETERS, url);
	}

	/** The tests tab's URL for these parameters and page. */
	static String link(Map<String, String> parameters, int page) {
		return link(TESTS, parameters, page);
	}

	static QueryParameters parameters(Map<String, String> parameters, int page) {
		return parameters(TESTS, parameters, page);
	}

	/** The search these parameters and this page ask for (unknown values dropped). */
	TestSearch search() {
		return new TestSearch(parameters.getOrDefault("q", ""), area(parameters.get("area")),
				MemberState.fromCode(parameters.getOrDefault("ms", "")).orElse(null),
				parse(PublicTestStatus.class, parameters.get("status")), (page - 1) * pageSize, pageSize);
	}

	static @Nullable Integer area(@Nullable String value) {
		if (value == null || !value.matches("[1-8]")) {
			return null;
		}
		return Integer.valueOf(value);
	}

	void show(TestSearch.Results found, Aside facets, Div chips, Div results) {
		facets.add(new H2(t("search.facets")));
		facets.add(facet("status", "search.facet.status", found.statuses(), status -> t(status.translationKey()),
				Enum::name));
		facets.add(facet("area", "search.facet.area", found.areas(), area -> t("annexIII.area." + area),
				Object::toString));
		facets.add(
				facet("ms", "search.facet.ms", found.memberStates(), state -> state.displayName(locale()), Enum::name));
		showChips(chips);
		count(found.reduced(), "search.reducedMode", "testing.search.intro", "testing.search.count", found.total(),
				results);
		for (PublicTestPlan test : found.hits()) {
			results.add(result(test, found.snippets().get(test.uid())));
		}
		pager(found.total(), TestSearch.MAX_PAGE_SIZE * 10, results);
		openData("tests", results);
	}

	@Override
	String filterName(String parameter) {
		return t("search.facet." + parameter);
	}

	@Override
	String valueLabel(String parameter, String value) {
		return switch (parameter) {
			case "area" -> area(value) == null ? value : t("annexIII.area." + value);
			case "ms" -> MemberState.fromCode(value).map(state -> state.displayName(locale())).orElse(value);
			case "status" -> {
				PublicTestStatus status = parse(PublicTestStatus.class, value);
				yield status == null ? value : t(status.translationKey());
			}
			default -> value;
		};
	}

	private Article result(PublicTestPlan test, @Nullable String snippetHtml) {
		Article article = result(TestingRoutes.permalink(test.uid()), test.data().systemName(),
				test.uid() + " · " + test.providerName() + " · "
						+ Formats.memberStates(test.data().memberStates(), locale()) + " · "
						+ Formats.date(test.registeredAt(), locale()),
				snippetHtml, test.data().intendedPurpose(), "test-result");
		Span status = new Span(t(test.status().translationKey()));
		status.getElement().getThemeList().add("badge");
		article.add(status);
		return article;
	}

}
