/**
 * The versioned public record every register of the portal is made of: a draft (the
 * owner's working copy with a lock version), immutable published versions (canonical JSON
 * with its SHA-256, change summary, author, time) and who may see each of them. The
 * visibility of a version is decided when it is published and stored with it; one
 * predicate ({@link org.airegistry.publication.store.PublicationStore#publiclyVisible()})
 * decides every public read of every kind. One publish flow ({@link Publisher}) serves
 * all kinds. {@link Freshness} says how current a record is (its owner's confirmations
 * without a new version live in the kernel's own table). Depends on the shared kernel and
 * its own generated table.
 */
@NullMarked
@ApplicationModule(displayName = "Publication", allowedDependencies = { "shared", "db" })
package org.airegistry.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
