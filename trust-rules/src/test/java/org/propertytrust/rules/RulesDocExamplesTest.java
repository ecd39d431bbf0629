package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.rules.Fixtures.append;
import static org.propertytrust.rules.Fixtures.cny;
import static org.propertytrust.rules.Fixtures.committeeApproves;
import static org.propertytrust.rules.Fixtures.contract;
import static org.propertytrust.rules.Fixtures.cr;
import static org.propertytrust.rules.Fixtures.d;
import static org.propertytrust.rules.Fixtures.dr;
import static org.propertytrust.rules.Fixtures.entry;
import static org.propertytrust.rules.Fixtures.expenditure;
import static org.propertytrust.rules.Fixtures.insert;
import static org.propertytrust.rules.Fixtures.pays;
import static org.propertytrust.rules.Fixtures.paysFromCash;
import static org.propertytrust.rules.Fixtures.recvCr;
import static org.propertytrust.rules.Fixtures.recvDr;
import static org.propertytrust.rules.Fixtures.reversal;
import static org.propertytrust.rules.Fixtures.ruleIds;
import static org.propertytrust.rules.Fixtures.supApproves;
import static org.propertytrust.rules.Fixtures.unitCr;
import static org.propertytrust.rules.Fixtures.vote;
import static org.propertytrust.rules.Fixtures.withExpenditures;
import static org.propertytrust.rules.Fixtures.withVotes;
import static org.propertytrust.rules.Fixtures.ym;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.ImmutableExpenditure;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.service.ImmutableTicket;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;

/**
 * Every rule's example in docs/rules.md, run: the book the example describes is built here, and the
 * message quoted after its arrow ({@code → `...`}) is read from the page and must be exactly the
 * message the rule reports, with no other rule reporting. Page and code cannot drift apart.
 */
class RulesDocExamplesTest {
  private static final TrustBook BOOK = ExampleBooks.threeUnits();
  private static final Pattern HEADING = Pattern.compile("^### `([^`]+)` — .+$");
  private static final Pattern QUOTED = Pattern.compile("→\\s+`([^`]+)`");

  /** Each rule's section of the page, by id, in page order. */
  private static Map<String, String> sections;

  @BeforeAll
  static void readThePage() throws IOException {
    sections = new LinkedHashMap<>();
    String current = null;
    StringBuilder body = new StringBuilder();
    for (String line : Files.readAllLines(RulesDocTest.rulesDoc(), StandardCharsets.UTF_8)) {
      Matcher m = HEADING.matcher(line);
      if (m.matches() || line.startsWith("## ")) {
        if (current != null) {
          sections.put(current, body.toString());
        }
        current = m.matches() ? m.group(1) : null;
        body = new StringBuilder();
      } else if (current != null) {
        body.append(line).append('\n');
      }
    }
    if (current != null) {
      sections.put(current, body.toString());
    }
  }

  /** Joins the lines the page wraps a text over: each line break and its indent is one space. */
  private static String unwrap(String text) {
    return text.replaceAll("\\s*\\n\\s*", " ");
  }

  /** Returns the message quoted after the arrow of a rule's example: there must be exactly one. */
  private static String documented(String ruleId) {
    String section = sections.get(ruleId);
    assertThat(section).as("section of %s", ruleId).isNotNull();
    String example =
        section.substring(section.indexOf("**Example:**"), section.indexOf("**Fix:**"));
    Matcher m = QUOTED.matcher(example);
    assertThat(m.find()).as("a quoted message in the example of %s", ruleId).isTrue();
    String message = unwrap(m.group(1));
    assertThat(m.find()).as("a second quoted message in the example of %s", ruleId).isFalse();
    return message;
  }

  @TestFactory
  List<DynamicTest> eachRulesExampleReportsExactlyTheMessageThePageQuotes() {
    Map<String, Supplier<TrustBook>> examples = examples();
    assertThat(examples.keySet())
        .containsExactlyElementsOf(RuleSet.standard().rules().stream().map(Rule::id).toList());
    List<DynamicTest> out = new ArrayList<>();
    examples.forEach(
        (id, book) ->
            out.add(
                DynamicTest.dynamicTest(
                    id,
                    () -> {
                      ValidationReport report = RuleSet.standard().validate(book.get());
                      assertThat(ruleIds(report)).as("%s", report.violations()).containsExactly(id);
                      assertThat(report.of(id))
                          .extracting(Violation::message)
                          .contains(documented(id));
                    })));
    return out;
  }

  @Test
  void theLateFeeExampleDatedADayEarlierAlsoComesBeforeItsGraceDaysEnd() {
    Matcher m =
        Pattern.compile("would also come \"([^\"]+)\"")
            .matcher(unwrap(sections.get("fee.late-fee")));
    assertThat(m.find()).isTrue();
    ValidationReport report = RuleSet.standard().validate(lateFee("2024-03-05"));
    assertThat(report.of("fee.late-fee"))
        .singleElement()
        .extracting(Violation::message)
        .asString()
        .contains(documented("fee.late-fee").replaceFirst("^late fee F1: ", ""))
        .contains(") comes " + m.group(1));
  }

  @Test
  void theJsonReportShowsTheSupervisorExamplesMessage() throws IOException {
    String page = Files.readString(RulesDocTest.rulesDoc(), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\"message\": \"([^\"]+)\"").matcher(page);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo(documented("approval.supervisor-missing"));
  }

  @Test
  void theYearsParagraphQuotesTheMessageOfAnAsOfDateBeyondThem() throws IOException {
    String page = unwrap(Files.readString(RulesDocTest.rulesDoc(), StandardCharsets.UTF_8));
    Matcher m = Pattern.compile("`(the as-of date (\\S+) lies outside [^`]+)`").matcher(page);
    assertThat(m.find()).isTrue();
    LocalDate asOf = LocalDate.parse(m.group(2));
    assertThatThrownBy(() -> RuleSet.standard().validate(BOOK, Optional.of(asOf)))
        .isInstanceOf(TrustException.class)
        .hasMessage(m.group(1));
  }

  /** The book of each rule's example, in catalog order. */
  private static Map<String, Supplier<TrustBook>> examples() {
    Map<String, Supplier<TrustBook>> out = new LinkedHashMap<>();
    out.put(
        "ledger.unbalanced",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-05",
                    EntryKind.PUBLIC_INCOME,
                    dr("cash", "100.00"),
                    cr("income:public:parking", "99.99"))));
    out.put(
        "ledger.duplicate-id",
        () ->
            append(
                BOOK,
                entry(
                    "E2",
                    "2024-03-05",
                    EntryKind.PUBLIC_INCOME,
                    dr("cash", "10.00"),
                    cr("income:public:parking", "10.00"))));
    out.put(
        "ledger.unknown-account",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-05",
                    EntryKind.TRANSFER,
                    dr("due:ghost", "10.00"),
                    cr("cash", "10.00"))));
    out.put(
        "ledger.missing-dimension",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-05",
                    EntryKind.PAYMENT,
                    dr("cash", "100.00"),
                    cr("prepaid", "100.00"))));
    out.put(
        "ledger.out-of-order",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-05",
                    EntryKind.TRANSFER,
                    dr("fund:operating", "10.00"),
                    cr("fund:reserve", "10.00")),
                entry(
                    "F2",
                    "2024-03-04",
                    EntryKind.TRANSFER,
                    dr("fund:operating", "10.00"),
                    cr("fund:reserve", "10.00"))));
    out.put(
        "ledger.negative-cash",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-05",
                    EntryKind.TRANSFER,
                    dr("reserve-cash", "576.36"),
                    cr("cash", "576.36"))));
    out.put(
        "ledger.negative-subledger",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-05",
                    EntryKind.PAYMENT,
                    dr("cash", "150.01"),
                    recvCr("A", "2024-02", "property", "150.01"))));
    out.put(
        "ledger.bad-reversal",
        () ->
            append(
                BOOK,
                reversal(
                    "R1",
                    "2024-03-05",
                    "E2",
                    recvDr("A", "2024-01", "property", "149.99"),
                    cr("cash", "149.99"))));
    out.put(
        "fee.rate-mismatch",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-01",
                    EntryKind.CHARGE,
                    recvDr("A", "2024-03", "property", "149.99"),
                    cr("income:property", "149.99"))));
    out.put(
        "fee.duplicate-charge",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-01",
                    EntryKind.CHARGE,
                    recvDr("A", "2024-02", "property", "150.00"),
                    cr("income:property", "150.00"))));
    out.put(
        "fee.allocation-order",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-01",
                    EntryKind.CHARGE,
                    recvDr("A", "2024-03", "property", "150.00"),
                    recvDr("B", "2024-03", "property", "120.00"),
                    recvDr("C", "2024-03", "property", "180.75"),
                    cr("income:property", "450.75")),
                entry(
                    "F2",
                    "2024-03-10",
                    EntryKind.PAYMENT,
                    dr("cash", "150.00"),
                    recvCr("A", "2024-03", "property", "150.00"))));
    out.put("fee.late-fee", () -> lateFee("2024-03-06"));
    out.put(
        "trust.commingling",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-10",
                    EntryKind.PAYMENT,
                    dr("due:acme", "150.00"),
                    recvCr("A", "2024-02", "property", "150.00"))));
    out.put(
        "trust.remuneration-exceeds-contract",
        () ->
            append(
                BOOK,
                entry(
                    "F1",
                    "2024-03-10",
                    EntryKind.PAYMENT,
                    dr("cash", "150.00"),
                    recvCr("A", "2024-02", "property", "150.00")),
                entry(
                    "F2",
                    "2024-03-31",
                    EntryKind.REMUNERATION,
                    dr("expense:remuneration", "15.01"),
                    cr("cash", "15.01"))));
    out.put(
        "trust.remuneration-on-public-revenue",
        () ->
            contract(
                BOOK,
                c ->
                    c.withRemuneration(
                        Remuneration.percentOfCollected(
                            Percent.of(10), "property", "public:parking"))));
    out.put(
        "approval.unlinked-expenditure",
        () -> {
          Expenditure x2 = expenditure("X2", "2024-03-01", "cleanco", "100.00", "repairs").build();
          return spent(
              x2,
              pays(
                  "F1",
                  "2024-03-05",
                  "X2",
                  dr("expense:repairs", "100.00"),
                  cr("reserve-cash", "100.00")));
        });
    out.put(
        "approval.supervisor-missing",
        () -> paidFromCash(expenditure("X2", "2024-03-01", "cleanco", "2000.00", "repairs")));
    out.put(
        "approval.committee-missing",
        () ->
            paidFromCash(
                expenditure("X2", "2024-03-01", "cleanco", "10000.00", "repairs")
                    .addApproval(supApproves("2024-03-02"))));
    out.put(
        "approval.assembly-missing",
        () -> {
          Expenditure x2 =
              expenditure("X2", "2024-03-01", "cleanco", "50.00", "repairs")
                  .fund(Fund.RESERVE)
                  .build();
          return spent(
              x2,
              pays(
                  "F1",
                  "2024-03-05",
                  "X2",
                  dr("expense:repairs", "50.00"),
                  cr("reserve-cash", "50.00")));
        });
    out.put(
        "approval.self-approval",
        () ->
            paidFromCash(
                ImmutableExpenditure.copyOf(
                        expenditure("X2", "2024-03-01", "cleanco", "50.00", "repairs")
                            .addApproval(committeeApproves("2024-03-02"))
                            .build())
                    .withRequestedBy("committee")));
    out.put(
        "approval.objection-open",
        () -> paidFromCash(expenditure("X2", "2024-03-03", "cleanco", "50.00", "repairs")));
    out.put(
        "approval.over-budget",
        () -> {
          Expenditure x2 = expenditure("X2", "2024-03-01", "cleanco", "100.01", "garden").build();
          TrustBook book = spending();
          List<BudgetLine> budget = new ArrayList<>(book.budget());
          budget.add(BudgetLine.of(2024, "garden", cny("100.00")));
          return append(
              withExpenditures(ImmutableTrustBook.copyOf(book).withBudget(budget), x2),
              paysFromCash("F1", "2024-03-05", x2));
        });
    out.put(
        "vote.invalid",
        () -> {
          Expenditure x2 =
              expenditure("X2", "2024-03-01", "cleanco", "50000.00", "repairs")
                  .addApproval(supApproves("2024-03-02"))
                  .addApproval(committeeApproves("2024-03-02"))
                  .vote("V1")
                  .build();
          return append(
              withVotes(
                  withExpenditures(spending(), x2),
                  vote("V1", "2024-03-03")
                      .withYesAreaM2(new BigDecimal("266.66"))
                      .withParticipatingAreaM2(new BigDecimal("266.66"))),
              paysFromCash("F1", "2024-03-05", x2));
        });
    out.put(
        "recon.bank-mismatch",
        () -> {
          List<BankStatement> statements = new ArrayList<>(BOOK.bankStatements());
          statements.set(
              1,
              BankStatement.builder()
                  .account(Account.CASH)
                  .period(ym("2024-02"))
                  .closingBalance(cny("576.36"))
                  .build());
          assertThat(BOOK.bankStatements().get(1).period()).isEqualTo(ym("2024-02"));
          return ImmutableTrustBook.copyOf(BOOK).withBankStatements(statements);
        });
    out.put(
        "disclosure.missing",
        () ->
            ImmutableTrustBook.copyOf(BOOK)
                .withDisclosures(Disclosure.of(ym("2024-02"), d("2024-03-06"))));
    out.put(
        "disclosure.late",
        () ->
            ImmutableTrustBook.copyOf(BOOK)
                .withDisclosures(
                    Disclosure.of(ym("2024-01"), d("2024-02-11")),
                    Disclosure.of(ym("2024-02"), d("2024-03-06"))));
    out.put(
        "handover.incomplete",
        () -> {
          List<Party> parties = new ArrayList<>(BOOK.parties());
          parties.add(Party.of("oldco", Role.TRUSTEE, "Old Property Co."));
          TrustBook handedOver =
              ImmutableTrustBook.copyOf(BOOK)
                  .withParties(parties)
                  .withHandovers(Handover.of(d("2024-02-01"), "oldco", "acme"));
          // after E7, the last entry of 2024-02-01
          return append(
              insert(
                  handedOver,
                  7,
                  entry(
                      "H1",
                      "2024-02-01",
                      EntryKind.HANDOVER,
                      dr("due:oldco", "100.00"),
                      unitCr("prepaid", "A", "100.00"))),
              entry(
                  "H2",
                  "2024-03-03",
                  EntryKind.HANDOVER,
                  dr("cash", "100.00"),
                  cr("due:oldco", "100.00")));
        });
    out.put(
        "service.sla-breach",
        () ->
            ImmutableTrustBook.copyOf(BOOK)
                .withTickets(
                    ImmutableTicket.copyOf(BOOK.tickets().get(0))
                        .withRegisteredAt(OffsetDateTime.parse("2024-02-03T09:05:01+08:00"))));
    return out;
  }

  /** The late-fee example: 5% after 20 grace days, capped at 50.00, and 7.51 charged on a date. */
  private static TrustBook lateFee(String date) {
    return append(
        contract(BOOK, c -> c.withLateFee(LateFeeTerms.of(Percent.of(5), 20, cny("50.00")))),
        entry(
            "F1",
            date,
            EntryKind.LATE_FEE,
            recvDr("A", "2024-02", "late-fee", "7.51"),
            cr("income:late-fee", "7.51")));
  }

  /**
   * Three-units with what the spending examples assume: 100,000.00 more in {@code cash} (opened on
   * 2024-03-01, after the months the bank statements cover) and in {@code reserve-cash}, and a 2024
   * {@code repairs} budget line of 1,000,000.00.
   */
  private static TrustBook spending() {
    List<BudgetLine> budget = new ArrayList<>(BOOK.budget());
    budget.add(BudgetLine.of(2024, "repairs", cny("1000000.00")));
    TrustBook book =
        insert(
            ImmutableTrustBook.copyOf(BOOK).withBudget(budget),
            0,
            entry(
                "OR",
                "2024-01-01",
                EntryKind.OPENING,
                dr("reserve-cash", "100000.00"),
                cr("fund:reserve", "100000.00")));
    return append(
        book,
        entry(
            "OC",
            "2024-03-01",
            EntryKind.OPENING,
            dr("cash", "100000.00"),
            cr("fund:operating", "100000.00")));
  }

  private static TrustBook spent(Expenditure x, Entry payment) {
    return append(withExpenditures(spending(), x), payment);
  }

  private static TrustBook paidFromCash(ImmutableExpenditure.Builder x) {
    return paidFromCash(x.build());
  }

  private static TrustBook paidFromCash(Expenditure x) {
    return spent(x, paysFromCash("F1", "2024-03-05", x));
  }
}
