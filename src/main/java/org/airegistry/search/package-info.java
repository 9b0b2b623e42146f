/**
 * Public search over the registry: a derived Elasticsearch read model fed from the
 * outbox, with a reduced database search while Elasticsearch is unreachable. The types in
 * this package are what other modules may use.
 */
@NullMarked
@ApplicationModule(displayName = "Search",
		allowedDependencies = { "shared", "db", "registry", "deployment", "gpai", "moderation", "testing" })
package org.airegistry.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
