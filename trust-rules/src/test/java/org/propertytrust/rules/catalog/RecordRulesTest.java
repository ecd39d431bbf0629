package org.propertytrust.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.rules.Fixtures.append;
import static org.propertytrust.rules.Fixtures.assertNothing;
import static org.propertytrust.rules.Fixtures.cny;
import static org.propertytrust.rules.Fixtures.contract;
import static org.propertytrust.rules.Fixtures.cr;
import static org.propertytrust.rules.Fixtures.d;
import static org.propertytrust.rules.Fixtures.dr;
import static org.propertytrust.rules.Fixtures.entry;
import static org.propertytrust.rules.Fixtures.insert;
import static org.propertytrust.rules.Fixtures.only;
import static org.propertytrust.rules.Fixtures.replace;
import static org.propertytrust.rules.Fixtures.single;
import static org.propertytrust.rules.Fixtures.unitCr;
import static org.propertytrust.rules.Fixtures.validate;
import static org.propertytrust.rules.Fixtures.ym;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.service.ImmutableTicket;
import org.propertytrust.core.service.ServiceLevels;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.service.TicketKind;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;
import org.propertytrust.core.statement.UnclearedItem;
import org.propertytrust.rules.Severity;
import org.propertytrust.rules.Violation;

/**
 * The rules on the records a trust keeps: {@code recon.bank-mismatch}, {@code disclosure.*}, {@code
 * handover.incomplete} and {@code service.sla-breach}. Three-units closes cash at 263.00 in January
 * and 576.35 in February, discloses January on 02-05 and February on 03-06 (10 days allowed), and
 * has one small ticket, T1 of unit C, reported on 2024-02-03 at 09:00 (+08:00).
 */
class RecordRulesTest {
  private static final TrustBook BOOK = ExampleBooks.threeUnits();
  private static final TrustBook MAPLE = ExampleBooks.mapleCourt();

  private static BankStatement cash(String period, String closing) {
    return BankStatement.builder()
        .account(Account.CASH)
        .period(ym(period))
        .closingBalance(cny(closing))
        .build();
  }

  @Nested
  class BankMismatch {
    @Test
    void aClosingBalanceOneCentAwayFromTheBookIsAnError() {
      TrustBook book =
          ImmutableTrustBook.copyOf(BOOK)
              .withBankStatements(cash("2024-01", "263.00"), cash("2024-02", "576.36"));
      Violation v = single(book, "recon.bank-mismatch");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("period", "2024-02", "account", "cash"));
      assertThat(v.message())
          .contains(
              "cash 2024-02: the book closes at CNY 576.35, the bank statement at CNY 576.36",
              "(difference CNY -0.01)");
    }

    @Test
    void eachStatementMonthIsOneViolation() {
      TrustBook book =
          ImmutableTrustBook.copyOf(BOOK)
              .withBankStatements(cash("2024-01", "262.99"), cash("2024-02", "576.34"));
      assertThat(only(book, "recon.bank-mismatch"))
          .extracting(v -> v.refs().get("period"))
          .containsExactly("2024-01", "2024-02");
    }

    @Test
    void unclearedAmountsReconcileTheStatementWithTheBook() {
      // maple-court's March statement: 1131.00 at the bank, M11's 800.00 not yet presented
      assertNothing(MAPLE);
      List<BankStatement> statements = new ArrayList<>(MAPLE.bankStatements());
      statements.set(
          0,
          BankStatement.builder()
              .account(Account.CASH)
              .period(ym("2024-03"))
              .closingBalance(cny("1131.00"))
              .addUncleared(UnclearedItem.of("M11", cny("-799.99")))
              .build());
      Violation v =
          single(
              ImmutableTrustBook.copyOf(MAPLE).withBankStatements(statements),
              "recon.bank-mismatch");
      assertThat(v.message())
          .contains(
              "cash 2024-03: the book closes at CNY 331.00",
              "the bank statement at CNY 1131.00 with CNY -799.99 uncleared",
              "(difference CNY -0.01)");
    }

    @Test
    void moneyInTransitIsAddedToTheStatement() {
      TrustBook book =
          ImmutableTrustBook.copyOf(BOOK)
              .withBankStatements(
                  cash("2024-01", "263.00"),
                  BankStatement.builder()
                      .account(Account.CASH)
                      .period(ym("2024-02"))
                      .closingBalance(cny("214.85"))
                      .addUncleared(UnclearedItem.of("E8", cny("361.50")))
                      .build());
      assertNothing(book);
    }

    @Test
    void theReserveAccountIsReconciledToo() {
      List<BankStatement> statements = new ArrayList<>(MAPLE.bankStatements());
      statements.set(
          3,
          BankStatement.builder()
              .account(Account.RESERVE_CASH)
              .period(ym("2024-04"))
              .closingBalance(cny("5000.01"))
              .build());
      Violation v =
          single(
              ImmutableTrustBook.copyOf(MAPLE).withBankStatements(statements),
              "recon.bank-mismatch");
      assertThat(v.refs()).isEqualTo(Map.of("period", "2024-04", "account", "reserve-cash"));
      assertThat(v.message()).contains("reserve-cash 2024-04: the book closes at CNY 5000.00");
    }

    @Test
    void aStatementForAMonthNotEndedByTheAsOfDateIsNotJudged() {
      List<BankStatement> statements = new ArrayList<>(BOOK.bankStatements());
      statements.add(cash("2024-03", "999.00"));
      TrustBook book = ImmutableTrustBook.copyOf(BOOK).withBankStatements(statements);
      assertNothing(book);
      assertNothing(validate(book, "2024-03-30"));
      Violation v = single(validate(book, "2024-03-31"), "recon.bank-mismatch");
      assertThat(v.message()).contains("the book closes at CNY 576.35", "at CNY 999.00");
    }
  }

  @Nested
  class DisclosureMissing {
    @Test
    void aMonthWhoseDeadlineHasPassedWithoutDisclosureIsAnError() {
      TrustBook book =
          ImmutableTrustBook.copyOf(BOOK)
              .withDisclosures(Disclosure.of(ym("2024-02"), d("2024-03-06")));
      Violation v = single(book, "disclosure.missing");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("period", "2024-01"));
      assertThat(v.message())
          .contains(
              "the accounts of 2024-01 were due to be disclosed to owners by 2024-02-10",
              "as of 2024-02-29");
    }

    @Test
    void theDeadlineDayItselfCounts() {
      TrustBook book =
          ImmutableTrustBook.copyOf(BOOK)
              .withDisclosures(Disclosure.of(ym("2024-01"), d("2024-02-05")));
      assertNothing(validate(book, "2024-03-09"));
      Violation v = single(validate(book, "2024-03-10"), "disclosure.missing");
      assertThat(v.refs()).isEqualTo(Map.of("period", "2024-02"));
      assertThat(v.message()).contains("by 2024-03-10", "as of 2024-03-10");
    }

    @Test
    void aDisclosurePublishedAfterTheAsOfDateDoesNotCountYet() {
      TrustBook book =
          ImmutableTrustBook.copyOf(BOOK)
              .withDisclosures(
                  Disclosure.of(ym("2024-01"), d("2024-02-05")),
                  Disclosure.of(ym("2024-02"), d("2024-03-11")));
      single(validate(book, "2024-03-10"), "disclosure.missing");
      Violation late = single(validate(book, "2024-03-11"), "disclosure.late");
      assertThat(late.refs()).isEqualTo(Map.of("period", "2024-02"));
    }

    @Test
    void everyMonthFromTheFirstEntryOnNeedsADisclosure() {
      // March and April have no entries; their deadlines (04-10, 05-10) have passed by 05-10
      List<Violation> found = only(validate(BOOK, "2024-05-10"), "disclosure.missing");
      assertThat(found)
          .extracting(v -> v.refs().get("period"))
          .containsExactly("2024-03", "2024-04");
    }

    @Test
    void theContractSetsTheDaysAllowed() {
      TrustBook book =
          contract(
              ImmutableTrustBook.copyOf(BOOK)
                  .withDisclosures(Disclosure.of(ym("2024-02"), d("2024-03-06"))),
              c -> c.withDisclosureDays(30));
      assertNothing(book); // January is due by 03-01
      single(validate(book, "2024-03-01"), "disclosure.missing");
    }
  }

  @Nested
  class DisclosureLate {
    @Test
    void aDisclosureOneDayAfterTheDeadlineIsAWarning() {
      TrustBook book =
          ImmutableTrustBook.copyOf(BOOK)
              .withDisclosures(
                  Disclosure.of(ym("2024-01"), d("2024-02-11")),
                  Disclosure.of(ym("2024-02"), d("2024-03-06")));
      Violation v = single(book, "disclosure.late");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.refs()).isEqualTo(Map.of("period", "2024-01"));
      assertThat(v.message())
          .contains(
              "the accounts of 2024-01 were disclosed on 2024-02-11",
              "1 day after the deadline 2024-02-10");
      assertThat(validate(book).isClean()).isTrue();
    }

    @Test
    void aDisclosureOnTheDeadlineIsOnTime() {
      assertNothing(
          ImmutableTrustBook.copyOf(BOOK)
              .withDisclosures(
                  Disclosure.of(ym("2024-01"), d("2024-02-10")),
                  Disclosure.of(ym("2024-02"), d("2024-03-06"))));
    }

    @Test
    void theDaysLateAreCounted() {
      TrustBook book =
          ImmutableTrustBook.copyOf(BOOK)
              .withDisclosures(
                  Disclosure.of(ym("2024-01"), d("2024-02-15")),
                  Disclosure.of(ym("2024-02"), d("2024-03-06")));
      assertThat(single(book, "disclosure.late").message()).contains("5 days after the deadline");
    }
  }

  @Nested
  class HandoverIncomplete {
    /** Three-units handed over from oldco to acme on 2024-02-01. */
    private final TrustBook handedOver = handedOver();

    private TrustBook handedOver() {
      List<Party> parties = new ArrayList<>(BOOK.parties());
      parties.add(Party.of("oldco", Role.TRUSTEE, "Old Property Co."));
      return ImmutableTrustBook.copyOf(BOOK)
          .withParties(parties)
          .withHandovers(Handover.of(d("2024-02-01"), "oldco", "acme"));
    }

    private TrustBook postedBy(TrustBook book, String id, String trustee) {
      return replace(book, id, e -> ImmutableEntry.copyOf(e).withTrustee(trustee));
    }

    /** oldco still held 100.00 of A's prepaid fees on the handover day (after E7). */
    private TrustBook holding() {
      return insert(
          handedOver,
          7,
          entry(
              "H1",
              "2024-02-01",
              EntryKind.HANDOVER,
              dr("due:oldco", "100.00"),
              unitCr("prepaid", "A", "100.00")));
    }

    private Entry recovered(String date, String amount) {
      return entry("H2", date, EntryKind.HANDOVER, dr("cash", amount), cr("due:oldco", amount));
    }

    @Test
    void theHandedOverBookIsClean() {
      assertNothing(handedOver);
      assertNothing(postedBy(handedOver, "E2", "oldco")); // before the handover
    }

    @Test
    void anEntryPostedByTheOutgoingTrusteeAfterTheHandoverIsAnError() {
      Violation v = single(postedBy(handedOver, "E8", "oldco"), "handover.incomplete");
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.refs()).isEqualTo(Map.of("entry", "E8", "party", "oldco"));
      assertThat(v.message())
          .contains(
              "entry E8 (CNY 361.50) dated 2024-02-25 is posted by oldco",
              "handed over to acme on 2024-02-01");
    }

    @Test
    void anEntryPostedByTheOutgoingTrusteeOnTheHandoverDayIsAnError() {
      single(postedBy(handedOver, "E6", "oldco"), "handover.incomplete");
    }

    @Test
    void ownersMoneyRecoveredWithinThirtyDaysIsClean() {
      assertNothing(append(holding(), recovered("2024-03-02", "100.00")));
    }

    @Test
    void ownersMoneyStillHeldThirtyDaysAfterTheHandoverIsAnError() {
      Violation v =
          single(append(holding(), recovered("2024-03-03", "100.00")), "handover.incomplete");
      assertThat(v.refs()).isEqualTo(Map.of("party", "oldco", "account", "due:oldco"));
      assertThat(v.message())
          .contains(
              "oldco still held CNY 100.00 of owners' money (due:oldco) on 2024-03-02",
              "30 days after handing over to acme on 2024-02-01");
    }

    @Test
    void whatIsStillOpenIsReported() {
      Violation v =
          single(
              validate(append(holding(), recovered("2024-03-01", "60.00")), "2024-03-02"),
              "handover.incomplete");
      assertThat(v.message()).contains("still held CNY 40.00");
    }

    @Test
    void anEntryIsOneViolationHoweverManyHandoversOfItsTrusteeItFollows() {
      // oldco handed over twice (it came back in between): E8, posted by it after both, is one
      // offence, reported against its first handover; each handover's 30 days are judged apart
      TrustBook twice =
          ImmutableTrustBook.copyOf(append(holding(), recovered("2024-03-03", "100.00")))
              .withHandovers(
                  Handover.of(d("2024-02-01"), "oldco", "acme"),
                  Handover.of(d("2024-01-15"), "oldco", "acme"));
      List<Violation> found = only(postedBy(twice, "E8", "oldco"), "handover.incomplete");
      assertThat(found)
          .extracting(Violation::message)
          .containsExactly(
              "entry E8 (CNY 361.50) dated 2024-02-25 is posted by oldco, the trustee that handed"
                  + " over to acme on 2024-01-15",
              "oldco still held CNY 100.00 of owners' money (due:oldco) on 2024-03-02, 30 days"
                  + " after handing over to acme on 2024-02-01",
              "oldco still held CNY 100.00 of owners' money (due:oldco) on 2024-02-14, 30 days"
                  + " after handing over to acme on 2024-01-15");
    }

    @Test
    void theDeadlineIsJudgedOnlyOnceTheAsOfDateReachesIt() {
      assertNothing(holding()); // as of 2024-02-29
      assertNothing(validate(holding(), "2024-03-01"));
      single(validate(holding(), "2024-03-02"), "handover.incomplete");
    }
  }

  @Nested
  class SlaBreach {
    private final ImmutableTicket t1 = ImmutableTicket.copyOf(BOOK.tickets().get(0));

    private TrustBook with(Ticket... tickets) {
      return ImmutableTrustBook.copyOf(BOOK).withTickets(tickets);
    }

    private OffsetDateTime at(String time) {
      return OffsetDateTime.parse(time);
    }

    @Test
    void registeringExactlyAtTheLimitMeetsIt() {
      assertNothing(with(t1.withRegisteredAt(at("2024-02-03T09:05:00+08:00"))));
    }

    @Test
    void registeringOneSecondLateIsAWarning() {
      Violation v =
          single(with(t1.withRegisteredAt(at("2024-02-03T09:05:01+08:00"))), "service.sla-breach");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.refs()).isEqualTo(Map.of("unit", "C", "ticket", "T1"));
      assertThat(v.message())
          .contains(
              "ticket T1 (unit C, SMALL) reached register 5 min 1 s after it was reported",
              "the limit is 5 min");
      assertThat(validate(with(t1.withRegisteredAt(at("2024-02-03T09:05:01+08:00")))).isClean())
          .isTrue();
    }

    @Test
    void eachStageHasItsLimit() {
      assertNothing(
          with(
              t1.withOnSiteAt(at("2024-02-03T09:40:00+08:00"))
                  .withResolvedAt(at("2024-02-03T12:00:00+08:00"))
                  .withFollowUpAt(at("2024-02-10T12:00:00+08:00"))));
      Violation onSite =
          single(with(t1.withOnSiteAt(at("2024-02-03T09:40:01+08:00"))), "service.sla-breach");
      assertThat(onSite.message()).contains("reached on site 40 min 1 s after", "limit is 40 min");
      Violation fix =
          single(with(t1.withResolvedAt(at("2024-02-03T12:00:01+08:00"))), "service.sla-breach");
      assertThat(fix.message()).contains("reached small fix 3 h 1 s after", "limit is 3 h");
      Violation followUp =
          single(with(t1.withFollowUpAt(at("2024-02-10T11:00:01+08:00"))), "service.sla-breach");
      assertThat(followUp.message())
          .contains("reached follow up 7 d 1 s after it was resolved", "limit is 7 d");
    }

    @Test
    void onlyComplexTicketsHaveAPlanStageAndOnlySmallOnesASmallFix() {
      ImmutableTicket complex = ImmutableTicket.copyOf(MAPLE.tickets().get(0));
      Violation v =
          single(
              ImmutableTrustBook.copyOf(MAPLE)
                  .withTickets(complex.withPlanAt(at("2024-03-07T20:10:01+08:00"))),
              "service.sla-breach");
      assertThat(v.message()).contains("ticket T1 (unit U2, COMPLEX) reached plan 2 d 1 s after");
      assertNothing(
          ImmutableTrustBook.copyOf(MAPLE)
              .withTickets(complex.withPlanAt(at("2024-03-07T20:10:00+08:00"))));
      // a small ticket's plan, and a complex ticket's resolution after 3 hours, are not judged
      assertNothing(with(t1.withPlanAt(at("2024-02-20T09:00:00+08:00"))));
    }

    @Test
    void aStageNotReachedByItsDeadlineIsAWarning() {
      Violation v =
          single(with(t1.withRegisteredAt(java.util.Optional.empty())), "service.sla-breach");
      assertThat(v.message())
          .contains(
              "ticket T1 (unit C, SMALL) has not reached register by 2024-02-29",
              "its deadline 2024-02-03T09:05+08:00 passed");
    }

    @Test
    void oneViolationPerStageMissed() {
      Ticket open =
          Ticket.builder()
              .id("T2")
              .unit("A")
              .kind(TicketKind.SMALL)
              .reportedAt(at("2024-02-29T23:58:00+08:00"))
              .build();
      assertNothing(with(t1, open)); // as of 02-29 no deadline has passed
      List<Violation> found = only(validate(with(t1, open), "2024-03-01"), "service.sla-breach");
      assertThat(found).hasSize(3); // register, on site, small fix; no follow-up before resolution
      assertThat(found).allSatisfy(v -> assertThat(v.refs()).containsEntry("ticket", "T2"));
    }

    @Test
    void theAsOfDateEndsAtMidnightInTheTicketsOwnOffset() {
      // reported at 23:50 on 02-29 in New York (04:50 on 03-01 in Beijing)
      Ticket ny =
          Ticket.builder()
              .id("T2")
              .unit("A")
              .kind(TicketKind.SMALL)
              .reportedAt(at("2024-02-29T23:50:00-05:00"))
              .build();
      Violation v = single(with(t1, ny), "service.sla-breach");
      assertThat(v.refs()).containsEntry("ticket", "T2");
      assertThat(v.message())
          .contains("has not reached register by 2024-02-29", "2024-02-29T23:55-05:00 passed");
    }

    @Test
    void aTicketReportedAfterTheAsOfDateIsNotJudged() {
      assertNothing(
          with(
              t1,
              Ticket.builder()
                  .id("T2")
                  .unit("A")
                  .kind(TicketKind.SMALL)
                  .reportedAt(at("2024-03-01T00:00:00+08:00"))
                  .build()));
    }

    @Test
    void theContractSetsTheLimits() {
      TrustBook book =
          contract(
              with(t1.withRegisteredAt(at("2024-02-03T09:10:00+08:00"))),
              c -> c.withServiceLevels(ServiceLevels.builder().registerMinutes(10).build()));
      assertNothing(book);
    }
  }
}
