/** Tests of inaccuracy reports. */
@NullMarked
package org.airegistry.moderation;

import org.jspecify.annotations.NullMarked;
