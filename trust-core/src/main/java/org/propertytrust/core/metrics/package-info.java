/**
 * Collection-rate metrics (DOMAIN.md §5, normative): billed, collected, the current, household,
 * recovery and combined collection rates (收缴率), arrears and their aging, prepayments, remuneration
 * due and posted, and service-level rates, for a month or a range of months, for all fees or
 * selected ones, as of a cut-off date.
 *
 * <p>Rates are exact ({@link org.propertytrust.core.money.Rate}), reported to four places HALF_UP,
 * and absent when their denominator is zero.
 */
@NullMarked
package org.propertytrust.core.metrics;

import org.jspecify.annotations.NullMarked;
