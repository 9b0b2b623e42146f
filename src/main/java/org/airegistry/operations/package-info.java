/**
 * Operations: what operators watch and how they reach it — the actuator endpoints and
 * their security (health open, Prometheus metrics for the scrape account), metrics that
 * belong to no single feature (outbox backlog and age, publications per kind, Vaadin
 * requests and navigations). Health contributors and feature metrics live in their
 * modules (search, notification, explanation, security).
 */
@NullMarked
@ApplicationModule(displayName = "Operations", allowedDependencies = { "registry", "deployment", "gpai" })
package org.airegistry.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
