/**
 * The registry-entries index: its versioned definition, aliases, documents, indexing and
 * reindex.
 */
@NullMarked
package org.airegistry.search.index;

import org.jspecify.annotations.NullMarked;
