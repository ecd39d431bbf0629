/**
 * The double-entry ledger of a trust: the standard chart of {@link
 * org.propertytrust.core.ledger.Account accounts}, {@link org.propertytrust.core.ledger.Entry
 * entries} made of {@link org.propertytrust.core.ledger.Line lines}, and the {@link
 * org.propertytrust.core.ledger.LedgerState balances} computed from them in one pass.
 *
 * <p>Invariants stated up front: every entry of a well-formed book has at least two lines and equal
 * debits and credits; entries are append-only and a mistake is corrected by a {@link
 * org.propertytrust.core.ledger.EntryKind#REVERSAL REVERSAL} that mirrors the original; balances
 * are always run in the order entries are listed. A book that breaks these invariants can still be
 * represented, so that every problem can be reported; only malformed values (a negative amount, a
 * line with both or neither side) cannot be built.
 */
@NullMarked
package org.propertytrust.core.ledger;

import org.jspecify.annotations.NullMarked;
