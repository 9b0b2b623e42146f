/**
 * The index of tests in real-world conditions published with the provider's consent (Art
 * 60(4)(c), Art 71(4)): its definition and aliases, indexing after a registration, a
 * consent withdrawal or a step of the test (from the outbox), the fill at start-up and
 * the reindex, and the faceted test search. Only what the kernel's public predicate shows
 * is written; never the conditions of Art 60(4) and Art 61, never contact details.
 */
@NullMarked
package org.airegistry.search.tests;

import org.jspecify.annotations.NullMarked;
