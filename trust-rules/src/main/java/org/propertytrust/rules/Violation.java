package org.propertytrust.rules;

import java.util.Map;
import org.immutables.value.Value;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A problem a rule found: the rule's id, the severity it was reported with, a message a person can
 * act on (what, where, the amounts involved), and the ids it concerns.
 *
 * <p>The refs use the keys of the {@code trust-book/1} report format: {@code entry}, {@code
 * expenditure}, {@code unit}, {@code period}, {@code fee}, {@code vote}, {@code ticket}, {@code
 * party} and {@code account}, in that order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /**
   * Returns the id of the rule that found the problem ({@code "ledger.unbalanced"}).
   *
   * @return the rule id
   */
  public abstract String rule();

  /**
   * Returns the severity it was reported with.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns what is wrong, where, and the amounts involved.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the ids the problem concerns, by kind.
   *
   * @return the refs, in the order of {@link Refs#KEYS}
   */
  public abstract Map<String, String> refs();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }

  @Value.Check
  void check() {
    Ids.check("rule id", rule());
    for (String key : refs().keySet()) {
      TrustException.check(Refs.KEYS.contains(key), "unknown ref kind %s", key);
    }
  }
}
