/** jOOQ access to inaccuracy reports. */
@NullMarked
package org.airegistry.moderation.persistence;

import org.jspecify.annotations.NullMarked;
