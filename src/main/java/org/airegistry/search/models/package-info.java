/**
 * The GPAI model index: its definition and aliases, indexing after a model version is
 * published (from the outbox), the bulk fill at start-up and the faceted model search.
 */
@NullMarked
package org.airegistry.search.models;

import org.jspecify.annotations.NullMarked;
