/**
 * Answers public searches from the index, or from the database while the index is
 * unreachable.
 */
@NullMarked
package org.airegistry.search.query;

import org.jspecify.annotations.NullMarked;
