/**
 * Rendering reports for people: a small document model (titled sections of paragraphs, key-value
 * lists and tables) and its renderings as plain text (aligned for CJK wide characters), Markdown
 * and a standalone, printable HTML page.
 */
@NullMarked
package org.propertytrust.cli.render;

import org.jspecify.annotations.NullMarked;
