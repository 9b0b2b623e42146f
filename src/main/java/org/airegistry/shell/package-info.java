/**
 * The portal's frame: page shell, main layout with navigation from {@code @Menu},
 * language switching, error pages and the translation provider.
 */
@NullMarked
@ApplicationModule(displayName = "Shell",
		allowedDependencies = { "shared", "security", "publication", "publication :: *" })
package org.airegistry.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
