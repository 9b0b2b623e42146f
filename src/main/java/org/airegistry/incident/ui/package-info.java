/**
 * Views of serious-incident reports: the reporter's workspace and the authority's inbox.
 */
@NullMarked
package org.airegistry.incident.ui;

import org.jspecify.annotations.NullMarked;
