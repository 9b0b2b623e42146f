/**
 * Organisations (providers, deployers, authorised representatives, authorities) and their
 * user accounts.
 */
@NullMarked
@ApplicationModule(displayName = "Organisations", allowedDependencies = { "shared", "db", "security", "notification",
		"publication", "publication :: *", "shell", "shell :: *" })
package org.airegistry.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
