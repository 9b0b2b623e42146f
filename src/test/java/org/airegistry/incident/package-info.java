/** Tests of serious-incident reports. */
@NullMarked
package org.airegistry.incident;

import org.jspecify.annotations.NullMarked;
