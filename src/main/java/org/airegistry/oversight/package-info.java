/**
 * The regulator console: dashboard with charts and an attention list over what the other
 * modules publish through their APIs.
 */
@NullMarked
@ApplicationModule(displayName = "Oversight", allowedDependencies = { "shared", "security", "organisation", "shell",
		"shell :: *", "registry", "publication", "deployment", "moderation", "explanation", "incident", "testing" })
package org.airegistry.oversight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
