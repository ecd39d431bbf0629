/**
 * The book of a community: the {@link org.propertytrust.core.book.TrustBook} value holding every
 * section, and the {@link org.propertytrust.core.book.Journal} that posts entries to it one at a
 * time.
 */
@NullMarked
package org.propertytrust.core.book;

import org.jspecify.annotations.NullMarked;
