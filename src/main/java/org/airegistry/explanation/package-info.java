/**
 * Art 86 explanation requests: an affected person asks a deployer to explain a decision
 * taken with a high-risk AI system; deadlines, correspondence, Art 85 escalation to the
 * market surveillance authority, reminders, retention and public aggregate statistics.
 * The requester's personal data lives only in this module, encrypted at rest, and never
 * reaches logs, the search index, public pages or exports.
 */
@NullMarked
@ApplicationModule(displayName = "Explanation requests", allowedDependencies = { "shared", "db", "security",
		"organisation", "notification", "shell", "shell :: *", "registry", "deployment" })
package org.airegistry.explanation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
