/**
 * The search benchmark (run with {@code -Pbench}; not part of {@code verify}).
 */
@NullMarked
package org.airegistry.bench;

import org.jspecify.annotations.NullMarked;
