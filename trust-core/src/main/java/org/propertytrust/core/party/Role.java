package org.propertytrust.core.party;

/** The role a party holds in a trust community (DOMAIN.md §2). */
public enum Role {
  /** All owners (业主大会): vote on budgets, large spending, reserve-fund use, trustee changes. */
  ASSEMBLY,
  /** The owners' committee (业委会): approves larger spending and resolves objections. */
  COMMITTEE,
  /** The property-service company (受托人): bills, collects, pays approved spending. */
  TRUSTEE,
  /** The independent supervisor (监察人): approves spending and may object to any of it. */
  SUPERVISOR,
  /** A payee of spending. */
  VENDOR,
  /** The bank that holds the trust account. */
  BANK
}
