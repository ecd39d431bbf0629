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
  /**
   * maple-court without entries or expenditures, with a second supervisor, sup2, related to the
   * trustee acme: its approvals never count, its rejections and objections do.
   */
  private static final TrustBook BOOK =
      ImmutableTrustBook.copyOf(ExampleBooks.mapleCourt())
          .withEntries(List.<Entry>of())
          .withExpenditures(List.<Expenditure>of())
          .withParties(
              com.google.common.collect.ImmutableList.<Party>builder()
                  .addAll(ExampleBooks.mapleCourt().parties())
                  .add(
                      Party.builder()
                          .id("sup2")
                          .role(Role.SUPERVISOR)
                          .name("Supervisor close to acme")
                          .addRelatedTo("acme")
                          .build())
                  .build());

  private static final LocalDate REQUESTED = LocalDate.of(2024, 3, 9);
  private static final List<String> DECIDERS =
      List.of("sup", "sup2", "committee", "acme", "owners", "liftco", "ghost");

  /** Every threshold (2,000.00, 10,000.00, 50,000.00) one minor unit below, at and above. */
  private static final List<String> AMOUNTS =
      List.of(
          "1.00",
          "1999.99",
          "2000.00",
          "2000.01",
          "9999.99",
          "10000.00",
          "10000.01",
          "12345.67",
          "49999.99",
          "50000.00",
          "50000.01",
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
        String by = pick(rs, DECIDERS);
        Role any = Role.values()[(int) rs.next(Constraint.between(0, Role.values().length - 1))];
        // half the time the party decides in the role it holds, so that decisions often count
        Role role =
            rs.next(Constraint.between(0, 1)) == 0
                ? BOOK.party(by).map(Party::role).orElse(any)
                : any;
        builder.addApproval(
            Approval.of(
                by,
                role,
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
    int[] related = {0};
    qt(3000)
        .forAll(cases())
        .checkAssert(
            c -> {
              Expenditure x = c.expenditure();
              if (x.approvals().stream()
                  .anyMatch(
                      a ->
                          a.by().equals("sup2")
                              && a.role() == Role.SUPERVISOR
                              && !a.on().isAfter(c.day()))) {
                related[0]++;
              }
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
              // four eyes: no approval by the supervisor related to the trustee stands
              assertThat(x.approvals())
                  .noneMatch(
                      a ->
                          a.decision() == Decision.APPROVE
                              && a.role() == Role.SUPERVISOR
                              && !a.on().isAfter(c.day())
                              && a.by().equals("sup2"));
            });
    // the generator reaches payable spending often enough for the law to mean something
    assertThat(payable[0]).isGreaterThan(100);
    // ... and the supervisor related to the trustee decides often enough to test four eyes
    assertThat(related[0]).isGreaterThan(100);
  }

  @Test
  void aSupervisorRelatedToTheTrusteeCanHoldSpendingBackButNeverPushItThrough() {
    SpendingPolicy policy = SpendingPolicy.of(BOOK);
    qt(1000)
        .forAll(cases())
        .checkAssert(
            c -> {
              Expenditure x = c.expenditure();
              LocalDate day = c.day();
              Set<ObstacleKind> before = kinds(policy.obstacles(x, day));
              // an approval by sup2 never counts and is itself an obstacle
              Set<ObstacleKind> approved =
                  kinds(
                      policy.obstacles(
                          x.withDecision(
                              Approval.of("sup2", Role.SUPERVISOR, Decision.APPROVE, day)),
                          day));
              Set<ObstacleKind> expected = java.util.EnumSet.of(ObstacleKind.SELF_APPROVAL);
              expected.addAll(before);
              assertThat(approved).isEqualTo(expected);
              // its rejection, the latest supervisor decision, counts where a supervisor must agree
              Expenditure rejected =
                  x.withDecision(Approval.of("sup2", Role.SUPERVISOR, Decision.REJECT, day));
              assertThat(policy.latestDecision(rejected, Role.SUPERVISOR, day))
                  .contains(Decision.REJECT);
              if (!x.amount().isLessThan(Money.parse("CNY 2000.00"))) {
                assertThat(policy.state(rejected, day)).isEqualTo(ExpenditureState.REJECTED);
              }
              // its objection stays open: nothing resolves it after it on that day
              Expenditure objected =
                  x.withDecision(Approval.of("sup2", Role.SUPERVISOR, Decision.OBJECT, day));
              assertThat(kinds(policy.obstacles(objected, day)))
                  .contains(ObstacleKind.OBJECTION_OPEN);
            });
  }

  private static Set<ObstacleKind> kinds(List<Obstacle> obstacles) {
    Set<ObstacleKind> out = java.util.EnumSet.noneOf(ObstacleKind.class);
    obstacles.forEach(o -> out.add(o.kind()));
    return out;
  }

  /**
   * The oracle: the latest APPROVE/REJECT of a role on or before the day that counts. A supervisor
   * related to the trustee may reject but not approve.
   */
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
              && !(role == Role.SUPERVISOR
                  && a.decision() == Decision.APPROVE
                  && party.get().relatedTo().contains("acme"));
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
          || !(o.by().equals("sup") || o.by().equals("sup2"))) {
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
