/** Tests of the open data module. */
@NullMarked
package org.airegistry.opendata;

import org.jspecify.annotations.NullMarked;
