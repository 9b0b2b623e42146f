/**
 * Vaadin views of GPAI model pages: provider workspace and editor, public page and
 * history.
 */
@NullMarked
package org.airegistry.gpai.ui;

import org.jspecify.annotations.NullMarked;
