/**
 * Serious incidents (Art 73; Art 26(5) for deployers; Art 55(1)(c) for GPAI models with
 * systemic risk): reports on the publication kernel (never public), their deadlines,
 * delivery to the competent authorities, the authorities' handling and the reminders. The
 * API types in this package are what other modules may use.
 */
@NullMarked
@ApplicationModule(displayName = "Serious incidents",
		allowedDependencies = { "shared", "db", "security", "organisation", "notification", "publication",
				"publication :: *", "shell", "shell :: *", "registry", "gpai", "moderation" })
package org.airegistry.incident;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
