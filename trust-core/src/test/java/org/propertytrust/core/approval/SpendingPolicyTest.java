package org.propertytrust.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.Journal;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;

/**
 * The spending lifecycle on maple-court's parties and contract: supervisor from 2,000.00, committee
 * from 10,000.00, assembly from 50,000.00, 3 objection days, a 2024 budget of repairs 30,000.00 and
 * cleaning 5,000.00.
 */
class SpendingPolicyTest {
  private static final TrustBook MAPLE = ExampleBooks.mapleCourt();

  /** maple-court with plenty of cash and no spending yet. */
  private static TrustBook fresh() {
    Entry opening =
        Entry.of(
            "O1",
            d("2024-03-01"),
            EntryKind.OPENING,
            List.of(
                Line.debit(Account.CASH, cny("200000.00")),
                Line.debit(Account.RESERVE_CASH, cny("100000.00")),
                Line.credit(Account.FUND_OPERATING, cny("200000.00")),
                Line.credit(Account.FUND_RESERVE, cny("100000.00"))));
    return ImmutableTrustBook.copyOf(MAPLE)
        .withEntries(opening)
        .withExpenditures(List.<Expenditure>of());
  }

  private static Expenditure request(String id, String amount) {
    return Expenditure.builder()
        .id(id)
        .requestedBy("acme")
        .requestedOn(d("2024-03-10"))
        .payee("liftco")
        .amount(cny(amount))
        .category("repairs")
        .budgetLine("repairs")
        .description("repair " + id)
        .build();
  }

  private static Approval approve(String by, Role role, String on) {
    return Approval.of(by, role, Decision.APPROVE, d(on));
  }

  private static Set<ObstacleKind> kinds(List<Obstacle> obstacles) {
    return obstacles.stream()
        .map(Obstacle::kind)
        .collect(
            java.util.stream.Collectors.toCollection(
                () -> java.util.EnumSet.noneOf(ObstacleKind.class)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1999.99, ''",
    "2000.00, SUPERVISOR",
    "2000.01, SUPERVISOR",
    "9999.99, SUPERVISOR",
    "10000.00, SUPERVISOR COMMITTEE",
    "10000.01, SUPERVISOR COMMITTEE",
    "49999.99, SUPERVISOR COMMITTEE",
    "50000.00, SUPERVISOR COMMITTEE ASSEMBLY",
    "50000.01, SUPERVISOR COMMITTEE ASSEMBLY"
  })
  void thresholdsApplyFromTheirAmountOn(String amount, String roles) {
    Set<Role> expected =
        roles.isEmpty()
            ? Set.of()
            : java.util.Arrays.stream(roles.split(" "))
                .map(Role::valueOf)
                .collect(java.util.stream.Collectors.toSet());
    assertThat(SpendingPolicy.of(fresh()).requiredApprovals(request("X", amount)))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void reserveFundSpendingAlwaysNeedsAVote() {
    Expenditure small = ImmutableExpenditure.copyOf(request("X", "10.00")).withFund(Fund.RESERVE);
    assertThat(SpendingPolicy.of(fresh()).requiredApprovals(small)).containsExactly(Role.ASSEMBLY);
    assertThat(kinds(SpendingPolicy.of(fresh()).obstacles(small, d("2024-03-20"))))
        .containsExactly(ObstacleKind.VOTE_MISSING);
  }

  @Test
  void smallSpendingBecomesPayableOnceTheObjectionWindowHasPassed() {
    SpendingPolicy policy = SpendingPolicy.of(fresh());
    Expenditure x = request("X", "1999.99");
    assertThat(policy.state(x, d("2024-03-12"))).isEqualTo(ExpenditureState.REQUESTED);
    assertThat(kinds(policy.obstacles(x, d("2024-03-12"))))
        .containsExactly(ObstacleKind.OBJECTION_WINDOW_OPEN);
    assertThat(policy.state(x, d("2024-03-13"))).isEqualTo(ExpenditureState.PAYABLE);
    // earlier with a supervisor approval
    Expenditure approved = policy.decide(x, approve("sup", Role.SUPERVISOR, "2024-03-11"));
    assertThat(policy.state(approved, d("2024-03-11"))).isEqualTo(ExpenditureState.PAYABLE);
  }

  @Test
  void theWholeLifecycleOfALargeRepair() {
    Journal journal = Journal.of(fresh());
    SpendingPolicy policy = SpendingPolicy.of(journal.book());
    Expenditure x = request("X1", "12000.00");
    assertThat(kinds(policy.obstacles(x, d("2024-03-20"))))
        .containsExactlyInAnyOrder(
            ObstacleKind.SUPERVISOR_APPROVAL_MISSING, ObstacleKind.COMMITTEE_APPROVAL_MISSING);
    x = policy.decide(x, approve("sup", Role.SUPERVISOR, "2024-03-11"));
    assertThat(policy.state(x, d("2024-03-20"))).isEqualTo(ExpenditureState.REQUESTED);
    x =
        policy.decide(
            x, Approval.of("committee", Role.COMMITTEE, Decision.REJECT, d("2024-03-12")));
    assertThat(policy.state(x, d("2024-03-20"))).isEqualTo(ExpenditureState.REJECTED);
    x = policy.decide(x, approve("committee", Role.COMMITTEE, "2024-03-14"));
    assertThat(policy.state(x, d("2024-03-13"))).isEqualTo(ExpenditureState.REJECTED);
    assertThat(policy.state(x, d("2024-03-14"))).isEqualTo(ExpenditureState.PAYABLE);
    Entry payment = policy.pay(x, d("2024-03-15"), "E1");
    assertThat(payment.kind()).isEqualTo(EntryKind.EXPENDITURE);
    assertThat(payment.expenditure()).contains("X1");
    assertThat(payment.lines())
        .containsExactly(
            Line.debit(Account.expense("repairs"), cny("12000.00")),
            Line.credit(Account.CASH, cny("12000.00")));
    journal.post(payment);
    TrustBook paidBook = ImmutableTrustBook.copyOf(journal.book()).withExpenditures(x);
    SpendingPolicy after = SpendingPolicy.of(paidBook);
    assertThat(after.state(x, d("2024-03-15"))).isEqualTo(ExpenditureState.PAID);
    assertThat(after.state(x, d("2024-03-14"))).isEqualTo(ExpenditureState.PAYABLE);
    Expenditure paid = x;
    assertThatThrownBy(
            () ->
                after.decide(
                    paid, Approval.of("sup", Role.SUPERVISOR, Decision.OBJECT, d("2024-03-16"))))
        .isInstanceOf(TrustException.class)
        .hasMessage("cannot record OBJECT by sup on expenditure X1: it is PAID");
  }

  @Test
  void payingWhatIsNotPayableNamesTheStateAndEveryObstacle() {
    SpendingPolicy policy = SpendingPolicy.of(fresh());
    Expenditure x = request("X2", "2000.00");
    assertThatThrownBy(() -> policy.pay(x, d("2024-03-11"), "E1"))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot pay expenditure X2 on 2024-03-11: it is REQUESTED; expenditure X2 (CNY 2000.00)"
                + " is at or above the supervisor threshold CNY 2000.00 and has no supervisor"
                + " approval by 2024-03-11; expenditure X2 (CNY 2000.00) was requested on 2024-03-10,"
                + " 1 days before 2024-03-11; the supervisor has 3 days to object and has not"
                + " approved");
  }

  @Test
  void objectionRaisedAndResolvedAsInMapleCourtX3() {
    SpendingPolicy policy = SpendingPolicy.of(MAPLE);
    Expenditure x3 = MAPLE.expendituresById().get("X3");
    assertThat(policy.objectionOpen(x3, d("2024-03-24"))).isPresent();
    assertThat(kinds(policy.obstacles(x3, d("2024-03-24"))))
        .containsExactly(ObstacleKind.OBJECTION_OPEN);
    assertThat(policy.objectionOpen(x3, d("2024-03-25"))).isEmpty();
    assertThat(policy.state(x3, d("2024-03-27"))).isEqualTo(ExpenditureState.PAYABLE);
    assertThat(policy.state(x3, d("2024-03-28"))).isEqualTo(ExpenditureState.PAID);
    // a resolution before the objection does not resolve it
    Expenditure early =
        ImmutableExpenditure.copyOf(x3)
            .withApprovals(
                Approval.of(
                    "committee", Role.COMMITTEE, Decision.RESOLVE_OBJECTION, d("2024-03-19")),
                Approval.of("sup", Role.SUPERVISOR, Decision.OBJECT, d("2024-03-20")));
    assertThat(SpendingPolicy.of(fresh()).objectionOpen(early, d("2024-03-28"))).isPresent();
  }

  @Test
  void mapleCourtsPaymentsHadEveryApprovalTheyNeeded() {
    SpendingPolicy policy = SpendingPolicy.of(MAPLE);
    for (Entry entry : MAPLE.entries()) {
      if (entry.kind() == EntryKind.EXPENDITURE) {
        Expenditure x = MAPLE.expendituresById().get(entry.expenditure().get());
        Money spentBefore = Money.zero(MAPLE.currency());
        assertThat(policy.obstacles(x, entry.date())).as(x.id()).isEmpty();
        assertThat(policy.obstacles(x, entry.date(), spentBefore)).as(x.id()).isEmpty();
      }
    }
  }

  @Test
  void fourEyes() {
    TrustBook related =
        ImmutableTrustBook.copyOf(fresh())
            .withParties(
                MAPLE.parties().stream()
                    .map(
                        p ->
                            p.id().equals("sup")
                                ? Party.builder()
                                    .id("sup")
                                    .role(Role.SUPERVISOR)
                                    .name("Supervisor")
                                    .addRelatedTo("acme")
                                    .build()
                                : p)
                    .toList());
    SpendingPolicy policy = SpendingPolicy.of(related);
    Expenditure x = request("X", "3000.00");
    Expenditure bySup = x.withDecision(approve("sup", Role.SUPERVISOR, "2024-03-11"));
    assertThat(kinds(policy.obstacles(bySup, d("2024-03-20"))))
        .containsExactlyInAnyOrder(
            ObstacleKind.SUPERVISOR_APPROVAL_MISSING, ObstacleKind.SELF_APPROVAL);
    assertThatThrownBy(() -> policy.decide(x, approve("sup", Role.SUPERVISOR, "2024-03-11")))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot record APPROVE by sup on expenditure X: supervisor sup is related to the"
                + " trustee acme");
    SpendingPolicy plain = SpendingPolicy.of(fresh());
    Expenditure byRequester = x.withDecision(approve("acme", Role.SUPERVISOR, "2024-03-11"));
    assertThat(kinds(plain.obstacles(byRequester, d("2024-03-20"))))
        .containsExactlyInAnyOrder(
            ObstacleKind.SUPERVISOR_APPROVAL_MISSING, ObstacleKind.SELF_APPROVAL);
    Expenditure wrongRole = x.withDecision(approve("committee", Role.SUPERVISOR, "2024-03-11"));
    assertThat(kinds(plain.obstacles(wrongRole, d("2024-03-20"))))
        .containsExactly(ObstacleKind.SUPERVISOR_APPROVAL_MISSING);
    assertThat(plain.whyNotCounted(x, approve("committee", Role.SUPERVISOR, "2024-03-11")))
        .contains("committee is a COMMITTEE, not a SUPERVISOR");
    assertThatThrownBy(
            () ->
                plain.decide(
                    x, Approval.of("committee", Role.COMMITTEE, Decision.OBJECT, d("2024-03-11"))))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot record OBJECT by committee on expenditure X: a COMMITTEE cannot OBJECT");
  }

  @Test
  void overBudgetNeedsTheCommittee() {
    Journal journal = Journal.of(fresh());
    SpendingPolicy policy = SpendingPolicy.of(journal.book());
    Expenditure first =
        policy.decide(request("X1", "25000.00"), approve("sup", Role.SUPERVISOR, "2024-03-11"));
    first = policy.decide(first, approve("committee", Role.COMMITTEE, "2024-03-11"));
    journal.post(policy.pay(first, d("2024-03-12"), "E1"));
    TrustBook book = ImmutableTrustBook.copyOf(journal.book()).withExpenditures(first);
    SpendingPolicy now = SpendingPolicy.of(book);
    assertThat(now.spentOnLine("repairs", d("2024-12-31"), "none")).isEqualTo(cny("25000.00"));
    Expenditure second =
        now.decide(request("X2", "5000.01"), approve("sup", Role.SUPERVISOR, "2024-03-11"));
    assertThat(kinds(now.obstacles(second, d("2024-03-20"))))
        .containsExactly(ObstacleKind.OVER_BUDGET);
    Expenditure exact =
        now.decide(request("X3", "5000.00"), approve("sup", Role.SUPERVISOR, "2024-03-11"));
    assertThat(now.obstacles(exact, d("2024-03-20"))).isEmpty();
    // a budget line the budget lacks counts as 0; next year's spending counts against next year
    Expenditure unbudgeted =
        ImmutableExpenditure.copyOf(request("X4", "10.00")).withBudgetLine("gardening");
    assertThat(kinds(now.obstacles(unbudgeted, d("2024-03-20"))))
        .containsExactly(ObstacleKind.OVER_BUDGET);
    // a book without a budget never finds spending over budget
    TrustBook noBudget = ImmutableTrustBook.copyOf(book).withBudget(List.<BudgetLine>of());
    assertThat(SpendingPolicy.of(noBudget).obstacles(unbudgeted, d("2024-03-20"))).isEmpty();
  }

  @Test
  void aVoteMustExistBeHeldByThePaymentAndPass() {
    SpendingPolicy policy = SpendingPolicy.of(fresh());
    Expenditure big = request("X", "60000.00");
    big = policy.decide(big, approve("sup", Role.SUPERVISOR, "2024-03-11"));
    big = policy.decide(big, approve("committee", Role.COMMITTEE, "2024-03-11"));
    assertThat(kinds(policy.obstacles(big, d("2024-03-20"))))
        .containsExactly(ObstacleKind.VOTE_MISSING);
    Expenditure ghost = ImmutableExpenditure.copyOf(big).withVote("V9");
    assertThat(policy.obstacles(ghost, d("2024-03-20")))
        .extracting(Obstacle::message)
        .containsExactly(
            "expenditure X (CNY 60000.00) is at or above the assembly threshold CNY 50000.00 and"
                + " links vote V9, which the book does not have");
    Expenditure withV1 = ImmutableExpenditure.copyOf(big).withVote("V1");
    assertThat(kinds(policy.obstacles(withV1, d("2024-03-09"))))
        .contains(ObstacleKind.VOTE_MISSING);
    assertThat(policy.obstacles(withV1, d("2024-03-20"))).isEmpty();
  }

  @Test
  void remainingIsBudgetedLessSpentAndShowsAnOverrun() {
    Journal journal = Journal.of(fresh());
    SpendingPolicy policy = SpendingPolicy.of(journal);
    // nothing spent yet: the whole 30,000.00 of repairs is left, in 2024 only
    assertThat(policy.remaining("repairs", 2024, d("2024-12-31"))).isEqualTo(cny("30000.00"));
    assertThat(policy.budgeted("repairs", 2024)).isEqualTo(cny("30000.00"));
    assertThat(policy.budgeted("repairs", 2025)).isEqualTo(cny("0.00"));
    Expenditure first = request("X1", "25000.00");
    first = policy.decide(first, approve("sup", Role.SUPERVISOR, "2024-03-11"));
    first = policy.decide(first, approve("committee", Role.COMMITTEE, "2024-03-11"));
    journal.record(first);
    journal.post(policy.pay(first, d("2024-03-12"), "E1"));
    // 6,000.00 more takes repairs 1,000.00 past its line; the committee approves the overrun
    Expenditure second = request("X2", "6000.00");
    second = policy.decide(second, approve("sup", Role.SUPERVISOR, "2024-03-11"));
    second = policy.decide(second, approve("committee", Role.COMMITTEE, "2024-03-11"));
    journal.record(second);
    journal.post(SpendingPolicy.of(journal).pay(second, d("2024-03-20"), "E2"));
    // an unbudgeted line: 10.00 spent against a budget of 0, with the committee's approval
    Expenditure garden =
        policy.decide(
            ImmutableExpenditure.copyOf(request("X3", "10.00")).withBudgetLine("gardening"),
            approve("committee", Role.COMMITTEE, "2024-03-11"));
    journal.record(garden);
    journal.post(SpendingPolicy.of(journal).pay(garden, d("2024-03-20"), "E3"));

    SpendingPolicy now = SpendingPolicy.of(journal);
    // 30,000.00 before the year or before any payment; 30,000.00 - 25,000.00 after E1
    assertThat(now.remaining("repairs", 2024, d("2023-12-31"))).isEqualTo(cny("30000.00"));
    assertThat(now.remaining("repairs", 2024, d("2024-03-11"))).isEqualTo(cny("30000.00"));
    assertThat(now.remaining("repairs", 2024, d("2024-03-12"))).isEqualTo(cny("5000.00"));
    // 5,000.00 - 6,000.00: the overrun shows as a negative remainder, also after the year ends
    assertThat(now.remaining("repairs", 2024, d("2024-03-20"))).isEqualTo(cny("-1000.00"));
    assertThat(now.remaining("repairs", 2024, d("2025-06-30"))).isEqualTo(cny("-1000.00"));
    // 2024's payments do not count against 2025, which has no line
    assertThat(now.remaining("repairs", 2025, d("2025-06-30"))).isEqualTo(cny("0.00"));
    assertThat(now.remaining("gardening", 2024, d("2024-03-20"))).isEqualTo(cny("-10.00"));
    assertThat(now.remaining("cleaning", 2024, d("2024-03-20"))).isEqualTo(cny("5000.00"));
    // a reversed payment gives its amount back to the line
    journal.post(journal.book().entries().get(2).reversal("R2", d("2024-03-21")));
    assertThat(SpendingPolicy.of(journal).remaining("repairs", 2024, d("2024-03-21")))
        .isEqualTo(cny("5000.00"));
  }

  @Test
  void reserveFundSpendingIsPaidFromReserveCash() {
    Journal journal = Journal.of(fresh());
    SpendingPolicy policy = SpendingPolicy.of(journal);
    Expenditure x =
        ImmutableExpenditure.copyOf(request("X5", "1500.00"))
            .withFund(Fund.RESERVE)
            .withVote("V1")
            .withCategory("lifts");
    Entry payment = policy.pay(x, d("2024-03-20"), "E5");
    assertThat(payment.kind()).isEqualTo(EntryKind.EXPENDITURE);
    assertThat(payment.id()).isEqualTo("E5");
    assertThat(payment.date()).isEqualTo(d("2024-03-20"));
    assertThat(payment.expenditure()).contains("X5");
    assertThat(payment.lines())
        .containsExactly(
            Line.debit(Account.expense("lifts"), cny("1500.00")),
            Line.credit(Account.RESERVE_CASH, cny("1500.00")));
    journal.post(payment);
    // 100,000.00 - 1,500.00 in the reserve; the operating account is untouched
    assertThat(journal.balances().balance(Account.RESERVE_CASH)).isEqualTo(cny("98500.00"));
    assertThat(journal.balances().balance(Account.CASH)).isEqualTo(cny("200000.00"));
    assertThat(journal.balances().balance(Account.expense("lifts"))).isEqualTo(cny("1500.00"));
    journal.record(x);
    assertThat(SpendingPolicy.of(journal).paymentsOf("X5")).containsExactly(payment);
    assertThat(SpendingPolicy.of(journal).state(x, d("2024-03-20")))
        .isEqualTo(ExpenditureState.PAID);
    // the same spending from the operating fund is paid from cash
    Expenditure operating = ImmutableExpenditure.copyOf(x).withId("X6").withFund(Fund.OPERATING);
    assertThat(policy.pay(operating, d("2024-03-20"), "E6").lines())
        .containsExactly(
            Line.debit(Account.expense("lifts"), cny("1500.00")),
            Line.credit(Account.CASH, cny("1500.00")));
  }

  /** maple-court's parties and contract with 500.00 in cash and 300.00 in the reserve. */
  private static TrustBook lowOnCash() {
    Entry opening =
        Entry.of(
            "O1",
            d("2024-03-01"),
            EntryKind.OPENING,
            List.of(
                Line.debit(Account.CASH, cny("500.00")),
                Line.debit(Account.RESERVE_CASH, cny("300.00")),
                Line.credit(Account.FUND_OPERATING, cny("500.00")),
                Line.credit(Account.FUND_RESERVE, cny("300.00"))));
    return ImmutableTrustBook.copyOf(MAPLE)
        .withEntries(opening)
        .withExpenditures(List.<Expenditure>of());
  }

  @Test
  void payingMoreThanTheFundHoldsIsRefused() {
    SpendingPolicy policy = SpendingPolicy.of(lowOnCash());
    Expenditure x = request("X7", "500.01");
    assertThat(policy.state(x, d("2024-03-13"))).isEqualTo(ExpenditureState.PAYABLE);
    assertThatThrownBy(() -> policy.pay(x, d("2024-03-13"), "E7"))
        .isInstanceOf(TrustException.class)
        .hasMessage("cannot pay expenditure X7: cash holds CNY 500.00, less than CNY 500.01");
    // exactly what the account holds may be paid
    assertThat(policy.pay(request("X8", "500.00"), d("2024-03-13"), "E8").lines())
        .contains(Line.credit(Account.CASH, cny("500.00")));
    // the reserve is judged on its own account, not on cash
    Expenditure reserve =
        ImmutableExpenditure.copyOf(request("X9", "300.01")).withFund(Fund.RESERVE).withVote("V1");
    assertThatThrownBy(() -> policy.pay(reserve, d("2024-03-13"), "E9"))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot pay expenditure X9: reserve-cash holds CNY 300.00, less than CNY 300.01");
  }

  @Test
  void anExpenditureIsPaidOnceAndPaymentsFollowTheBooksLatestDate() {
    TrustBook before = fresh();
    Expenditure x = request("X", "500.00");
    Entry paid = SpendingPolicy.of(before).pay(x, d("2024-03-20"), "E1");
    TrustBook after =
        ImmutableTrustBook.copyOf(before)
            .withEntries(before.entries().get(0), paid)
            .withExpenditures(x);
    SpendingPolicy policy = SpendingPolicy.of(after);
    assertThat(policy.state(x, d("2024-03-15"))).isEqualTo(ExpenditureState.PAYABLE);
    // neither a later nor an earlier day pays it a second time
    assertThatThrownBy(() -> policy.pay(x, d("2024-03-25"), "E2"))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot pay expenditure X on 2024-03-25: entry E1 dated 2024-03-20 already pays it");
    assertThatThrownBy(() -> policy.pay(x, d("2024-03-15"), "E2"))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot pay expenditure X on 2024-03-15: entry E1 dated 2024-03-20 already pays it");
    // another expenditure, payable on the 15th, is not paid before the book's latest entry
    Expenditure y = request("Y", "400.00");
    assertThat(policy.state(y, d("2024-03-15"))).isEqualTo(ExpenditureState.PAYABLE);
    assertThatThrownBy(() -> policy.pay(y, d("2024-03-15"), "E2"))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot pay expenditure Y on 2024-03-15, before the book's latest entry E1 dated"
                + " 2024-03-20: the fund's balance is read as it stands, so payments must be made"
                + " in date order");
    assertThat(policy.pay(y, d("2024-03-20"), "E2").lines())
        .contains(Line.credit(Account.CASH, cny("400.00")));
  }

  @Test
  void decisionsOutOfOrderOrByTheRequesterAreRefusedNamingTheAction() {
    SpendingPolicy policy = SpendingPolicy.of(fresh());
    Expenditure x = request("X", "3000.00");
    assertThatThrownBy(() -> policy.decide(x, approve("sup", Role.SUPERVISOR, "2024-03-09")))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot record APPROVE by sup on expenditure X on 2024-03-09, before it was"
                + " requested on 2024-03-10");
    Expenditure approved = policy.decide(x, approve("sup", Role.SUPERVISOR, "2024-03-12"));
    assertThatThrownBy(
            () -> policy.decide(approved, approve("committee", Role.COMMITTEE, "2024-03-11")))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot record APPROVE by committee on expenditure X on 2024-03-11, before its last"
                + " decision on 2024-03-12");
    // the same day as the last decision is fine
    assertThat(
            policy.decide(approved, approve("committee", Role.COMMITTEE, "2024-03-12")).approvals())
        .hasSize(2);
    Expenditure byCommittee = ImmutableExpenditure.copyOf(x).withRequestedBy("committee");
    assertThatThrownBy(
            () -> policy.decide(byCommittee, approve("committee", Role.COMMITTEE, "2024-03-11")))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot record APPROVE by committee on expenditure X: committee requested the"
                + " spending and cannot decide on it");
    assertThatThrownBy(
            () ->
                policy.decide(
                    byCommittee,
                    Approval.of("committee", Role.COMMITTEE, Decision.REJECT, d("2024-03-11"))))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot record REJECT by committee on expenditure X: committee requested the"
                + " spending and cannot decide on it");
  }

  /** {@link #fresh()} with a second supervisor, sup2, related to the trustee acme. */
  private static TrustBook withRelatedSupervisor() {
    TrustBook book = fresh();
    return ImmutableTrustBook.copyOf(book)
        .withParties(
            com.google.common.collect.ImmutableList.<Party>builder()
                .addAll(book.parties())
                .add(
                    Party.builder()
                        .id("sup2")
                        .role(Role.SUPERVISOR)
                        .name("Supervisor close to acme")
                        .addRelatedTo("acme")
                        .build())
                .build());
  }

  @Test
  void aRelatedSupervisorMayRejectAndObjectButNotApprove() {
    SpendingPolicy policy = SpendingPolicy.of(withRelatedSupervisor());
    Expenditure x = request("X", "3000.00");
    x = policy.decide(x, approve("sup", Role.SUPERVISOR, "2024-03-11"));
    assertThat(policy.state(x, d("2024-03-20"))).isEqualTo(ExpenditureState.PAYABLE);
    Approval rejection = Approval.of("sup2", Role.SUPERVISOR, Decision.REJECT, d("2024-03-12"));
    assertThat(policy.whyNotCounted(x, rejection)).isEmpty();
    x = policy.decide(x, rejection);
    // the related supervisor's rejection withdraws the supervisor's consent
    assertThat(policy.latestDecision(x, Role.SUPERVISOR, d("2024-03-20")))
        .contains(Decision.REJECT);
    assertThat(policy.state(x, d("2024-03-20"))).isEqualTo(ExpenditureState.REJECTED);
    // ... but its approval never counts, so it cannot undo its own rejection
    Expenditure rejected = x;
    Approval approval = approve("sup2", Role.SUPERVISOR, "2024-03-13");
    assertThat(policy.whyNotCounted(x, approval))
        .contains("supervisor sup2 is related to the trustee acme");
    assertThatThrownBy(() -> policy.decide(rejected, approval))
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "cannot record APPROVE by sup2 on expenditure X: supervisor sup2 is related to the"
                + " trustee acme");
    x = policy.decide(x, approve("sup", Role.SUPERVISOR, "2024-03-14"));
    assertThat(policy.state(x, d("2024-03-20"))).isEqualTo(ExpenditureState.PAYABLE);
    // its objection blocks payment until the committee resolves it
    x = policy.decide(x, Approval.of("sup2", Role.SUPERVISOR, Decision.OBJECT, d("2024-03-15")));
    assertThat(kinds(policy.obstacles(x, d("2024-03-20"))))
        .containsExactly(ObstacleKind.OBJECTION_OPEN);
    assertThat(policy.objectionOpen(x, d("2024-03-20")).map(Approval::by)).contains("sup2");
    x =
        policy.decide(
            x,
            Approval.of("committee", Role.COMMITTEE, Decision.RESOLVE_OBJECTION, d("2024-03-16")));
    assertThat(policy.state(x, d("2024-03-20"))).isEqualTo(ExpenditureState.PAYABLE);
  }

  @Test
  void aVoteWhoseTotalsMissPartOfTheCommunityIsInvalid() {
    // maple-court's units: 90.00 + 110.00 + 75.50 + 130.00 = 405.50 m², owners Zhang, Li, Wang,
    // Zhao; V1 counts exactly 405.50 m² and 4 owners
    SpendingPolicy policy = SpendingPolicy.of(fresh());
    Vote v1 = MAPLE.votesById().get("V1");
    assertThat(policy.totalsShort(v1)).isEmpty();
    Expenditure x =
        ImmutableExpenditure.copyOf(request("X", "1500.00")).withFund(Fund.RESERVE).withVote("V1");
    assertThat(policy.obstacles(x, d("2024-03-20"))).isEmpty();

    Vote small = ImmutableVote.copyOf(v1).withTotalAreaM2(new BigDecimal("405.49"));
    TrustBook book = ImmutableTrustBook.copyOf(fresh()).withVotes(small);
    assertThat(SpendingPolicy.of(book).obstacles(x, d("2024-03-20")))
        .extracting(Obstacle::message)
        .containsExactly(
            "vote V1 that expenditure X (CNY 1500.00) relies on fails art. 278: it counts 405.49"
                + " m² in all, less than the 405.50 m² of the book's units");
    Vote few = ImmutableVote.copyOf(v1).withTotalOwners(3);
    book = ImmutableTrustBook.copyOf(fresh()).withVotes(few);
    assertThat(SpendingPolicy.of(book).obstacles(x, d("2024-03-20")))
        .extracting(Obstacle::kind, Obstacle::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ObstacleKind.VOTE_INVALID,
                "vote V1 that expenditure X (CNY 1500.00) relies on fails art. 278: it counts 3"
                    + " owners in all, fewer than the 4 owners of the book's units"));
    // an owner of two units counts once: with U2 also Zhang's, the book has 3 owners
    List<org.propertytrust.core.party.Unit> shared =
        MAPLE.units().stream()
            .map(
                u ->
                    u.id().equals("U2")
                        ? org.propertytrust.core.party.ImmutableUnit.copyOf(u).withOwner("Zhang")
                        : u)
            .toList();
    TrustBook sharedBook = ImmutableTrustBook.copyOf(book).withUnits(shared);
    assertThat(SpendingPolicy.of(sharedBook).totalsShort(few)).isEmpty();
    assertThat(SpendingPolicy.of(sharedBook).obstacles(x, d("2024-03-20"))).isEmpty();
    // a unit that names no owner counts as one: Zhang (U1, U2), Zhao and the unnamed U3 make 3
    List<org.propertytrust.core.party.Unit> unnamed =
        shared.stream()
            .map(
                u ->
                    u.id().equals("U3")
                        ? org.propertytrust.core.party.ImmutableUnit.copyOf(u)
                            .withOwner(java.util.Optional.empty())
                        : u)
            .toList();
    SpendingPolicy unnamedPolicy =
        SpendingPolicy.of(ImmutableTrustBook.copyOf(book).withUnits(unnamed));
    assertThat(unnamedPolicy.totalsShort(few)).isEmpty();
    Vote two =
        Vote.builder()
            .id("V1")
            .subject(v1.subject())
            .tier(v1.tier())
            .heldOn(v1.heldOn())
            .totalAreaM2(v1.totalAreaM2())
            .totalOwners(2)
            .participatingAreaM2(v1.participatingAreaM2())
            .participatingOwners(2)
            .yesAreaM2(v1.yesAreaM2())
            .yesOwners(2)
            .build();
    assertThat(unnamedPolicy.totalsShort(two))
        .containsExactly("it counts 2 owners in all, fewer than the 3 owners of the book's units");
    // larger totals than the units' are not refused here (art. 278 counts against them)
    Vote large =
        ImmutableVote.copyOf(v1).withTotalAreaM2(new BigDecimal("420.00")).withTotalOwners(4);
    assertThat(policy.totalsShort(large)).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}/{2} m², {3}/{4} owners, yes {5} m² {6} owners -> {7}")
  @CsvSource({
    // exactly 2/3 participation meets the quorum; exactly 1/2 does not pass ORDINARY
    "ORDINARY, 300, 200, 3, 2, 101, 2, true",
    "ORDINARY, 300, 199.99, 3, 2, 101, 2, false",
    "ORDINARY, 300, 200, 6, 3, 101, 2, false",
    "ORDINARY, 300, 200, 3, 2, 100, 2, false",
    "ORDINARY, 300, 200, 4, 4, 100.01, 3, true",
    "ORDINARY, 300, 200, 4, 4, 150, 2, false",
    // exactly 3/4 passes SPECIAL
    "SPECIAL, 400, 400, 4, 4, 300, 3, true",
    "SPECIAL, 400, 400, 4, 4, 299.99, 3, false",
    "SPECIAL, 400, 400, 8, 8, 300, 5, false",
    "SPECIAL, 405.50, 330, 4, 3, 247.5, 3, true"
  })
  void voteBoundaries(
      VoteTier tier,
      String totalArea,
      String partArea,
      int totalOwners,
      int partOwners,
      String yesArea,
      int yesOwners,
      boolean passes) {
    Vote vote =
        Vote.builder()
            .id("V")
            .subject("s")
            .tier(tier)
            .heldOn(d("2024-03-01"))
            .totalAreaM2(new BigDecimal(totalArea))
            .participatingAreaM2(new BigDecimal(partArea))
            .totalOwners(totalOwners)
            .participatingOwners(partOwners)
            .yesAreaM2(new BigDecimal(yesArea))
            .yesOwners(yesOwners)
            .build();
    VoteResult result = VoteCheck.judge(vote);
    assertThat(result.passed()).isEqualTo(passes);
    assertThat(result.reasons().isEmpty()).isEqualTo(passes);
  }

  @Test
  void voteReasonsSayWhatFailed() {
    Vote weak =
        ImmutableVote.copyOf(MAPLE.votesById().get("V1"))
            .withParticipatingOwners(2)
            .withYesOwners(1);
    assertThat(VoteCheck.judge(weak).reasons())
        .containsExactly(
            "2 of 4 owners took part, less than 2/3",
            "1 of 2 participating owners voted yes, not more than 1/2 (ORDINARY)");
  }
}
