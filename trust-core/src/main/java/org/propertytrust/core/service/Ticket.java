package org.propertytrust.core.service;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A repair or complaint ticket from a unit, with the times it reached each stage (absent = not
 * reached). Every time carries its offset; a ticket belongs to the month of {@link #reportedAt()}
 * in its own offset.
 *
 * <p>No stage can be reached before the report; whether each was reached in time is a question for
 * the service-level metrics and rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ticket {
  Ticket() {}

  /**
   * Returns the ticket's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the reporting unit.
   *
   * @return the unit id
   */
  public abstract String unit();

  /**
   * Returns the kind of problem.
   *
   * @return the kind
   */
  public abstract TicketKind kind();

  /**
   * Returns when the problem was reported.
   *
   * @return the report time
   */
  public abstract OffsetDateTime reportedAt();

  /**
   * Returns when it was registered.
   *
   * @return the time, if reached
   */
  public abstract Optional<OffsetDateTime> registeredAt();

  /**
   * Returns when someone arrived on site.
   *
   * @return the time, if reached
   */
  public abstract Optional<OffsetDateTime> onSiteAt();

  /**
   * Returns when it was resolved.
   *
   * @return the time, if reached
   */
  public abstract Optional<OffsetDateTime> resolvedAt();

  /**
   * Returns when a plan was given (complex problems).
   *
   * @return the time, if reached
   */
  public abstract Optional<OffsetDateTime> planAt();

  /**
   * Returns when the follow-up visit took place.
   *
   * @return the time, if reached
   */
  public abstract Optional<OffsetDateTime> followUpAt();

  /**
   * Returns the time the ticket reached a stage.
   *
   * @param stage the stage; not null
   * @return the time, if reached
   */
  public Optional<OffsetDateTime> reached(ServiceStage stage) {
    switch (stage) {
      case REGISTER:
        return registeredAt();
      case ON_SITE:
        return onSiteAt();
      case SMALL_FIX:
        return resolvedAt();
      case PLAN:
        return planAt();
      case FOLLOW_UP:
        return followUpAt();
    }
    throw new AssertionError(stage);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableTicket.Builder builder() {
    return ImmutableTicket.builder();
  }

  @Value.Check
  void check() {
    Ids.check("ticket id", id());
    Ids.check("ticket " + id() + " unit", unit());
    for (ServiceStage stage : ServiceStage.values()) {
      reached(stage)
          .ifPresent(
              at ->
                  TrustException.check(
                      !at.isBefore(reportedAt()),
                      "ticket %s reaches %s at %s, before it was reported at %s",
                      id(),
                      stage,
                      at,
                      reportedAt()));
    }
  }
}
