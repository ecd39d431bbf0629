/**
 * Rules over a trust book: every check of the catalog in DOMAIN.md §6, each with a stable id, run
 * over the book's shared one-pass state.
 */
@NullMarked
package org.propertytrust.rules;

import org.jspecify.annotations.NullMarked;
