/**
 * The project's Elasticsearch analysis plugin on the stable plugin API: language-aware
 * analyzers (stemming and accent folding) that the Elasticsearch distribution lacks. Built
 * into its own zip; never loaded by the application.
 */
@NullMarked
package org.airegistry.esplugin;

import org.jspecify.annotations.NullMarked;
