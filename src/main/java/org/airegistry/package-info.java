/** The AI Act Transparency Registry application. */
@NullMarked
package org.airegistry;

import org.jspecify.annotations.NullMarked;
