/**
 * HTTP downloads of the GPAI module: the restricted Annex XI technical documentation for
 * regulators.
 */
@NullMarked
package org.airegistry.gpai.web;

import org.jspecify.annotations.NullMarked;
