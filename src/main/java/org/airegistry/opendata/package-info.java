/**
 * Open data under Art 71(4): a public read-only REST API with its OpenAPI description,
 * streamed CSV/JSON bulk downloads, Atom change feeds and the field dictionary. Only
 * published versions leave through this module.
 */
@NullMarked
@ApplicationModule(displayName = "Open data",
		allowedDependencies = { "shared", "db", "security", "publication", "publication :: *", "shell", "shell :: *",
				"registry", "deployment", "gpai", "moderation", "search", "testing" })
package org.airegistry.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
