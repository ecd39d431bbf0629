/** The {@code trust} command line: validate, metrics, statement, rules and demo. */
@NullMarked
package org.propertytrust.cli;

import org.jspecify.annotations.NullMarked;
