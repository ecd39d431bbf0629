package org.propertytrust.scenario.spec;

/**
 * How the property-service company is paid in a scenario: the two trust models of DOMAIN.md §4 and
 * the lump-sum model (包干制) they are compared with.
 */
public enum RemunerationScheme {
  /** Trust model (酬金制): a fixed amount each month, paid from the trust account. */
  FIXED_MONTHLY,
  /** Trust model (酬金制): a percentage of the fees owners actually paid in the month. */
  PERCENT_OF_COLLECTED,
  /**
   * Lump-sum model (包干制): the company keeps the fees it collects and pays the community's spending
   * itself, keeping the surplus and bearing the deficit; only public revenue reaches the owners.
   */
  LUMP_SUM
}
