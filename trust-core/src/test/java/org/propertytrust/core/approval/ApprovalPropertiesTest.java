package org.propertytrust.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.Arbitraries.qt;
import static org.propertytrust.core.fixtures.Arbitraries.vote;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Laws of supervised spending, checked against independent brute-force oracles. */
class ApprovalPropertiesTest {
  private static final TrustBook BOOK =
      ImmutableTrustBook.copyOf(ExampleBooks.mapleCourt())
          .withEntries(List.<Entry>of())
          .withExpenditures(List.<Expenditure>of());
  private static final LocalDate REQUESTED = LocalDate.of(2024, 3, 9);
  private static final List<String> DECIDERS =
      List.of("sup", "committee", "acme", "owners", "liftco", "ghost");
  private static final List<String> AMOUNTS =
      List.of(
          "1.00",
          "1999.99",
          "2000.00",
          "2000.01",
          "9999.99",
          "10000.00",
          "12345.67",
          "49999.99",
          "50000.00",
          "80000.00");

  /** An expenditure with a random history of decisions, and a payment day. */
  private record Case(Expenditure expenditure, LocalDate day) {}

  private static Gen<Case> cases() {
    return rs -> {
      var builder =
          Expenditure.builder()
              .id("X")
              .requestedBy("acme")
              .requestedOn(REQUESTED)
              .payee("liftco")
              .amount(Amounts.parse(pick(rs, AMOUNTS), Amounts.CNY))
              .category("repairs")
              .budgetLine("repairs")
              .description("d")
              .fund(rs.next(Constraint.between(0, 3)) == 0 ? Fund.RESERVE : Fund.OPERATING);
      long link = rs.next(Constraint.between(0, 2));
      if (link == 1) {
        builder.vote("V1");
      } else if (link == 2) {
        builder.vote("V9");
      }
      int decisions = (int) rs.next(Constraint.between(0, 7));
      for (int i = 0; i < decisions; i++) {
        builder.addApproval(
            Approval.of(
                pick(rs, DECIDERS),
                Role.values()[(int) rs.next(Constraint.between(0, Role.values().length - 1))],
                Decision.values()[
                    (int) rs.next(Constraint.between(0, Decision.values().length - 1))],
                REQUESTED.plusDays(rs.next(Constraint.between(-1, 14)))));
      }
      return new Case(builder.build(), REQUESTED.plusDays(rs.next(Constraint.between(0, 16))));
    };
  }

  private static String pick(org.quicktheories.core.RandomnessSource rs, List<String> values) {
    return values.get((int) rs.next(Constraint.between(0, values.size() - 1)));
  }

  @Test
  void noSequenceOfDecisionsMakesSpendingPayableWithoutTheRequiredApprovals() {
    SpendingPolicy policy = SpendingPolicy.of(BOOK);
    int[] payable = {0};
    qt(3000)
        .forAll(cases())
        .checkAssert(
            c -> {
              Expenditure x = c.expenditure();
              if (!policy.obstacles(x, c.day()).isEmpty()) {
                return;
              }
              payable[0]++;
              Money amount = x.amount();
              if (!amount.isLessThan(Money.parse("CNY 2000.00"))) {
                assertThat(latestCounting(x, Role.SUPERVISOR, c.day())).contains(Decision.APPROVE);
              }
              if (!amount.isLessThan(Money.parse("CNY 10000.00"))) {
                assertThat(latestCounting(x, Role.COMMITTEE, c.day())).contains(Decision.APPROVE);
              }
              if (!amount.isLessThan(Money.parse("CNY 50000.00")) || x.fund() == Fund.RESERVE) {
                Vote vote = BOOK.votesById().get(x.vote().orElse("none"));
                assertThat(vote).isNotNull();
                assertThat(vote.heldOn()).isBeforeOrEqualTo(c.day());
                assertThat(bruteForcePasses(vote)).isTrue();
              }
              assertThat(openObjection(x, c.day())).isFalse();
              if (ChronoUnit.DAYS.between(x.requestedOn(), c.day()) < 3) {
                assertThat(latestCounting(x, Role.SUPERVISOR, c.day())).contains(Decision.APPROVE);
              }
              assertThat(x.approvals())
                  .noneMatch(
                      a ->
                          a.decision() == Decision.APPROVE
                              && !a.on().isAfter(c.day())
                              && a.by().equals("acme"));
            });
    // the generator reaches payable spending often enough for the law to mean something
    assertThat(payable[0]).isGreaterThan(100);
  }

  /** The oracle: the latest APPROVE/REJECT of a role on or before the day that counts. */
  private static Optional<Decision> latestCounting(Expenditure x, Role role, LocalDate day) {
    Approval latest = null;
    for (Approval a : x.approvals()) {
      Optional<Party> party = BOOK.party(a.by());
      boolean counts =
          a.role() == role
              && (a.decision() == Decision.APPROVE || a.decision() == Decision.REJECT)
              && !a.on().isAfter(day)
              && party.isPresent()
              && party.get().role() == role
              && !a.by().equals(x.requestedBy())
              && !(role == Role.SUPERVISOR && party.get().relatedTo().contains("acme"));
      if (counts && (latest == null || !a.on().isBefore(latest.on()))) {
        latest = a;
      }
    }
    return Optional.ofNullable(latest).map(Approval::decision);
  }

  private static boolean openObjection(Expenditure x, LocalDate day) {
    List<Approval> all = x.approvals();
    for (int i = 0; i < all.size(); i++) {
      Approval o = all.get(i);
      if (o.decision() != Decision.OBJECT
          || o.role() != Role.SUPERVISOR
          || o.on().isAfter(day)
          || !o.by().equals("sup")) {
        continue;
      }
      boolean resolved = false;
      for (int j = 0; j < all.size(); j++) {
        Approval r = all.get(j);
        if (r.decision() == Decision.RESOLVE_OBJECTION
            && r.role() == Role.COMMITTEE
            && r.by().equals("committee")
            && !r.on().isAfter(day)
            && (r.on().isAfter(o.on()) || (r.on().equals(o.on()) && j > i))) {
          resolved = true;
        }
      }
      if (!resolved) {
        return true;
      }
    }
    return false;
  }

  @Test
  void randomVotesAreClassifiedExactlyAsABruteForceRationalCheckSays() {
    List<Boolean> outcomes = new ArrayList<>();
    qt(3000)
        .forAll(vote())
        .checkAssert(
            vote -> {
              VoteResult result = VoteCheck.judge(vote);
              assertThat(result.areaQuorum())
                  .isEqualTo(
                      Fraction.of(vote.participatingAreaM2(), vote.totalAreaM2())
                          .atLeast(Fraction.of(2, 3)));
              assertThat(result.ownerQuorum())
                  .isEqualTo(
                      Fraction.of(vote.participatingOwners(), vote.totalOwners())
                          .atLeast(Fraction.of(2, 3)));
              assertThat(result.passed()).isEqualTo(bruteForcePasses(vote));
              outcomes.add(result.passed());
            });
    assertThat(outcomes).contains(true, false);
  }

  private static boolean bruteForcePasses(Vote vote) {
    boolean quorum =
        Fraction.of(vote.participatingAreaM2(), vote.totalAreaM2()).atLeast(Fraction.of(2, 3))
            && Fraction.of(vote.participatingOwners(), vote.totalOwners())
                .atLeast(Fraction.of(2, 3));
    if (!quorum || vote.participatingOwners() == 0 || vote.participatingAreaM2().signum() == 0) {
      return false;
    }
    Fraction area = Fraction.of(vote.yesAreaM2(), vote.participatingAreaM2());
    Fraction owners = Fraction.of(vote.yesOwners(), vote.participatingOwners());
    if (vote.tier() == VoteTier.ORDINARY) {
      return area.above(Fraction.of(1, 2)) && owners.above(Fraction.of(1, 2));
    }
    return area.atLeast(Fraction.of(3, 4)) && owners.atLeast(Fraction.of(3, 4));
  }

  /** A reduced fraction of integers, compared by subtraction. */
  private record Fraction(BigInteger num, BigInteger den) {
    static Fraction of(long n, long d) {
      return reduce(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    static Fraction of(BigDecimal n, BigDecimal d) {
      int scale = Math.max(n.scale(), d.scale());
      return reduce(
          n.movePointRight(scale).toBigIntegerExact(), d.movePointRight(scale).toBigIntegerExact());
    }

    static Fraction reduce(BigInteger n, BigInteger d) {
      BigInteger g = n.gcd(d);
      return g.signum() == 0 ? new Fraction(n, d) : new Fraction(n.divide(g), d.divide(g));
    }

    int signOfDifference(Fraction o) {
      // n/d - o.n/o.d = (n*o.d - o.n*d) / (d*o.d), denominators positive
      return num.multiply(o.den).subtract(o.num.multiply(den)).signum();
    }

    boolean atLeast(Fraction o) {
      return signOfDifference(o) >= 0;
    }

    boolean above(Fraction o) {
      return signOfDifference(o) > 0;
    }
  }

  @Test
  void onlyTheApprovingRolesCanBeRecorded() {
    SpendingPolicy policy = SpendingPolicy.of(BOOK);
    Set<Decision> all = Set.of(Decision.values());
    for (Decision decision : all) {
      Approval bySup = Approval.of("sup", Role.SUPERVISOR, decision, REQUESTED);
      Expenditure x =
          Expenditure.builder()
              .id("X")
              .requestedBy("acme")
              .requestedOn(REQUESTED)
              .payee("liftco")
              .amount(Money.parse("CNY 5.00"))
              .category("repairs")
              .budgetLine("repairs")
              .description("d")
              .build();
      if (decision == Decision.RESOLVE_OBJECTION) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.decide(x, bySup))
            .hasMessageContaining("a SUPERVISOR cannot RESOLVE_OBJECTION");
      } else {
        assertThat(policy.decide(x, bySup).approvals()).containsExactly(bySup);
      }
    }
  }
}
