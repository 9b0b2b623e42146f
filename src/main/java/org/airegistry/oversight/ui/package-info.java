/** Views of the regulator console and its server-rendered charts. */
@NullMarked
package org.airegistry.oversight.ui;

import org.jspecify.annotations.NullMarked;
