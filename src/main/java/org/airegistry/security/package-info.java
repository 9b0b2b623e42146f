/**
 * Authentication and the current actor: who is logged in and for which organisation they
 * act. Every service checks permissions with these types; views never decide access
 * alone.
 */
@NullMarked
@ApplicationModule(displayName = "Security", allowedDependencies = { "shared", "db" })
package org.airegistry.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
