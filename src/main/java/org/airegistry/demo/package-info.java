/**
 * Demo data for the dev run ({@code ./mvnw spring-boot:run}): organisations, accounts and
 * published entries, serious-incident reports and tests in real-world conditions. Only
 * active with {@code airegistry.demo.enabled=true}.
 */
@NullMarked
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared", "db", "security", "organisation",
		"publication", "registry", "deployment", "gpai", "explanation", "incident", "testing" })
package org.airegistry.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
