package org.propertytrust.core.approval;

/** A decision recorded on an expenditure. */
public enum Decision {
  /** Consent, by a party holding the role it approves in. */
  APPROVE,
  /** Refusal; withdraws that role's earlier approval. */
  REJECT,
  /** A supervisor's objection, at any time before payment; blocks payment until resolved. */
  OBJECT,
  /** The committee's resolution of an objection raised before it. */
  RESOLVE_OBJECTION
}
