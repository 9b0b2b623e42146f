/** The guide's questionnaire and result page. */
@NullMarked
package org.airegistry.guide.ui;

import org.jspecify.annotations.NullMarked;
