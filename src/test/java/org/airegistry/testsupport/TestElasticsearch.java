package org.airegistry.testsupport;

import org.airegistry.search.embedded.EmbeddedElasticsearch;
import org.airegistry.search.embedded.EmbeddedElasticsearchSettings;

/**
 * The JVM's shared Elasticsearch node, reached through a switchable proxy so that a test
 * can take search away from the application (a real outage: connections refused) and give
 * it back.
 */
public final class TestElasticsearch {

	private static SwitchableTcpProxy proxy;

	private TestElasticsearch() {
	}

	/** The proxy in front of the shared node, started with the node on first use. */
	public static synchronized SwitchableTcpProxy proxy() {
		if (proxy == null) {
			EmbeddedElasticsearch node = EmbeddedElasticsearch.shared(EmbeddedElasticsearchSettings.forTests());
			node.awaitReady();
			proxy = new SwitchableTcpProxy(node.httpUri().getPort());
		}
		return proxy;
	}

	/** URI for {@code spring.elasticsearch.uris}. */
	public static String uri() {
		return "http://127.0.0.1:" + proxy().port();
	}

}
