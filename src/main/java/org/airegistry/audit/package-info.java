/**
 * The append-only audit trail: every create, update, publish, status change, login,
 * failed login, permission denial, restricted view, export and moderation action,
 * recorded from events; a viewer with filters and CSV export for regulators.
 */
@NullMarked
@ApplicationModule(displayName = "Audit trail",
		allowedDependencies = { "shared", "db", "security", "publication", "publication :: store", "shell",
				"shell :: *", "organisation", "registry", "deployment", "gpai", "moderation", "explanation", "search",
				"incident", "testing" })
package org.airegistry.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
