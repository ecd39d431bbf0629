package org.propertytrust.core.approval;

import java.math.BigDecimal;

/**
 * Civil Code art. 278, in exact rational arithmetic: a vote has its quorum when at least two thirds
 * of the total area <b>and</b> of the owners take part; an ORDINARY vote passes with more than half
 * of the participating area and owners, a SPECIAL vote with at least three quarters of both.
 * Exactly two thirds meets the quorum, exactly one half does not pass ORDINARY, exactly three
 * quarters passes SPECIAL.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VoteCheck {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  private VoteCheck() {}

  /**
   * Judges a vote.
   *
   * @param vote the vote; not null
   * @return the result, with a reason for each failed condition
   */
  public static VoteResult judge(Vote vote) {
    boolean areaQuorum =
        THREE.multiply(vote.participatingAreaM2()).compareTo(TWO.multiply(vote.totalAreaM2())) >= 0;
    boolean ownerQuorum = 3L * vote.participatingOwners() >= 2L * vote.totalOwners();
    boolean areaMajority;
    boolean ownerMajority;
    if (vote.tier() == VoteTier.ORDINARY) {
      areaMajority = TWO.multiply(vote.yesAreaM2()).compareTo(vote.participatingAreaM2()) > 0;
      ownerMajority = 2L * vote.yesOwners() > vote.participatingOwners();
    } else {
      areaMajority =
          FOUR.multiply(vote.yesAreaM2()).compareTo(THREE.multiply(vote.participatingAreaM2()))
              >= 0;
      ownerMajority = 4L * vote.yesOwners() >= 3L * vote.participatingOwners();
    }
    ImmutableVoteResult.Builder out =
        ImmutableVoteResult.builder()
            .areaQuorum(areaQuorum)
            .ownerQuorum(ownerQuorum)
            .areaMajority(areaMajority)
            .ownerMajority(ownerMajority);
    String share = vote.tier() == VoteTier.ORDINARY ? "more than 1/2" : "at least 3/4";
    if (!areaQuorum) {
      out.addReason(
          String.format(
              "%s m² of %s m² took part, less than 2/3",
              vote.participatingAreaM2().toPlainString(), vote.totalAreaM2().toPlainString()));
    }
    if (!ownerQuorum) {
      out.addReason(
          String.format(
              "%d of %d owners took part, less than 2/3",
              vote.participatingOwners(), vote.totalOwners()));
    }
    if (!areaMajority) {
      out.addReason(
          String.format(
              "%s m² of %s m² participating voted yes, not %s (%s)",
              vote.yesAreaM2().toPlainString(),
              vote.participatingAreaM2().toPlainString(),
              share,
              vote.tier()));
    }
    if (!ownerMajority) {
      out.addReason(
          String.format(
              "%d of %d participating owners voted yes, not %s (%s)",
              vote.yesOwners(), vote.participatingOwners(), share, vote.tier()));
    }
    return out.build();
  }
}
