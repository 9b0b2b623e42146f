/** jOOQ access of the open data module: the revision of the public data. */
@NullMarked
package org.airegistry.opendata.persistence;

import org.jspecify.annotations.NullMarked;
