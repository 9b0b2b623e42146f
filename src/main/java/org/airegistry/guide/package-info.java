/**
 * The public risk-classification guide: questions, the classification rules as data and
 * the outcome with its legal references. No state, no database.
 */
@NullMarked
@ApplicationModule(displayName = "Guide", allowedDependencies = { "shared", "shell", "shell :: *" })
package org.airegistry.guide;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
