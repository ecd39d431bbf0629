/** Reading and writing trust books in the {@code trust-book/1} JSON format (FORMAT.md). */
@NullMarked
package org.propertytrust.json;

import org.jspecify.annotations.NullMarked;
