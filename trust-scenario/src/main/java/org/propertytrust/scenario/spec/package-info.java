/**
 * The scenario model: a community's cohorts of units, its fees, the roll-rate matrix over arrears
 * states, prepayment, public revenue, budgeted spending and the remuneration basis, all as
 * immutable values checked on construction.
 *
 * <p>{@link org.propertytrust.scenario.spec.ArrearsTransition} fixes what a move between arrears
 * states means in money; both projection methods and the calibration use it, so the three agree by
 * construction.
 */
@NullMarked
package org.propertytrust.scenario.spec;

import org.jspecify.annotations.NullMarked;
