/**
 * The regulator's search index console.
 */
@NullMarked
package org.airegistry.search.ui;

import org.jspecify.annotations.NullMarked;
