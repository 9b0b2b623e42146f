/**
 * Moderation of public entries: anyone reports an inaccuracy, the provider answers or
 * corrects, the regulator oversees; the reporter follows the status by a private link.
 */
@NullMarked
@ApplicationModule(displayName = "Moderation", allowedDependencies = { "shared", "db", "security", "notification",
		"shell", "shell :: *", "registry", "organisation" })
package org.airegistry.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
