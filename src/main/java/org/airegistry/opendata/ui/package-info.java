/** The public field dictionary page. */
@NullMarked
package org.airegistry.opendata.ui;

import org.jspecify.annotations.NullMarked;
