package org.airegistry.search;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;

/** Elasticsearch clients for tests without Spring. */
public final class TestElasticsearchClients {

	private TestElasticsearchClients() {
	}

	public static ElasticsearchClient client(URI uri) {
		return ElasticsearchClient.of(b -> b.host(uri).jsonMapper(new Jackson3JsonpMapper()));
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
