package org.propertytrust.core.approval;

/** Why spending may not be paid on a day (DOMAIN.md §6, the approval and vote rules). */
public enum ObstacleKind {
  /** At or above {@code supervisorFrom}, and no counting supervisor approval. */
  SUPERVISOR_APPROVAL_MISSING,
  /** At or above {@code committeeFrom}, and no counting committee approval. */
  COMMITTEE_APPROVAL_MISSING,
  /** At or above {@code assemblyFrom}, or from the reserve fund, and no vote held by then. */
  VOTE_MISSING,
  /** The vote relied on fails Civil Code art. 278's quorum or majority. */
  VOTE_INVALID,
  /** The requester approved it, or a supervisor related to the trustee did. */
  SELF_APPROVAL,
  /** A supervisor objection has no committee resolution after it. */
  OBJECTION_OPEN,
  /** Fewer than {@code objectionDays} days since the request, without a supervisor approval. */
  OBJECTION_WINDOW_OPEN,
  /** It takes its budget line past the line's amount, without a committee approval. */
  OVER_BUDGET,
  /** A required role's latest decision is a rejection. */
  REJECTED
}
