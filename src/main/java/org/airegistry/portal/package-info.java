/**
 * Public pages for everyone, no login: home, search results and the public entry pages.
 */
@NullMarked
@ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "publication", "publication :: *", "shell",
		"shell :: *", "registry", "deployment", "gpai", "moderation", "explanation", "search", "testing" })
package org.airegistry.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
