package org.airegistry.search.index;

import java.time.Duration;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.stereotype.Component;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;

/**
 * Bounds every call to Elasticsearch, also to a node that accepts connections and then
 * never answers (a hung or frozen process): Spring Boot applies
 * {@code spring.elasticsearch.socket-timeout} to the connection only, and the client's
 * own request settings then wait for a response without limit (response timeout 0) and
 * for a pooled connection for 30 s. Here the response timeout is the socket timeout and
 * the wait for a pooled connection is the connection timeout, so a search, an index write
 * or a count answers or fails within those bounds (DD058).
 */
@Component
class ElasticsearchTimeouts implements Rest5ClientBuilderCustomizer {

	private final Duration responseTimeout;

	private final Duration connectionRequestTimeout;

	ElasticsearchTimeouts(@Value("${spring.elasticsearch.socket-timeout:5s}") Duration responseTimeout,
			@Value("${spring.elasticsearch.connection-timeout:2s}") Duration connectionRequestTimeout) {
		this.responseTimeout = responseTimeout;
		this.connectionRequestTimeout = connectionRequestTimeout;
	}

	@Override
	public void customize(Rest5ClientBuilder builder) {
		// everything is in the request configuration below
	}

	@Override
	public void customize(RequestConfig.Builder builder) {
		builder.setResponseTimeout(Timeout.of(responseTimeout))
			.setConnectionRequestTimeout(Timeout.of(connectionRequestTimeout));
	}

}
