/**
 * The files of scenarios: the scenario spec as JSON ({@code trust-scenario/1}), and results as CSV
 * (one row per scenario and month) and JSON ({@code trust-scenario-result/1}).
 *
 * <p>Output is deterministic and independent of the default locale: amounts are plain decimal
 * strings at the currency's scale ({@code "1234.50"}), rates decimal strings with 4 places, lines
 * end with {@code \n}.
 */
@NullMarked
package org.propertytrust.scenario.format;

import org.jspecify.annotations.NullMarked;
