/**
 * Testing of high-risk AI systems in real-world conditions outside sandboxes (Art 60, Art
 * 61, Annex IX): test plans on the publication kernel with a Union-wide unique
 * identification number, approval by the market surveillance authority of each Member
 * State of testing (tacit after 30 days where national law allows it), duration and its
 * one extension, suspension, termination and final outcome, and publication only with the
 * provider's consent. The API types in this package are what other modules may use.
 */
@NullMarked
@ApplicationModule(displayName = "Real-world testing",
		allowedDependencies = { "shared", "db", "security", "organisation", "notification", "publication",
				"publication :: *", "shell", "shell :: *", "registry", "incident" })
package org.airegistry.testing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
