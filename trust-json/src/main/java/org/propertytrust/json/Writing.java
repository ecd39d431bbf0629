package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.ServiceLevels;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;
import org.propertytrust.core.statement.UnclearedItem;

/**
 * Writes the values of a book in the format's key order (FORMAT.md): amounts as decimal strings at
 * the currency's scale, other decimals as written, dates {@code YYYY-MM-DD}, months {@code
 * YYYY-MM}, instants with seconds and offset. Absent optional fields are omitted, and so are fields
 * the format marks optional when they hold their default ({@code fund} OPERATING, {@code
 * serviceLevels} 54321, {@code publicRevenueApprovedByAssembly} false, an empty {@code relatedTo});
 * every section is written, an empty one as {@code []}.
 */
final class Writing {
  private Writing() {}

  static void book(JsonGenerator g, TrustBook book) throws IOException {
    CurrencyUnit cur = book.currency();
    g.writeStartObject();
    g.writeStringField("format", TrustBookFormat.FORMAT);
    g.writeFieldName("community");
    community(g, book.community());
    g.writeArrayFieldStart("parties");
    for (Party party : book.parties()) {
      party(g, party);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("units");
    for (Unit unit : book.units()) {
      unit(g, unit);
    }
    g.writeEndArray();
    g.writeFieldName("contract");
    contract(g, book.contract(), cur);
    g.writeArrayFieldStart("handovers");
    for (Handover handover : book.handovers()) {
      handover(g, handover);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("budget");
    for (BudgetLine line : book.budget()) {
      budgetLine(g, line, cur);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entries");
    for (Entry entry : book.entries()) {
      entry(g, entry, cur);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("expenditures");
    for (Expenditure x : book.expenditures()) {
      expenditure(g, x, cur);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("votes");
    for (Vote vote : book.votes()) {
      vote(g, vote);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("bankStatements");
    for (BankStatement s : book.bankStatements()) {
      bankStatement(g, s, cur);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("disclosures");
    for (Disclosure d : book.disclosures()) {
      disclosure(g, d);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tickets");
    for (Ticket t : book.tickets()) {
      ticket(g, t);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void community(JsonGenerator g, Community c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", c.name());
    g.writeStringField("currency", c.currency().getCode());
    g.writeEndObject();
  }

  static void party(JsonGenerator g, Party p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("role", p.role().name());
    g.writeStringField("name", p.name());
    if (!p.relatedTo().isEmpty()) {
      g.writeArrayFieldStart("relatedTo");
      for (String id : p.relatedTo()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static void unit(JsonGenerator g, Unit u) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", u.id());
    decimal(g, "areaM2", u.areaM2());
    optional(g, "owner", u.owner());
    g.writeEndObject();
  }

  static void contract(JsonGenerator g, Contract c, CurrencyUnit cur) throws IOException {
    g.writeStartObject();
    g.writeStringField("trustee", c.trustee());
    g.writeStringField("supervisor", c.supervisor());
    g.writeStringField("start", DateTimes.format(c.start()));
    if (c.end().isPresent()) {
      g.writeStringField("end", DateTimes.format(c.end().get()));
    }
    g.writeArrayFieldStart("fees");
    for (Fee fee : c.fees()) {
      fee(g, fee);
    }
    g.writeEndArray();
    g.writeFieldName("remuneration");
    remuneration(g, c.remuneration(), cur);
    g.writeFieldName("approval");
    approvalThresholds(g, c.approval(), cur);
    g.writeStringField("allocation", c.allocation().name());
    if (c.lateFee().isPresent()) {
      g.writeFieldName("lateFee");
      lateFee(g, c.lateFee().get(), cur);
    }
    g.writeNumberField("disclosureDays", c.disclosureDays());
    if (!c.serviceLevels().equals(ServiceLevels.DEFAULT)) {
      g.writeFieldName("serviceLevels");
      serviceLevels(g, c.serviceLevels());
    }
    g.writeEndObject();
  }

  static void fee(JsonGenerator g, Fee f) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", f.code());
    g.writeStringField("basis", f.basis().name());
    decimal(g, "rate", f.rate());
    g.writeNumberField("dueDay", f.dueDay());
    g.writeEndObject();
  }

  static void remuneration(JsonGenerator g, Remuneration r, CurrencyUnit cur) throws IOException {
    g.writeStartObject();
    g.writeStringField("basis", r.basis().name());
    if (r.amount().isPresent()) {
      amount(g, "amount", r.amount().get(), cur);
    }
    if (r.percent().isPresent()) {
      g.writeStringField("percent", r.percent().get().toString());
    }
    if (!r.fees().isEmpty()) {
      g.writeArrayFieldStart("fees");
      for (String code : r.fees()) {
        g.writeString(code);
      }
      g.writeEndArray();
    }
    if (r.publicRevenueApprovedByAssembly()) {
      g.writeBooleanField("publicRevenueApprovedByAssembly", true);
    }
    g.writeEndObject();
  }

  static void approvalThresholds(JsonGenerator g, ApprovalThresholds a, CurrencyUnit cur)
      throws IOException {
    g.writeStartObject();
    amount(g, "supervisorFrom", a.supervisorFrom(), cur);
    amount(g, "committeeFrom", a.committeeFrom(), cur);
    amount(g, "assemblyFrom", a.assemblyFrom(), cur);
    g.writeNumberField("objectionDays", a.objectionDays());
    g.writeEndObject();
  }

  static void lateFee(JsonGenerator g, LateFeeTerms l, CurrencyUnit cur) throws IOException {
    g.writeStartObject();
    g.writeStringField("percent", l.percent().toString());
    g.writeNumberField("graceDays", l.graceDays());
    if (l.cap().isPresent()) {
      amount(g, "cap", l.cap().get(), cur);
    }
    g.writeEndObject();
  }

  static void serviceLevels(JsonGenerator g, ServiceLevels s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("registerMinutes", s.registerMinutes());
    g.writeNumberField("onSiteMinutes", s.onSiteMinutes());
    g.writeNumberField("smallFixHours", s.smallFixHours());
    g.writeNumberField("planHours", s.planHours());
    g.writeNumberField("followUpHours", s.followUpHours());
    g.writeEndObject();
  }

  static void handover(JsonGenerator g, Handover h) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", DateTimes.format(h.date()));
    g.writeStringField("from", h.from());
    g.writeStringField("to", h.to());
    g.writeEndObject();
  }

  static void budgetLine(JsonGenerator g, BudgetLine b, CurrencyUnit cur) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", b.year());
    g.writeStringField("line", b.line());
    amount(g, "amount", b.amount(), cur);
    g.writeEndObject();
  }

  static void entry(JsonGenerator g, Entry e, CurrencyUnit cur) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("date", DateTimes.format(e.date()));
    g.writeStringField("kind", e.kind().name());
    optional(g, "memo", e.memo());
    optional(g, "expenditure", e.expenditure());
    optional(g, "reverses", e.reverses());
    optional(g, "trustee", e.trustee());
    g.writeArrayFieldStart("lines");
    for (Line line : e.lines()) {
      line(g, line, cur);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void line(JsonGenerator g, Line l, CurrencyUnit cur) throws IOException {
    g.writeStartObject();
    g.writeStringField("account", l.account().code());
    amount(g, l.isDebit() ? "debit" : "credit", l.amount(), cur);
    optional(g, "unit", l.unit());
    if (l.period().isPresent()) {
      g.writeStringField("period", DateTimes.format(l.period().get()));
    }
    optional(g, "fee", l.fee());
    g.writeEndObject();
  }

  static void expenditure(JsonGenerator g, Expenditure x, CurrencyUnit cur) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", x.id());
    g.writeStringField("requestedBy", x.requestedBy());
    g.writeStringField("requestedOn", DateTimes.format(x.requestedOn()));
    g.writeStringField("payee", x.payee());
    amount(g, "amount", x.amount(), cur);
    g.writeStringField("category", x.category());
    g.writeStringField("budgetLine", x.budgetLine());
    g.writeStringField("description", x.description());
    if (x.fund() != Fund.OPERATING) {
      g.writeStringField("fund", x.fund().name());
    }
    optional(g, "vote", x.vote());
    g.writeArrayFieldStart("approvals");
    for (Approval a : x.approvals()) {
      approval(g, a);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void approval(JsonGenerator g, Approval a) throws IOException {
    g.writeStartObject();
    g.writeStringField("by", a.by());
    g.writeStringField("role", a.role().name());
    g.writeStringField("decision", a.decision().name());
    g.writeStringField("on", DateTimes.format(a.on()));
    g.writeEndObject();
  }

  static void vote(JsonGenerator g, Vote v) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id());
    g.writeStringField("subject", v.subject());
    g.writeStringField("tier", v.tier().name());
    g.writeStringField("heldOn", DateTimes.format(v.heldOn()));
    decimal(g, "totalAreaM2", v.totalAreaM2());
    g.writeNumberField("totalOwners", v.totalOwners());
    decimal(g, "participatingAreaM2", v.participatingAreaM2());
    g.writeNumberField("participatingOwners", v.participatingOwners());
    decimal(g, "yesAreaM2", v.yesAreaM2());
    g.writeNumberField("yesOwners", v.yesOwners());
    g.writeEndObject();
  }

  static void bankStatement(JsonGenerator g, BankStatement s, CurrencyUnit cur) throws IOException {
    g.writeStartObject();
    g.writeStringField("account", s.account().code());
    g.writeStringField("period", DateTimes.format(s.period()));
    amount(g, "closingBalance", s.closingBalance(), cur);
    g.writeArrayFieldStart("uncleared");
    for (UnclearedItem item : s.uncleared()) {
      uncleared(g, item, cur);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void uncleared(JsonGenerator g, UnclearedItem item, CurrencyUnit cur) throws IOException {
    g.writeStartObject();
    g.writeStringField("entry", item.entry());
    amount(g, "amount", item.amount(), cur);
    g.writeEndObject();
  }

  static void disclosure(JsonGenerator g, Disclosure d) throws IOException {
    g.writeStartObject();
    g.writeStringField("period", DateTimes.format(d.period()));
    g.writeStringField("publishedOn", DateTimes.format(d.publishedOn()));
    g.writeEndObject();
  }

  static void ticket(JsonGenerator g, Ticket t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("unit", t.unit());
    g.writeStringField("kind", t.kind().name());
    g.writeStringField("reportedAt", DateTimes.format(t.reportedAt()));
    instant(g, "registeredAt", t.registeredAt());
    instant(g, "onSiteAt", t.onSiteAt());
    instant(g, "resolvedAt", t.resolvedAt());
    instant(g, "planAt", t.planAt());
    instant(g, "followUpAt", t.followUpAt());
    g.writeEndObject();
  }

  /** Writes a standalone amount with its currency. */
  static void money(JsonGenerator g, Money m) throws IOException {
    g.writeStartObject();
    g.writeStringField("amount", Amounts.format(m));
    g.writeStringField("currency", m.getCurrencyUnit().getCode());
    g.writeEndObject();
  }

  private static void instant(JsonGenerator g, String name, Optional<OffsetDateTime> at)
      throws IOException {
    if (at.isPresent()) {
      g.writeStringField(name, DateTimes.format(at.get()));
    }
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void decimal(JsonGenerator g, String name, BigDecimal value) throws IOException {
    g.writeStringField(name, value.toPlainString());
  }

  private static void amount(JsonGenerator g, String name, Money value, CurrencyUnit cur)
      throws IOException {
    TrustException.check(
        value.getCurrencyUnit().equals(cur),
        "%s %s cannot be written in a book kept in %s",
        name,
        value,
        cur);
    g.writeStringField(name, Amounts.format(value));
  }
}
