/** The REST endpoints, downloads, feeds, their security, rate limit and error answers. */
@NullMarked
package org.airegistry.opendata.api;

import org.jspecify.annotations.NullMarked;
