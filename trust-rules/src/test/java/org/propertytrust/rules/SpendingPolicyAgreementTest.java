package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.rules.Fixtures.append;
import static org.propertytrust.rules.Fixtures.assertNothing;
import static org.propertytrust.rules.Fixtures.cny;
import static org.propertytrust.rules.Fixtures.committeeApproves;
import static org.propertytrust.rules.Fixtures.d;
import static org.propertytrust.rules.Fixtures.expenditure;
import static org.propertytrust.rules.Fixtures.paysFromCash;
import static org.propertytrust.rules.Fixtures.spendingBook;
import static org.propertytrust.rules.Fixtures.withExpenditures;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.SpendingPolicy;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;

/**
 * The spending policy of trust-core answers "may this be paid on that day" for applications, and
 * the approval rules answer it over a book (DESIGN.md: policy evaluated once, reported twice): for
 * a paid expenditure, at its payment date, both must give the same answer.
 */
class SpendingPolicyAgreementTest {
  /** A garden line of 100.00: X2 (60.00) paid on 03-05, then X3 (50.00, committee) on 03-06. */
  private static TrustBook twoPayments() {
    TrustBook book = spendingBook();
    List<BudgetLine> budget = new ArrayList<>(book.budget());
    budget.add(BudgetLine.of(2024, "garden", cny("100.00")));
    Expenditure x2 = expenditure("X2", "2024-03-01", "cleanco", "60.00", "garden").build();
    Expenditure x3 =
        expenditure("X3", "2024-03-01", "cleanco", "50.00", "garden")
            .addApproval(committeeApproves("2024-03-02"))
            .build();
    return append(
        withExpenditures(ImmutableTrustBook.copyOf(book).withBudget(budget), x2, x3),
        paysFromCash("F1", "2024-03-05", x2),
        paysFromCash("F2", "2024-03-06", x3));
  }

  @Test
  void theRulesFindTheFirstPaymentWithinItsBudget() {
    assertNothing(twoPayments());
  }

  @Test
  void thePolicyAgreesThatTheFirstPaymentWasWithinItsBudget() {
    TrustBook book = twoPayments();
    Expenditure x2 = book.expendituresById().get("X2");
    assertThat(SpendingPolicy.of(book).obstacles(x2, d("2024-03-05"))).isEmpty();
  }

  /**
   * The same two payments listed out of date order: F2 (X3, 50.00, dated 03-06) before F1 (X2,
   * 60.00, dated 03-05). The two readings of "spent before" differ here, as documented: the rules
   * walk the book in list order (docs/rules.md, "The budget used"), the policy counts the payments
   * dated on or before the day ({@link SpendingPolicy#spentOnLine}).
   */
  private static TrustBook twoPaymentsOutOfOrder() {
    TrustBook book = twoPayments();
    List<Entry> entries = new ArrayList<>(book.entries());
    Entry f1 = entries.get(entries.size() - 2);
    Entry f2 = entries.get(entries.size() - 1);
    assertThat(List.of(f1.id(), f2.id())).containsExactly("F1", "F2");
    entries.set(entries.size() - 2, f2);
    entries.set(entries.size() - 1, f1);
    return ImmutableTrustBook.copyOf(book).withEntries(entries);
  }

  @Test
  void outOfOrderTheRulesCountThePaymentListedEarlierThoughDatedLater() {
    // F1 comes after F2 in the list: 50.00 + 60.00 = 110.00 on the 100.00 line, and X2 has no
    // committee approval; F1 is also listed after a later date
    ValidationReport report = RuleSet.standard().validate(twoPaymentsOutOfOrder());
    assertThat(Fixtures.ruleIds(report))
        .containsExactly("approval.over-budget", "ledger.out-of-order");
    assertThat(report.of("approval.over-budget"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.refs()).containsEntry("entry", "F1").containsEntry("expenditure", "X2");
              assertThat(v.message())
                  .isEqualTo(
                      "entry F1 paid on 2024-03-05: expenditure X2 (CNY 60.00) takes budget line"
                          + " garden for 2024 to CNY 110.00, past its CNY 100.00, without a"
                          + " committee approval");
            });
  }

  @Test
  void outOfOrderThePolicyCountsOnlyThePaymentsDatedByTheDay() {
    // on 03-05 nothing else was paid on the line by date (X3 was paid on 03-06): 60.00 fits
    TrustBook book = twoPaymentsOutOfOrder();
    SpendingPolicy policy = SpendingPolicy.of(book);
    Expenditure x2 = book.expendituresById().get("X2");
    assertThat(policy.spentOnLine("garden", d("2024-03-05"), "X2")).isEqualTo(cny("0.00"));
    assertThat(policy.obstacles(x2, d("2024-03-05"))).isEmpty();
    // and for X3 on 03-06 it counts X2, paid on 03-05, though listed after it
    assertThat(policy.spentOnLine("garden", d("2024-03-06"), "X3")).isEqualTo(cny("60.00"));
  }
}
