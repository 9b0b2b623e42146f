/**
 * The database schema as jOOQ classes, generated at build time from the Flyway migrations
 * in {@code db/migration/common}, plus the converters of the shared kernel's ids
 * ({@link org.airegistry.db.SharedIds}). Only the feature modules' {@code persistence}
 * packages use it (checked by ArchitectureTest).
 */
@ApplicationModule(displayName = "Database schema (generated)", type = ApplicationModule.Type.OPEN)
package org.airegistry.db;

import org.springframework.modulith.ApplicationModule;
