package org.propertytrust.core.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tickets against the service levels (DOMAIN.md §5, {@code sla}; the {@code service.sla-breach}
 * rule). Register, on site and (SMALL) small fix or (COMPLEX) plan are measured from {@code
 * reportedAt}; the follow-up visit from {@code resolvedAt}, only once resolved. Durations are exact
 * and limits inclusive. A cut-off day D ends at midnight in each ticket's own offset.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServiceLevelCheck {
  private ServiceLevelCheck() {}

  /**
   * Judges one stage of a ticket at the end of a day.
   *
   * @param ticket the ticket; not null
   * @param levels the service levels; not null
   * @param stage the stage; not null
   * @param asOf the cut-off day, ending at midnight in the ticket's offset; not null
   * @return the outcome
   */
  public static StageOutcome evaluate(
      Ticket ticket, ServiceLevels levels, ServiceStage stage, LocalDate asOf) {
    OffsetDateTime end = asOf.plusDays(1).atStartOfDay().atOffset(ticket.reportedAt().getOffset());
    Optional<OffsetDateTime> start = start(ticket, stage, end);
    if (start.isEmpty()) {
      return StageOutcome.NOT_APPLICABLE;
    }
    Duration limit = levels.limit(stage);
    OffsetDateTime deadline = start.get().plus(limit);
    Optional<OffsetDateTime> reached = ticket.reached(stage).filter(at -> at.isBefore(end));
    if (reached.isPresent()) {
      return Duration.between(start.get(), reached.get()).compareTo(limit) <= 0
          ? StageOutcome.MET
          : StageOutcome.LATE;
    }
    return deadline.isBefore(end) ? StageOutcome.MISSED : StageOutcome.PENDING;
  }

  private static Optional<OffsetDateTime> start(
      Ticket ticket, ServiceStage stage, OffsetDateTime end) {
    switch (stage) {
      case REGISTER:
      case ON_SITE:
        return Optional.of(ticket.reportedAt());
      case SMALL_FIX:
        return ticket.kind() == TicketKind.SMALL
            ? Optional.of(ticket.reportedAt())
            : Optional.empty();
      case PLAN:
        return ticket.kind() == TicketKind.COMPLEX
            ? Optional.of(ticket.reportedAt())
            : Optional.empty();
      case FOLLOW_UP:
        return ticket.resolvedAt().filter(at -> at.isBefore(end));
    }
    throw new AssertionError(stage);
  }

  /**
   * Returns the month a ticket belongs to: the month of {@code reportedAt} in its own offset.
   *
   * @param ticket the ticket; not null
   * @return the month
   */
  public static YearMonth month(Ticket ticket) {
    return YearMonth.from(ticket.reportedAt());
  }

  /**
   * Counts, per stage, the tickets of a range of months that count and those that met the level.
   *
   * @param tickets the tickets; not null
   * @param levels the service levels; not null
   * @param from the first month; not null
   * @param to the last month; not null
   * @param asOf the cut-off day; not null
   * @return the counts, one per stage
   */
  public static Map<ServiceStage, StageCount> count(
      List<Ticket> tickets, ServiceLevels levels, YearMonth from, YearMonth to, LocalDate asOf) {
    int[] met = new int[ServiceStage.values().length];
    int[] counted = new int[met.length];
    for (Ticket ticket : tickets) {
      YearMonth month = month(ticket);
      if (month.isBefore(from) || month.isAfter(to)) {
        continue;
      }
      for (ServiceStage stage : ServiceStage.values()) {
        StageOutcome outcome = evaluate(ticket, levels, stage, asOf);
        if (outcome.counts()) {
          counted[stage.ordinal()]++;
          if (outcome == StageOutcome.MET) {
            met[stage.ordinal()]++;
          }
        }
      }
    }
    Map<ServiceStage, StageCount> out = new EnumMap<>(ServiceStage.class);
    for (ServiceStage stage : ServiceStage.values()) {
      out.put(stage, StageCount.of(met[stage.ordinal()], counted[stage.ordinal()]));
    }
    return out;
  }
}
