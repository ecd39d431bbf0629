package org.propertytrust.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.propertytrust.cli.render.Document;
import org.propertytrust.cli.render.Table;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteCheck;
import org.propertytrust.core.approval.VoteResult;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.metrics.Metrics;
import org.propertytrust.core.metrics.MetricsQuery;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.service.ServiceStage;
import org.propertytrust.core.service.StageCount;
import org.propertytrust.core.statement.AccountMovement;
import org.propertytrust.core.statement.MonthlyStatement;
import org.propertytrust.core.statement.SpendingItem;
import org.propertytrust.core.statement.UnitArrears;

/**
 * The monthly statement (公示) as a document to pin on the notice board: every figure comes from the
 * {@link MonthlyStatement}; owners' names are masked unless the statement is for internal use.
 */
final class StatementView {
  private StatementView() {}

  static Document of(TrustBook book, MonthlyStatement s, Messages m, boolean full) {
    Document d =
        new Document(m.get("statement.title", s.communityName(), m.month(s.month())), m.language());
    d.subtitle(m.get("statement.trustee", s.trustee()));
    book.party(book.contract().supervisor())
        .map(Party::name)
        .ifPresent(name -> d.subtitle(m.get("statement.supervisor", name)));
    d.subtitle(
        m.get(
            "statement.period",
            m.date(s.month().atDay(1)),
            m.date(s.asOf()),
            m.currency(book.currency())));

    Table accounts =
        new Table(
            m.get("statement.account"),
            m.get("statement.opening") + "#",
            m.get("statement.in") + "#",
            m.get("statement.out") + "#",
            m.get("statement.closing") + "#");
    accountRow(accounts, m.get("account.cash"), s.cash(), m);
    accountRow(accounts, m.get("account.reserve"), s.reserve(), m);
    Document.Section money = d.section(m.get("statement.section.accounts")).table(accounts);
    Table movements =
        new Table(
            m.get("statement.movement"), m.get("statement.in") + "#", m.get("statement.out") + "#");
    Set<EntryKind> kinds = new LinkedHashSet<>(s.cash().in().keySet());
    kinds.addAll(s.cash().out().keySet());
    for (EntryKind kind : kinds) {
      movements.row(
          m.get("kind." + kind),
          Optional.ofNullable(s.cash().in().get(kind)).map(m::money).orElse(""),
          Optional.ofNullable(s.cash().out().get(kind)).map(m::money).orElse(""));
    }
    if (!movements.isEmpty()) {
      money.paragraph(m.get("statement.cash.detail")).table(movements);
    }

    CollectionMetrics metrics = s.metrics();
    Table fees =
        new Table(
            m.get("statement.fee"),
            m.get("statement.billed") + "#",
            m.get("statement.collected") + "#",
            m.get("statement.recovered") + "#");
    Set<String> codes = new LinkedHashSet<>(s.billedByFee().keySet());
    codes.addAll(s.collectedByFee().keySet());
    for (String fee : codes) {
      // each fee's own metrics: what was paid for this month's charges, and for earlier months'
      CollectionMetrics one =
          Metrics.compute(
              book, MetricsQuery.builder().from(s.month()).asOf(s.asOf()).addFees(fee).build());
      fees.row(
          m.fee(fee),
          m.money(one.billed()),
          m.money(one.collectedCurrent()),
          m.money(one.arrearsRecovered()));
    }
    d.section(m.get("statement.section.fees"))
        .table(fees)
        .values(
            m.get("metric.currentRate"),
            metrics.billed().isZero()
                ? m.get("statement.rate.nothingBilled")
                : m.get(
                    "statement.rate.current",
                    m.rate(metrics.currentRate()),
                    m.money(metrics.collectedCurrent()),
                    m.money(metrics.billed())),
            m.get("metric.householdRate"),
            metrics.householdsBilled() == 0
                ? m.get("statement.rate.noHouseholds")
                : m.get(
                    "statement.rate.households",
                    m.rate(metrics.householdRate()),
                    metrics.householdsPaid(),
                    metrics.householdsBilled()),
            m.get("metric.recoveryRate"),
            metrics.openingArrears().isZero()
                ? m.get("statement.rate.nothingOwed")
                : m.get(
                    "statement.rate.recovery",
                    m.rate(metrics.recoveryRate()),
                    m.money(metrics.arrearsRecovered()),
                    m.money(metrics.openingArrears())),
            m.get("metric.combinedRate"),
            m.rate(metrics.combinedRate()),
            m.get("metric.prepaymentsReceived"),
            m.money(metrics.prepaymentsReceived()));

    Document.Section publicRevenue = d.section(m.get("statement.section.public"));
    if (s.publicIncomeBySource().isEmpty()) {
      publicRevenue.paragraph(m.get("statement.none"));
    } else {
      Table sources = new Table(m.get("statement.source"), m.get("statement.amount") + "#");
      s.publicIncomeBySource()
          .forEach((source, amount) -> sources.row(m.source(source), m.money(amount)));
      publicRevenue.table(sources).paragraph(m.get("statement.public.note"));
    }

    Document.Section spending = d.section(m.get("statement.section.spending"));
    if (s.spending().isEmpty()) {
      spending.paragraph(m.get("statement.none"));
    } else {
      Table items =
          new Table(
              m.get("statement.date"),
              m.get("statement.category"),
              m.get("statement.payee"),
              m.get("statement.amount") + "#",
              m.get("statement.fund"),
              m.get("statement.consent"),
              m.get("statement.description"));
      for (SpendingItem item : s.spending()) {
        items.row(
            m.date(item.date()),
            m.category(item.category()),
            item.payee().orElse("—"),
            m.money(item.amount()),
            item.paidFrom().equals("reserve-cash")
                ? m.get("account.reserve")
                : m.get("account.cash"),
            consent(book, item, m),
            item.description().orElse(""));
      }
      Table categories = new Table(m.get("statement.category"), m.get("statement.amount") + "#");
      s.spendingByCategory().forEach((c, amount) -> categories.row(m.category(c), m.money(amount)));
      spending.table(items).paragraph(m.get("statement.spending.byCategory")).table(categories);
    }

    d.section(m.get("statement.section.remuneration"))
        .values(
            m.get("metric.remunerationDue"),
            m.money(metrics.remunerationDue()),
            m.get("metric.remunerationPosted"),
            m.money(metrics.remunerationPosted()))
        .paragraph(m.get("statement.remuneration.note"));

    Document.Section arrears = d.section(m.get("statement.section.arrears"));
    arrears.values(
        m.get("aging.notDue"), m.money(metrics.aging().notDue()),
        m.get("aging.d1to30"), m.money(metrics.aging().d1to30()),
        m.get("aging.d31to90"), m.money(metrics.aging().d31to90()),
        m.get("aging.d91to180"), m.money(metrics.aging().d91to180()),
        m.get("aging.d181to365"), m.money(metrics.aging().d181to365()),
        m.get("aging.over365"), m.money(metrics.aging().over365()));
    if (s.arrears().isEmpty()) {
      arrears.paragraph(m.get("statement.arrears.none"));
    } else {
      Table units =
          new Table(
              m.get("statement.unit"),
              m.get("statement.owner"),
              m.get("statement.owed") + "#",
              m.get("statement.months") + "#",
              m.get("statement.since"));
      for (UnitArrears a : s.arrears()) {
        units.row(
            a.unit(),
            a.owner().map(o -> full ? o : Messages.mask(o)).orElse("—"),
            m.money(a.open()),
            String.valueOf(a.months()),
            m.month(a.oldestPeriod()));
      }
      arrears.table(units);
      if (!full) {
        arrears.paragraph(m.get("statement.masked"));
      }
    }

    Table service =
        new Table(
            m.get("statement.stage"),
            m.get("statement.limit"),
            m.get("statement.met") + "#",
            m.get("statement.rate") + "#");
    for (ServiceStage stage : ServiceStage.values()) {
      StageCount count = metrics.serviceLevels().get(stage);
      service.row(
          m.get("stage." + stage),
          m.get("limit." + stage),
          count == null ? "—" : m.count(count.met(), count.counted()),
          m.rate(count == null ? Optional.empty() : count.rate()));
    }
    d.section(m.get("statement.section.service")).table(service);

    d.footer(m.get("statement.footer.trust"));
    d.footer(
        s.disclosedOn()
            .map(
                on ->
                    m.get("statement.footer.disclosed", m.date(on), m.date(s.disclosureDeadline())))
            .orElse(m.get("statement.footer.deadline", m.date(s.disclosureDeadline()))));
    d.footer(m.get("statement.footer.law"));
    d.footer(m.get("statement.footer.closing"));
    // 落款: the owners' committee and the trustee issue the notice, dated the day it was
    // published (or, before then, its cut-off date)
    book.parties().stream()
        .filter(p -> p.role() == Role.COMMITTEE)
        .findFirst()
        .ifPresent(committee -> d.signature(committee.name()));
    d.signature(s.trustee());
    d.signature(m.date(s.disclosedOn().orElse(s.asOf())));
    return d;
  }

  private static void accountRow(Table table, String name, AccountMovement a, Messages m) {
    table.row(
        name,
        m.money(a.opening()),
        m.money(a.totalIn()),
        m.money(a.totalOut()),
        m.money(a.closing()));
  }

  private static String consent(TrustBook book, SpendingItem item, Messages m) {
    List<String> parts = new ArrayList<>();
    for (Approval decision : item.decisions()) {
      parts.add(
          m.get(
              "statement.decision",
              m.get("role." + decision.role()),
              m.date(decision.on()),
              m.get("decision." + decision.decision())));
    }
    item.vote().ifPresent(id -> parts.add(vote(book, id, m)));
    return parts.isEmpty()
        ? m.get("statement.noApprovalNeeded")
        : String.join(m.get("statement.separator"), parts);
  }

  /** A vote with its outcome under Civil Code art. 278 and who took part. */
  private static String vote(TrustBook book, String id, Messages m) {
    Vote vote = book.votesById().get(id);
    if (vote == null) {
      return m.get("statement.vote.unknown", id);
    }
    VoteResult result = VoteCheck.judge(vote);
    return m.get(
        "statement.vote",
        id,
        m.date(vote.heldOn()),
        m.get(result.passed() ? "statement.vote.passed" : "statement.vote.failed"),
        vote.participatingOwners(),
        vote.totalOwners(),
        m.number(vote.participatingAreaM2()),
        m.number(vote.totalAreaM2()));
  }
}
