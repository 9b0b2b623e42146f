package org.airegistry.search.embedded;

/**
 * Lets code that talks to Elasticsearch wait until the node is up: blocks while the
 * embedded node starts, returns at once for an external cluster.
 */
@FunctionalInterface
public interface ElasticsearchReadiness {

	/**
	 * Waits until Elasticsearch answers.
	 * @throws IllegalStateException if it failed to start or did not start in time
	 */
	void awaitReady();

	/** For an external cluster: nothing to wait for. */
	static ElasticsearchReadiness external() {
		return () -> {
		};
	}

}
