/**
 * Reusable UI pieces for feature views: problem messages, notifications, date formatting.
 */
@NullMarked
@NamedInterface("components")
package org.airegistry.shell.components;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
