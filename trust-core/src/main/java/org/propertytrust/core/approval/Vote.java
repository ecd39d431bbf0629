package org.propertytrust.core.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.money.Amounts;

/**
 * An owners' assembly vote (业主大会表决) with its turnout and result, by area and by head.
 *
 * <p>The figures must be consistent (yes ≤ participating ≤ total, none negative); whether the vote
 * meets art. 278's quorum and majority is a question for the rules, not a construction check. Areas
 * are bounded as {@link Amounts#checkDecimal} says, so that no area can make the check costly.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Vote {
  Vote() {}

  /**
   * Returns the vote's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what was voted on.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * Returns the majority the vote needs.
   *
   * @return the tier
   */
  public abstract VoteTier tier();

  /**
   * Returns the day the vote was held.
   *
   * @return the date
   */
  public abstract LocalDate heldOn();

  /**
   * Returns the total area of the community's units.
   *
   * @return the area in square metres, positive
   */
  public abstract BigDecimal totalAreaM2();

  /**
   * Returns the number of owners.
   *
   * @return the count, positive
   */
  public abstract int totalOwners();

  /**
   * Returns the area of the owners who took part.
   *
   * @return the area in square metres
   */
  public abstract BigDecimal participatingAreaM2();

  /**
   * Returns the number of owners who took part.
   *
   * @return the count
   */
  public abstract int participatingOwners();

  /**
   * Returns the area of the owners who voted yes.
   *
   * @return the area in square metres
   */
  public abstract BigDecimal yesAreaM2();

  /**
   * Returns the number of owners who voted yes.
   *
   * @return the count
   */
  public abstract int yesOwners();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableVote.Builder builder() {
    return ImmutableVote.builder();
  }

  @Value.Check
  void check() {
    Ids.check("vote id", id());
    Amounts.checkDecimal("vote " + id() + " totalAreaM2", totalAreaM2());
    Amounts.checkDecimal("vote " + id() + " participatingAreaM2", participatingAreaM2());
    Amounts.checkDecimal("vote " + id() + " yesAreaM2", yesAreaM2());
    TrustException.check(
        totalAreaM2().signum() > 0,
        "vote %s totalAreaM2 must be positive: %s",
        id(),
        totalAreaM2());
    TrustException.check(totalOwners() > 0, "vote %s totalOwners must be positive", id());
    TrustException.check(
        participatingAreaM2().signum() >= 0 && participatingAreaM2().compareTo(totalAreaM2()) <= 0,
        "vote %s participatingAreaM2 must lie between 0 and totalAreaM2 %s: %s",
        id(),
        totalAreaM2(),
        participatingAreaM2());
    TrustException.check(
        participatingOwners() >= 0 && participatingOwners() <= totalOwners(),
        "vote %s participatingOwners must lie between 0 and totalOwners %s: %s",
        id(),
        totalOwners(),
        participatingOwners());
    TrustException.check(
        yesAreaM2().signum() >= 0 && yesAreaM2().compareTo(participatingAreaM2()) <= 0,
        "vote %s yesAreaM2 must lie between 0 and participatingAreaM2 %s: %s",
        id(),
        participatingAreaM2(),
        yesAreaM2());
    TrustException.check(
        yesOwners() >= 0 && yesOwners() <= participatingOwners(),
        "vote %s yesOwners must lie between 0 and participatingOwners %s: %s",
        id(),
        participatingOwners(),
        yesOwners());
  }
}
