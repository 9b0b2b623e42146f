/** Tests of the regulator console views and charts. */
@NullMarked
package org.airegistry.oversight.ui;

import org.jspecify.annotations.NullMarked;
