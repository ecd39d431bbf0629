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
}
