package org.airegistry.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.client.RestClient;

/**
 * Every public path a test in real-world conditions can appear on: the public queries
 * behind its page and the list, and the open data (search, latest version, its versions,
 * the CSV download and the Atom feed). One list, so that a new public path of tests is
 * added here and is covered by every visibility test at once.
 */
final class PublicPaths {

	private final RestClient api;

	private final TestPlanQueries queries;

	PublicPaths(RestClient api, TestPlanQueries queries) {
		this.api = api;
		this.queries = queries;
	}

	/** Whether each public path shows the test, by path. */
	Map<String, Boolean> paths(String uid, String systemName) {
		Map<String, Boolean> paths = new LinkedHashMap<>();
		paths.put("page (latest)", queries.latest(uid).isPresent());
		paths.put("page (version 1)", queries.version(uid, 1).isPresent());
		paths.put("page (history)", !queries.history(uid).isEmpty());
		paths.put("public list and search",
				queries.search(systemName, 0, 20).items().stream().anyMatch(plan -> plan.uid().equals(uid)));
		paths.put("GET /api/v1/tests?q=", body("/api/v1/tests?q=" + systemName.replace(' ', '+')).contains(uid));
		paths.put("GET /api/v1/tests/{uid}", status("/api/v1/tests/" + uid) == 200);
		paths.put("GET /api/v1/tests/{uid}/versions/1", status("/api/v1/tests/" + uid + "/versions/1") == 200);
		paths.put("GET /api/v1/tests.csv", body("/api/v1/tests.csv").contains(uid));
		paths.put("GET /api/v1/tests/feed.atom", body("/api/v1/tests/feed.atom").contains(uid));
		return paths;
	}

	private String body(String path) {
		String body = api.get().uri(path).retrieve().body(String.class);
		return body == null ? "" : body;
	}

	private int status(String path) {
		Integer status = api.get().uri(path).exchange((request, response) -> response.getStatusCode().value());
		return status == null ? 0 : status;
	}

}
