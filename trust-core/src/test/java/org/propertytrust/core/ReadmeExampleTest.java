package org.propertytrust.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;

/**
 * The README's first Java example ("A first look at the core API"), so that it keeps compiling and
 * saying the truth: {@link #readmeExample()} holds exactly its code, which {@link
 * #theReadmeShowsExactlyTheCodeCompiledHere()} checks against README.md, and {@link
 * #theReadmeExampleWorksAsDocumented()} checks the figures its comments give.
 */
class ReadmeExampleTest {
  private static final String BEGIN = "// README: begin";
  private static final String END = "// README: end";

  /** The README's example, statement for statement; returns its journal to check the figures. */
  @SuppressWarnings("unused")
  private static Journal readmeExample() {
    // README: begin
    CurrencyUnit cny = Amounts.CNY;
    TrustBook book =
        TrustBook.builder()
            .community(Community.of("three-units", "Three Units Garden"))
            .addParty(Party.of("acme", Role.TRUSTEE, "Acme Property Services"))
            .addParty(Party.of("sup", Role.SUPERVISOR, "Community supervisor"))
            .addUnit(Unit.of("A", "100.00"))
            .contract(
                Contract.builder()
                    .trustee("acme")
                    .supervisor("sup")
                    .start(LocalDate.of(2024, 1, 1))
                    .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.50", 15))
                    .remuneration(Remuneration.percentOfCollected(Percent.of(10), "property"))
                    .approval(
                        ApprovalThresholds.of(
                            Money.of(cny, 2000), Money.of(cny, 10000), Money.of(cny, 50000), 3))
                    .build())
            .build();

    Journal journal = Journal.of(book);
    YearMonth january = YearMonth.of(2024, 1);
    journal.post(
        Entry.of(
            "E1",
            LocalDate.of(2024, 1, 1),
            EntryKind.CHARGE,
            List.of(
                Line.receivable(Side.DEBIT, Money.of(cny, 150), "A", january, "property"),
                Line.credit(Account.income("property"), Money.of(cny, 150)))));
    journal.post(
        Entry.of(
            "E2",
            LocalDate.of(2024, 1, 10),
            EntryKind.PAYMENT,
            List.of(
                Line.debit(Account.CASH, Money.of(cny, 200)),
                Line.receivable(Side.CREDIT, Money.of(cny, 150), "A", january, "property"),
                Line.forUnit(Account.PREPAID, Side.CREDIT, Money.of(cny, 50), "A"))));

    journal.balances().cash();
    journal.balances().prepaid("A");
    journal.balances().receivable("A", january, "property");
    TrustBook now = journal.book();
    // README: end
    return journal;
  }

  @Test
  void theReadmeExampleWorksAsDocumented() {
    Journal journal = readmeExample();
    YearMonth january = YearMonth.of(2024, 1);
    // the figures the README's comments give
    assertThat(journal.balances().cash()).hasToString("CNY 200.00");
    assertThat(journal.balances().prepaid("A")).hasToString("CNY 50.00");
    assertThat(journal.balances().receivable("A", january, "property")).hasToString("CNY 0.00");
    assertThat(journal.book().entries()).hasSize(2);
  }

  @Test
  void theReadmeShowsExactlyTheCodeCompiledHere() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README.md has a Java example").isTrue();
    String shown = block.group(1);
    assertThat(shown).startsWith("CurrencyUnit cny = Amounts.CNY;");

    String source =
        Files.readString(
            Path.of("src/test/java/org/propertytrust/core/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    int from = source.indexOf(BEGIN + "\n");
    int to = source.indexOf("    " + END + "\n");
    assertThat(from).isPositive();
    assertThat(to).isGreaterThan(from);
    String compiled = source.substring(from + BEGIN.length(), to);
    // the README lays the code out by hand and comments on it; the code itself must be the same
    assertThat(code(compiled)).isEqualTo(code(shown));
  }

  /** The code without line comments and white space. */
  private static String code(String java) {
    return java.replaceAll("//[^\n]*", "").replaceAll("\\s+", "");
  }
}
