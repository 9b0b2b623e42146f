/** jOOQ storage of GPAI model drafts and versions. */
@NullMarked
package org.airegistry.gpai.persistence;

import org.jspecify.annotations.NullMarked;
