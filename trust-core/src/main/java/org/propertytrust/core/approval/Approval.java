package org.propertytrust.core.approval;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.propertytrust.core.Ids;
import org.propertytrust.core.party.Role;

/**
 * One decision on an expenditure: who made it, in which role, what, and on which day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Approval {
  Approval() {}

  /**
   * Returns the deciding party.
   *
   * @return the party id
   */
  @Value.Parameter
  public abstract String by();

  /**
   * Returns the role the party decides in.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract Role role();

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  @Value.Parameter
  public abstract Decision decision();

  /**
   * Returns the day of the decision.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate on();

  /**
   * Returns a decision.
   *
   * @param by the deciding party's id; not null
   * @param role the role it decides in; not null
   * @param decision the decision; not null
   * @param on the day; not null
   * @return the value
   */
  public static Approval of(String by, Role role, Decision decision, LocalDate on) {
    return ImmutableApproval.of(by, role, decision, on);
  }

  @Value.Check
  void check() {
    Ids.check("approval by", by());
  }
}
