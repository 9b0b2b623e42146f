/** jOOQ access to explanation requests, their messages and clock stops. */
@NullMarked
package org.airegistry.explanation.persistence;

import org.jspecify.annotations.NullMarked;
