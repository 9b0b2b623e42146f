/** jOOQ access to organisations and user accounts. */
@NullMarked
package org.airegistry.organisation.persistence;

import org.jspecify.annotations.NullMarked;
