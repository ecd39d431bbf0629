/**
 * Estimating a scenario from a book's payment history: the arrears state of every unit at every
 * month end, the transitions between consecutive months, the roll-rate matrix and prepayment
 * propensity they imply (with the counts behind every estimate), and a scenario spec that starts
 * from the book's state. {@link org.propertytrust.scenario.calibration.SyntheticBooks} goes the
 * other way: it writes a book whose payments follow a known model, entry by entry, with
 * trust-core's API.
 */
@NullMarked
package org.propertytrust.scenario.calibration;

import org.jspecify.annotations.NullMarked;
