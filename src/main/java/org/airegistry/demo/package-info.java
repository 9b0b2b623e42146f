/**
 * Demo data for the dev run ({@code ./mvnw spring-boot:run}): organisations, accounts and
 * published entries. Only active with {@code airegistry.demo.enabled=true}.
 */
@NullMarked
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared", "security", "organisation",
		"registry" })
package org.airegistry.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
