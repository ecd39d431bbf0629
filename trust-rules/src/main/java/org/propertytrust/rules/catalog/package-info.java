/**
 * The standard rule catalog of DOMAIN.md §6: every rule with its stable id, default severity,
 * description and Chinese title, grouped by what it checks (ledger, fees, trust, approvals, and the
 * records a trust keeps: bank reconciliation, disclosure, handover, service).
 *
 * <p>The rules call the same trust-core functions applications use to run the process (charge
 * order, late-fee terms, the spending policy, vote rules, service levels) and turn their reasons
 * into violations.
 */
@NullMarked
package org.propertytrust.rules.catalog;

import org.jspecify.annotations.NullMarked;
