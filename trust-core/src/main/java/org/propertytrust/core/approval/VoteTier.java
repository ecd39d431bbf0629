package org.propertytrust.core.approval;

/** The majority a vote needs (Civil Code art. 278). */
public enum VoteTier {
  /** More than half of the participating area and of the participating owners. */
  ORDINARY,
  /** At least three quarters of the participating area and of the participating owners. */
  SPECIAL
}
