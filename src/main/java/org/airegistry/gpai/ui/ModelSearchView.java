package org.airegistry.gpai.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.shell.components.DocumentMetadata;
import org.airegistry.shell.components.PublicDocument;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The former model search address ({@code /models?q=&systemicRisk=true…}): forwards,
 * filters kept, to the models tab of the public search ({@code /search?kind=models…}), so
 * bookmarks and the menu entry keep working and there is one search page.
 */
@Route(GpaiRoutes.PUBLIC_MODEL)
@Menu(title = "nav.models", order = 6)
@AnonymousAllowed
public class ModelSearchView extends Main implements BeforeEnterObserver, PublicDocument {

	/** The public search's route and the parameter that picks its models tab. */
	static final String SEARCH = "search";

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		parameters.put("kind", List.of("models"));
		event.getLocation()
			.getQueryParameters()
			.getParameters()
			.forEach((key, values) -> parameters.putIfAbsent(key, new ArrayList<>(values)));
		event.forwardTo(SEARCH, new QueryParameters(parameters));
	}

	/**
	 * Never shown: the forward makes the first response a permanent redirect to the
	 * search's models tab (DD035).
	 */
	@Override
	public DocumentMetadata documentMetadata() {
		return DocumentMetadata.page("", SEARCH + "?kind=models", null);
	}

}
