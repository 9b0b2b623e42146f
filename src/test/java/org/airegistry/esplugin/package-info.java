/** Tests of the Elasticsearch analysis plugin's analyzers on plain Lucene. */
@NullMarked
package org.airegistry.esplugin;

import org.jspecify.annotations.NullMarked;
