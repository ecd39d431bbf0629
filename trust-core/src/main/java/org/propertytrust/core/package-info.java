/**
 * Property Trust core: the values and operations of trust-based property finance.
 *
 * <p>The sub-packages follow the domain: {@code money} (amounts, rates, allocation), {@code party}
 * (community, parties, units), {@code contract} (fees, remuneration, approval thresholds), {@code
 * ledger} (accounts, entries, balances), {@code book} (the {@code TrustBook} aggregate and its
 * journal), {@code fee} (billing and collection), {@code approval} (supervised spending and votes),
 * {@code metrics} (collection rates), {@code statement} (bank statements, disclosures and the
 * monthly statement), {@code service} (tickets and the 54321 service levels) and {@code handover}.
 *
 * <p>Every value is immutable and rejects nulls; structural errors throw {@link
 * org.propertytrust.core.TrustException}.
 */
@NullMarked
@Value.Style(
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {
      "entry:entries",
      "party:parties",
      "approval:approvals",
      "line:lines",
      "fee:fees"
    },
    throwForInvalidImmutableState = TrustException.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package org.propertytrust.core;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
