/**
 * AI system entries under Annex VIII: drafts, publication, immutable public versions and
 * their history. The API types in this package are what other modules may use.
 */
@NullMarked
@ApplicationModule(displayName = "Registry", allowedDependencies = { "shared", "db", "security", "organisation",
		"notification", "publication", "publication :: *", "shell", "shell :: *" })
package org.airegistry.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
