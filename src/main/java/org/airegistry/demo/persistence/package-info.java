/** The demo data's own reads and writes (no demo back doors in the modules' services). */
@NullMarked
package org.airegistry.demo.persistence;

import org.jspecify.annotations.NullMarked;
