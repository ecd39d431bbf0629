package org.propertytrust.core.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a change of trustee left owed, recovered and still open, as of a date.
 *
 * <p>Owners' money the outgoing company still held (prepaid fees, deposits, unremitted collections)
 * is owed to the trust as {@code due:<company>}; its recovery into the trust account clears it.
 * Receivables stay the owners' claims on the units and do not move.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HandoverReport {
  HandoverReport() {}

  /**
   * Returns the handover.
   *
   * @return the handover
   */
  public abstract Handover handover();

  /**
   * Returns the date of the report.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns what the outgoing trustee was found to owe: the debits to {@code due:<from>} dated on
   * or before the report's date, less the reversals of such debits dated on or before it.
   *
   * @return the amount owed
   */
  public abstract Money owed();

  /**
   * Returns what was recovered: the credits to {@code due:<from>} dated on or before the report's
   * date, less the reversals of such credits dated on or before it.
   *
   * @return the amount recovered
   */
  public abstract Money recovered();

  /**
   * Returns what is still open: owed less recovered.
   *
   * @return the amount open
   */
  public Money open() {
    return owed().minus(recovered());
  }

  /**
   * Returns the prepaid fees per unit that the outgoing trustee held, as recognised in the entries
   * that made them due, net of the reversals of those entries; a unit whose recognition was
   * reversed in full is left out.
   *
   * @return the prepaid fees by unit
   */
  public abstract Map<String, Money> prepaidHeld();

  /**
   * Returns the receivables open on the handover date, which stay the owners' claims.
   *
   * @return the open receivables
   */
  public abstract Money receivablesAtHandover();

  /**
   * Returns the last day by which owners' money must be recovered: 30 days after the handover.
   *
   * @return the deadline
   */
  public LocalDate deadline() {
    return handover().date().plusDays(30);
  }

  /**
   * Tells whether money is still open after the deadline.
   *
   * @return true if overdue
   */
  public boolean isOverdue() {
    return open().isPositive() && asOf().isAfter(deadline());
  }

  /**
   * Returns the ids of entries dated on or after the handover that name the outgoing trustee.
   *
   * @return the entry ids
   */
  public abstract List<String> entriesByOutgoingTrustee();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableHandoverReport.Builder builder() {
    return ImmutableHandoverReport.builder();
  }
}
