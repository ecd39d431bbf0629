/**
 * Fee collection: the operations a community runs every month, as functions from a book to the
 * entries they create. Nothing here mutates a book; post the returned entries to a {@link
 * org.propertytrust.core.book.Journal}.
 *
 * <p>{@link org.propertytrust.core.fee.Billing} charges every unit its contract fees for a month;
 * {@link org.propertytrust.core.fee.Payments} records a unit's payment, settling its open charges
 * in the contract's {@link org.propertytrust.core.fee.ChargeOrder policy order}; {@link
 * org.propertytrust.core.fee.Prepayments} applies prepaid balances to new charges; {@link
 * org.propertytrust.core.fee.Waivers} and {@link org.propertytrust.core.fee.LateFees} adjust
 * charges; {@link org.propertytrust.core.fee.PublicRevenue} records and shares public income;
 * {@link org.propertytrust.core.fee.RemunerationPolicy} computes and settles the trustee's
 * remuneration by the formula of {@link org.propertytrust.core.fee.RemunerationTally}.
 *
 * <p>Each operation acts on the book as it stands (all its entries) and leaves a clean book clean:
 * charges are never duplicated, payments settle charges in policy order, no balance goes below
 * zero. Payments, prepayment application and late fees read the balances as they stand, so they
 * refuse a date before the book's latest entry: apply operations in date order. Misuse (a zero
 * payment, an unknown unit, an amount in another currency, a waiver larger than the charge, a
 * back-dated payment) throws {@link org.propertytrust.core.TrustException}.
 */
@NullMarked
package org.propertytrust.core.fee;

import org.jspecify.annotations.NullMarked;
