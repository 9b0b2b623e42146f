/**
 * Deployers' registrations of their use of high-risk AI systems (Annex VIII Section C)
 * and their fundamental-rights impact assessments (Art 27). The API types in this package
 * are what other modules may use.
 */
@NullMarked
@ApplicationModule(displayName = "Deployment", allowedDependencies = { "shared", "db", "security", "organisation",
		"notification", "publication", "publication :: *", "shell", "shell :: *", "registry" })
package org.airegistry.deployment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
