/** jOOQ access to AI system entries and their versions. */
@NullMarked
package org.airegistry.registry.persistence;

import org.jspecify.annotations.NullMarked;
