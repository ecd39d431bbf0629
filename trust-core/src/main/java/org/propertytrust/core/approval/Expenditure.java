package org.propertytrust.core.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A request to spend owners' money, with the decisions taken on it: who asked, when, how much, for
 * what, against which budget line and from which fund, the vote it relies on and every approval,
 * rejection, objection and resolution, in the order recorded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Expenditure {
  /** The longest description accepted, in characters. */
  public static final int MAX_DESCRIPTION_LENGTH = 2_000;

  Expenditure() {}

  /**
   * Returns the expenditure's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the party that requested the spending (usually the trustee).
   *
   * @return the party id
   */
  public abstract String requestedBy();

  /**
   * Returns the day of the request.
   *
   * @return the date
   */
  public abstract LocalDate requestedOn();

  /**
   * Returns the party to be paid.
   *
   * @return the payee's party id
   */
  public abstract String payee();

  /**
   * Returns the amount to be spent.
   *
   * @return the amount, positive
   */
  public abstract Money amount();

  /**
   * Returns the spending category: the {@code expense:<category>} account it is paid to.
   *
   * @return the category
   */
  public abstract String category();

  /**
   * Returns the budget line it is spent against.
   *
   * @return the budget line
   */
  public abstract String budgetLine();

  /**
   * Returns what the money is for.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the fund it is paid from; {@link Fund#OPERATING} by default.
   *
   * @return the fund
   */
  @Value.Default
  public Fund fund() {
    return Fund.OPERATING;
  }

  /**
   * Returns the id of the assembly vote the spending relies on, if any.
   *
   * @return the vote id
   */
  public abstract Optional<String> vote();

  /**
   * Returns the decisions, in the order recorded.
   *
   * @return the approvals, rejections, objections and resolutions
   */
  public abstract List<Approval> approvals();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableExpenditure.Builder builder() {
    return ImmutableExpenditure.builder();
  }

  /**
   * Returns this expenditure with a decision appended to its history. This records the decision as
   * given; {@link SpendingPolicy#decide} checks that it may be recorded.
   *
   * @param approval the decision; not null
   * @return the expenditure with the decision appended
   */
  public Expenditure withDecision(Approval approval) {
    return ImmutableExpenditure.copyOf(this)
        .withApprovals(
            com.google.common.collect.ImmutableList.<Approval>builder()
                .addAll(approvals())
                .add(approval)
                .build());
  }

  @Value.Check
  void check() {
    Ids.check("expenditure id", id());
    Ids.check("expenditure " + id() + " requestedBy", requestedBy());
    Ids.check("expenditure " + id() + " payee", payee());
    Ids.check("expenditure " + id() + " category", category());
    Ids.check("expenditure " + id() + " budgetLine", budgetLine());
    vote().ifPresent(v -> Ids.check("expenditure " + id() + " vote", v));
    TrustException.check(
        amount().isPositive(), "expenditure %s amount must be positive: %s", id(), amount());
    TrustException.check(
        description().length() <= MAX_DESCRIPTION_LENGTH,
        "expenditure %s description must be at most %s characters",
        id(),
        MAX_DESCRIPTION_LENGTH);
  }
}
