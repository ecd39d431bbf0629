package org.propertytrust.cli;

import java.util.Map;
import org.joda.money.Money;
import org.propertytrust.cli.render.Document;
import org.propertytrust.cli.render.Table;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.party.Party;
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
            book.currency().getCode()));

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
    Table movements = new Table(m.get("statement.movement"), m.get("statement.amount") + "#");
    for (Map.Entry<EntryKind, Money> in : s.cash().in().entrySet()) {
      movements.row(
          m.get("statement.in") + " · " + m.get("kind." + in.getKey()), m.money(in.getValue()));
    }
    for (Map.Entry<EntryKind, Money> out : s.cash().out().entrySet()) {
      movements.row(
          m.get("statement.out") + " · " + m.get("kind." + out.getKey()), m.money(out.getValue()));
    }
    if (!movements.isEmpty()) {
      money.paragraph(m.get("statement.cash.detail")).table(movements);
    }

    CollectionMetrics metrics = s.metrics();
    Table fees =
        new Table(
            m.get("statement.fee"),
            m.get("statement.billed") + "#",
            m.get("statement.collected") + "#");
    for (String fee : s.billedByFee().keySet()) {
      fees.row(
          m.fee(fee),
          m.money(s.billedByFee().get(fee)),
          m.money(s.collectedByFee().getOrDefault(fee, Money.zero(book.currency()))));
    }
    for (String fee : s.collectedByFee().keySet()) {
      if (!s.billedByFee().containsKey(fee)) {
        fees.row(
            m.fee(fee), m.money(Money.zero(book.currency())), m.money(s.collectedByFee().get(fee)));
      }
    }
    d.section(m.get("statement.section.fees"))
        .table(fees)
        .values(
            m.get("metric.currentRate"),
            m.rate(metrics.currentRate())
                + "  ("
                + m.money(metrics.collectedCurrent())
                + " / "
                + m.money(metrics.billed())
                + ")",
            m.get("metric.householdRate"),
            m.rate(metrics.householdRate())
                + "  ("
                + m.get(
                    "statement.households", metrics.householdsPaid(), metrics.householdsBilled())
                + ")",
            m.get("metric.recoveryRate"),
            m.rate(metrics.recoveryRate())
                + "  ("
                + m.money(metrics.arrearsRecovered())
                + " / "
                + m.money(metrics.openingArrears())
                + ")",
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
            consent(item, m),
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
          m.rate(count == null ? java.util.Optional.empty() : count.rate()));
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

  private static String consent(SpendingItem item, Messages m) {
    StringBuilder out = new StringBuilder();
    for (Approval decision : item.decisions()) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(m.get("role." + decision.role()))
          .append(' ')
          .append(m.get("decision." + decision.decision()))
          .append(' ')
          .append(decision.on());
    }
    item.vote()
        .ifPresent(
            v -> out.append(out.length() > 0 ? "; " : "").append(m.get("statement.vote", v)));
    return out.length() == 0 ? m.get("statement.noApprovalNeeded") : out.toString();
  }
}
