/**
 * The portal's languages: translation bundles, ICU message formats, the languages on
 * offer, the EU's official languages and each language's way of citing the AI Act.
 */
@NullMarked
package org.airegistry.shared.i18n;

import org.jspecify.annotations.NullMarked;
