/**
 * Runs a real Elasticsearch node from the distribution the build unpacks, for the dev run
 * and the tests, when no cluster is configured.
 */
@NullMarked
package org.airegistry.search.embedded;

import org.jspecify.annotations.NullMarked;
