package org.airegistry.search.index;

import java.time.Duration;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;

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
public class ElasticsearchTimeouts implements Rest5ClientBuilderCustomizer {

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

	/**
	 * The same client with another bound for each of its requests: for work that is
	 * slower than a search by nature, such as the bulk requests of a full reindex, which
	 * take longer than the search bound on a busy node and must not then fail the whole
	 * reindex. Waiting for a pooled connection gets the same bound.
	 */
	public static ElasticsearchClient withResponseTimeout(ElasticsearchClient client, Duration timeout) {
		RequestOptions current = Rest5ClientOptions.of(client._transportOptions()).restClientRequestOptions();
		RequestConfig base = current.getRequestConfig();
		RequestConfig config = (base == null ? RequestConfig.custom() : RequestConfig.copy(base))
			.setResponseTimeout(Timeout.of(timeout))
			.setConnectionRequestTimeout(Timeout.of(timeout))
			.build();
		return client.withTransportOptions(new Rest5ClientOptions(current.toBuilder().setRequestConfig(config).build(),
				Rest5ClientOptions.of(client._transportOptions()).keepResponseBodyOnException()));
	}

}
