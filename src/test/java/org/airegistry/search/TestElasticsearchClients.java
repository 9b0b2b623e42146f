package org.airegistry.search;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.util.Timeout;

/** Elasticsearch clients for tests without Spring. */
public final class TestElasticsearchClients {

	private TestElasticsearchClients() {
	}

	public static ElasticsearchClient client(URI uri) {
		return ElasticsearchClient.of(b -> b.host(uri).jsonMapper(new Jackson3JsonpMapper()));
	}

	/** A client whose every request must be answered within the bound. */
	public static ElasticsearchClient client(URI uri, Duration bound) {
		Rest5Client rest = Rest5Client.builder(uri)
			.setRequestConfigCallback(config -> config.setResponseTimeout(Timeout.of(bound)))
			.build();
		return new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));
	}

	/**
	 * A client for a port nothing listens on: every call fails with connection refused.
	 */
	public static ElasticsearchClient unreachable() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		return client(URI.create("http://127.0.0.1:" + port));
	}

}
