/**
 * General-purpose AI model pages (Art 53–55): provider drafts, immutable public versions,
 * the training-content summary, systemic-risk status and the regulator's designation.
 */
@NullMarked
@ApplicationModule(displayName = "GPAI models", allowedDependencies = { "shared", "db", "security", "organisation",
		"notification", "publication", "publication :: *", "shell", "shell :: *", "registry" })
package org.airegistry.gpai;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
