/**
 * The versioned public record every register of the portal is made of: a draft (the
 * owner's working copy with a lock version), immutable published versions (canonical JSON
 * with its SHA-256, change summary, author, time) and who may see each of them. The
 * visibility of a version is decided when it is published and stored with it; one
 * predicate ({@link org.airegistry.publication.store.PublicationStore#publiclyVisible()})
 * decides every public read of every kind. One publish flow ({@link Publisher}) serves
 * all kinds. Depends on the shared kernel only.
 */
@NullMarked
@ApplicationModule(displayName = "Publication", allowedDependencies = "shared")
package org.airegistry.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
