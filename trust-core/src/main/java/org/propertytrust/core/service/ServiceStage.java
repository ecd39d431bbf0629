package org.propertytrust.core.service;

/** A stage of a ticket that a service level applies to (DOMAIN.md §5, {@code sla}). */
public enum ServiceStage {
  /** Registered ({@code registeredAt}) within the register limit of the report. */
  REGISTER,
  /** On site ({@code onSiteAt}) within the on-site limit of the report. */
  ON_SITE,
  /** Fixed ({@code resolvedAt}) within the small-fix limit of the report; SMALL tickets only. */
  SMALL_FIX,
  /** A plan ({@code planAt}) within the plan limit of the report; COMPLEX tickets only. */
  PLAN,
  /** Visited again ({@code followUpAt}) within the follow-up limit of the fix; once resolved. */
  FOLLOW_UP
}
