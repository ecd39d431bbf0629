package org.propertytrust.core.service;

/** The kind of problem a ticket reports. */
public enum TicketKind {
  /** A small problem, to be fixed within the small-fix limit. */
  SMALL,
  /** A complex problem, needing a plan within the plan limit. */
  COMPLEX
}
