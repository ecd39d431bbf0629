package org.propertytrust.core.approval;

import java.util.List;
import org.immutables.value.Value;

/**
 * How a vote fares under Civil Code art. 278: quorum by area and by owners, and its tier's majority
 * by area and by owners.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VoteResult {
  VoteResult() {}

  /**
   * Returns whether at least two thirds of the total area took part.
   *
   * @return the area quorum
   */
  public abstract boolean areaQuorum();

  /**
   * Returns whether at least two thirds of the owners took part.
   *
   * @return the owner quorum
   */
  public abstract boolean ownerQuorum();

  /**
   * Returns whether the yes area is a large enough share of the participating area.
   *
   * @return the area majority
   */
  public abstract boolean areaMajority();

  /**
   * Returns whether the yes owners are a large enough share of the participating owners.
   *
   * @return the owner majority
   */
  public abstract boolean ownerMajority();

  /**
   * Returns why the vote fails, one sentence per failed condition; empty when it passes.
   *
   * @return the reasons
   */
  public abstract List<String> reasons();

  /**
   * Tells whether the vote passes: quorum and majority, by area and by owners.
   *
   * @return true if it passes
   */
  public boolean passed() {
    return areaQuorum() && ownerQuorum() && areaMajority() && ownerMajority();
  }
}
