/**
 * The contract between the owners and the trustee ("一区一策": every community sets its own).
 *
 * <p>A {@link org.propertytrust.core.contract.Contract} names the trustee and the supervisor, the
 * {@link org.propertytrust.core.contract.Fee fees} and how they are billed, the trustee's {@link
 * org.propertytrust.core.contract.Remuneration remuneration}, the {@link
 * org.propertytrust.core.contract.ApprovalThresholds approval thresholds} for spending, the {@link
 * org.propertytrust.core.contract.AllocationPolicy allocation policy} for payments, an optional
 * {@link org.propertytrust.core.contract.LateFeeTerms late fee}, the disclosure deadline and the
 * service levels.
 */
@NullMarked
package org.propertytrust.core.contract;

import org.jspecify.annotations.NullMarked;
