package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.joda.money.Money;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.ImmutableExpenditure;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.party.Role;

/**
 * Small, readable faulty books for the rule tests: line and entry shorthands, edits of the two
 * reference books, and assertions on what a validation reports.
 *
 * <p>Every edit returns a new book; the reference books stay clean under every rule, so a test that
 * asserts "exactly this rule" shows that the edit, and only the edit, is at fault.
 */
public final class Fixtures {
  private Fixtures() {}

  /** Returns an amount in CNY, of either sign. */
  public static Money cny(String amount) {
    return ExampleBooks.cny(amount);
  }

  /** Returns a date. */
  public static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  /** Returns a month. */
  public static YearMonth ym(String month) {
    return YearMonth.parse(month);
  }

  /** A debit line without dimensions. */
  public static Line dr(String account, String amount) {
    return Line.debit(Account.of(account), cny(amount));
  }

  /** A credit line without dimensions. */
  public static Line cr(String account, String amount) {
    return Line.credit(Account.of(account), cny(amount));
  }

  /** A receivable debit (a charge) for a unit, period and fee. */
  public static Line recvDr(String unit, String period, String fee, String amount) {
    return Line.receivable(Side.DEBIT, cny(amount), unit, ym(period), fee);
  }

  /** A receivable credit (a settlement) for a unit, period and fee. */
  public static Line recvCr(String unit, String period, String fee, String amount) {
    return Line.receivable(Side.CREDIT, cny(amount), unit, ym(period), fee);
  }

  /** A debit on a per-unit account ({@code prepaid}, {@code deposit}). */
  public static Line unitDr(String account, String unit, String amount) {
    return Line.forUnit(Account.of(account), Side.DEBIT, cny(amount), unit);
  }

  /** A credit on a per-unit account ({@code prepaid}, {@code deposit}). */
  public static Line unitCr(String account, String unit, String amount) {
    return Line.forUnit(Account.of(account), Side.CREDIT, cny(amount), unit);
  }

  /** An entry without links. */
  public static Entry entry(String id, String date, EntryKind kind, Line... lines) {
    return Entry.of(id, d(date), kind, List.of(lines));
  }

  /** An EXPENDITURE entry paying an expenditure record. */
  public static Entry pays(String id, String date, String expenditure, Line... lines) {
    return Entry.builder()
        .id(id)
        .date(d(date))
        .kind(EntryKind.EXPENDITURE)
        .expenditure(expenditure)
        .addLines(lines)
        .build();
  }

  /** An EXPENDITURE entry paying an expenditure of the operating fund from {@code cash}. */
  public static Entry paysFromCash(String id, String date, Expenditure x) {
    String amount = x.amount().getAmount().toPlainString();
    return pays(id, date, x.id(), dr("expense:" + x.category(), amount), cr("cash", amount));
  }

  /** A REVERSAL naming an entry, with the lines given. */
  public static Entry reversal(String id, String date, String reverses, Line... lines) {
    return Entry.builder()
        .id(id)
        .date(d(date))
        .kind(EntryKind.REVERSAL)
        .reverses(reverses)
        .addLines(lines)
        .build();
  }

  /** Returns the book with entries added after its own. */
  public static TrustBook append(TrustBook book, Entry... entries) {
    List<Entry> all = new ArrayList<>(book.entries());
    all.addAll(List.of(entries));
    return ImmutableTrustBook.copyOf(book).withEntries(all);
  }

  /** Returns the book with entries inserted before the entry at an index. */
  public static TrustBook insert(TrustBook book, int index, Entry... entries) {
    List<Entry> all = new ArrayList<>(book.entries());
    all.addAll(index, List.of(entries));
    return ImmutableTrustBook.copyOf(book).withEntries(all);
  }

  /** Returns the book with one entry, found by id, replaced. */
  public static TrustBook replace(TrustBook book, String id, UnaryOperator<Entry> edit) {
    List<Entry> all = new ArrayList<>();
    boolean found = false;
    for (Entry e : book.entries()) {
      if (e.id().equals(id) && !found) {
        all.add(edit.apply(e));
        found = true;
      } else {
        all.add(e);
      }
    }
    assertThat(found).as("entry %s", id).isTrue();
    return ImmutableTrustBook.copyOf(book).withEntries(all);
  }

  /** Returns the book with its contract edited. */
  public static TrustBook contract(TrustBook book, UnaryOperator<ImmutableContract> edit) {
    return ImmutableTrustBook.copyOf(book)
        .withContract(edit.apply(ImmutableContract.copyOf(book.contract())));
  }

  /** Returns the book with expenditures added after its own. */
  public static TrustBook withExpenditures(TrustBook book, Expenditure... expenditures) {
    List<Expenditure> all = new ArrayList<>(book.expenditures());
    all.addAll(List.of(expenditures));
    return ImmutableTrustBook.copyOf(book).withExpenditures(all);
  }

  /** Returns the book with votes added after its own. */
  public static TrustBook withVotes(TrustBook book, Vote... votes) {
    List<Vote> all = new ArrayList<>(book.votes());
    all.addAll(List.of(votes));
    return ImmutableTrustBook.copyOf(book).withVotes(all);
  }

  /** An expenditure requested by the trustee {@code acme}, its category the budget line. */
  public static ImmutableExpenditure.Builder expenditure(
      String id, String requestedOn, String payee, String amount, String line) {
    return Expenditure.builder()
        .id(id)
        .requestedBy("acme")
        .requestedOn(d(requestedOn))
        .payee(payee)
        .amount(cny(amount))
        .category(line)
        .budgetLine(line)
        .description("test spending " + id);
  }

  /** A decision on an expenditure. */
  public static Approval decision(String by, Role role, Decision decision, String on) {
    return Approval.of(by, role, decision, d(on));
  }

  /** The supervisor {@code sup} approves. */
  public static Approval supApproves(String on) {
    return decision("sup", Role.SUPERVISOR, Decision.APPROVE, on);
  }

  /** The committee approves. */
  public static Approval committeeApproves(String on) {
    return decision("committee", Role.COMMITTEE, Decision.APPROVE, on);
  }

  /** A vote of 4 owners and 400 m²: a passing ORDINARY vote unless edited. */
  public static org.propertytrust.core.approval.ImmutableVote vote(String id, String heldOn) {
    return Vote.builder()
        .id(id)
        .subject("spending " + id)
        .tier(VoteTier.ORDINARY)
        .heldOn(d(heldOn))
        .totalAreaM2(new java.math.BigDecimal("400.00"))
        .totalOwners(4)
        .participatingAreaM2(new java.math.BigDecimal("400.00"))
        .participatingOwners(4)
        .yesAreaM2(new java.math.BigDecimal("400.00"))
        .yesOwners(4)
        .build();
  }

  /**
   * Returns three-units set up for spending tests: thresholds supervisor 150.00, committee 250.00,
   * assembly 400.00, objection 3 days; a 2024 {@code repairs} budget of 1000.00 besides {@code
   * cleaning} 1200.00; and 1000.00 of maintenance fund opened in {@code reserve-cash} (entry OR,
   * before E1). It is clean; cash holds 576.35 at the end of February.
   */
  public static TrustBook spendingBook() {
    TrustBook book = ExampleBooks.threeUnits();
    book =
        contract(
            book,
            c ->
                c.withApproval(
                    ApprovalThresholds.of(cny("150.00"), cny("250.00"), cny("400.00"), 3)));
    List<BudgetLine> budget = new ArrayList<>(book.budget());
    budget.add(BudgetLine.of(2024, "repairs", cny("1000.00")));
    book = ImmutableTrustBook.copyOf(book).withBudget(budget);
    return insert(
        book,
        0,
        entry(
            "OR",
            "2024-01-01",
            EntryKind.OPENING,
            dr("reserve-cash", "1000.00"),
            cr("fund:reserve", "1000.00")));
  }

  /** Validates with the standard rule set. */
  public static ValidationReport validate(TrustBook book) {
    return RuleSet.standard().validate(book);
  }

  /** Validates with the standard rule set as of a date. */
  public static ValidationReport validate(TrustBook book, String asOf) {
    return RuleSet.standard().validate(book, Optional.of(d(asOf)));
  }

  /** Returns the ids of the rules a report names. */
  public static Set<String> ruleIds(ValidationReport report) {
    Set<String> out = new TreeSet<>();
    report.violations().forEach(v -> out.add(v.rule()));
    return out;
  }

  /** Asserts that the report has no violation at all, not even a warning. */
  public static void assertNothing(ValidationReport report) {
    assertThat(report.violations()).as("violations").isEmpty();
  }

  /** Asserts that the book, validated as of its latest entry, has no violation at all. */
  public static void assertNothing(TrustBook book) {
    assertNothing(validate(book));
  }

  /** Asserts that only the given rule is reported and returns its violations. */
  public static List<Violation> only(ValidationReport report, String ruleId) {
    assertThat(ruleIds(report))
        .as("rules reported: %s", report.violations())
        .containsExactly(ruleId);
    return report.of(ruleId);
  }

  /** Asserts that only the given rule is reported, exactly once, and returns the violation. */
  public static Violation single(ValidationReport report, String ruleId) {
    List<Violation> found = only(report, ruleId);
    assertThat(found).as("violations of %s", ruleId).hasSize(1);
    return found.get(0);
  }

  /** Validates the book and asserts that only the given rule is reported, exactly once. */
  public static Violation single(TrustBook book, String ruleId) {
    return single(validate(book), ruleId);
  }

  /** Validates the book and asserts that only the given rule is reported. */
  public static List<Violation> only(TrustBook book, String ruleId) {
    return only(validate(book), ruleId);
  }
}
