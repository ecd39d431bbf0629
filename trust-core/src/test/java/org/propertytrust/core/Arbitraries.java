package org.propertytrust.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Amounts;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * The shared generators of the property tests: amounts, weights, accounts, lines and balanced
 * entries. Every property test of every module draws from here, so that what "a random book" means
 * is defined once.
 */
public final class Arbitraries {
  /** The seed of every property run, so that CI is repeatable; override with -Dqt.seed=N. */
  public static final long SEED = Long.getLong("qt.seed", 20240101L);

  /** The unit ids generated books use. */
  public static final List<String> UNITS = List.of("A", "B", "C", "D", "E");

  /** The fee codes generated books use. */
  public static final List<String> FEES = List.of("property", "cleaning");

  private Arbitraries() {}

  /** Returns a QuickTheories runner with the fixed seed and the given number of examples. */
  public static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }

  /** Returns a QuickTheories runner with the fixed seed and 200 examples. */
  public static QuickTheory qt() {
    return qt(200);
  }

  /** Positive minor-unit amounts, mostly small, sometimes near the ledger's limit. */
  public static Gen<Long> positiveMinor() {
    return Generate.longRange(1, 10_000_00L)
        .mix(Generate.longRange(1, 99L), 20)
        .mix(Generate.longRange(1, 99_999_999_999_999_99L), 5);
  }

  /** Positive CNY amounts. */
  public static Gen<Money> positiveMoney() {
    return positiveMinor().map(m -> Money.ofMinor(Amounts.CNY, m));
  }

  /** CNY amounts of any sign, including zero. */
  public static Gen<Money> anyMoney() {
    return Generate.longRange(-99_999_999_999_999_99L, 99_999_999_999_999_99L)
        .mix(Generate.longRange(-1000, 1000), 50)
        .map(m -> Money.ofMinor(Amounts.CNY, m));
  }

  /** A non-negative weight with up to four decimals, such as an area. */
  public static Gen<BigDecimal> weight() {
    return Generate.longRange(0, 5_000_000L)
        .mix(Generate.longRange(0, 3), 30)
        .zip(Generate.range(0, 4), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** One to forty weights, at least one positive. */
  public static Gen<List<BigDecimal>> weights() {
    Gen<List<BigDecimal>> lists =
        rs -> {
          int n = (int) rs.next(Constraint.between(1, 40));
          List<BigDecimal> out = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            out.add(weight().generate(rs));
          }
          return out;
        };
    return lists.assuming(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
  }

  /** An account of the standard chart, or now and then one outside it. */
  public static Gen<Account> account() {
    return Generate.pick(
        List.of(
            Account.CASH,
            Account.RESERVE_CASH,
            Account.RECEIVABLE,
            Account.PREPAID,
            Account.DEPOSIT,
            Account.PAYABLE_TRUSTEE,
            Account.FUND_OPERATING,
            Account.FUND_RESERVE,
            Account.income("property"),
            Account.publicIncome("parking"),
            Account.expense("repairs"),
            Account.EXPENSE_REMUNERATION,
            Account.of("suspense")));
  }

  /** A line on a random account, with the dimensions that account needs. */
  public static Gen<Line> line(Side side, long minor) {
    return rs -> lineOn(account().generate(rs), side, minor, rs);
  }

  private static Line lineOn(
      Account account, Side side, long minor, org.quicktheories.core.RandomnessSource rs) {
    Money amount = Money.ofMinor(Amounts.CNY, minor);
    String unit = Generate.pick(UNITS).generate(rs);
    if (account.equals(Account.RECEIVABLE)) {
      YearMonth period = YearMonth.of(2024, (int) rs.next(Constraint.between(1, 12)));
      return Line.receivable(side, amount, unit, period, Generate.pick(FEES).generate(rs));
    }
    if (account.equals(Account.PREPAID) || account.equals(Account.DEPOSIT)) {
      return Line.forUnit(account, side, amount, unit);
    }
    return side == Side.DEBIT ? Line.debit(account, amount) : Line.credit(account, amount);
  }

  /** A balanced entry: one to three debit lines and one to three credit lines with equal totals. */
  public static Gen<Entry> balancedEntry(String id) {
    return rs -> {
      int debits = (int) rs.next(Constraint.between(1, 3));
      int credits = (int) rs.next(Constraint.between(1, 3));
      long total = rs.next(Constraint.between(Math.max(debits, credits), 1_000_000_00L));
      List<Line> lines = new ArrayList<>();
      for (long part : splitInto(total, debits, rs)) {
        lines.add(line(Side.DEBIT, part).generate(rs));
      }
      for (long part : splitInto(total, credits, rs)) {
        lines.add(line(Side.CREDIT, part).generate(rs));
      }
      LocalDate date = LocalDate.of(2024, 1, 1).plusDays(rs.next(Constraint.between(0, 365)));
      EntryKind kind = Generate.enumValues(EntryKind.class).generate(rs);
      return Entry.of(id, date, kind, lines);
    };
  }

  /** A list of balanced entries with ids {@code G0, G1, ...}. */
  public static Gen<List<Entry>> balancedEntries(int min, int max) {
    return rs -> {
      int n = (int) rs.next(Constraint.between(min, max));
      List<Entry> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(balancedEntry("G" + i).generate(rs));
      }
      return out;
    };
  }

  /**
   * A small community simulated through the library's operations: 3 to 25 units over 2 to 14
   * months, every behaviour mix, with or without late fees, either remuneration basis and either
   * ordered allocation policy.
   */
  public static Gen<org.propertytrust.core.book.TrustBook> simulatedBook() {
    return rs -> {
      int prompt = (int) rs.next(Constraint.between(0, 100));
      int late = (int) rs.next(Constraint.between(0, 100 - prompt));
      int partial = (int) rs.next(Constraint.between(0, 100 - prompt - late));
      int prepay = (int) rs.next(Constraint.between(0, 100 - prompt - late - partial));
      return org.propertytrust.core.simulation.CommunitySimulator.simulate(
          org.propertytrust.core.simulation.SimulationProfile.builder()
              .seed(rs.next(Constraint.between(1, Long.MAX_VALUE / 2)))
              .units((int) rs.next(Constraint.between(3, 25)))
              .months((int) rs.next(Constraint.between(2, 14)))
              .promptPercent(prompt)
              .latePercent(late)
              .partialPercent(partial)
              .prepayPercent(prepay)
              .lateFees(rs.next(Constraint.between(0, 1)) == 1)
              .percentRemuneration(rs.next(Constraint.between(0, 1)) == 1)
              .allocation(
                  rs.next(Constraint.between(0, 1)) == 1
                      ? org.propertytrust.core.contract.AllocationPolicy.OLDEST_FIRST
                      : org.propertytrust.core.contract.AllocationPolicy.SAME_PERIOD_FIRST)
              .build());
    };
  }

  /** An area vote with figures near the quorum and majority boundaries, of either tier. */
  public static Gen<org.propertytrust.core.approval.Vote> vote() {
    return rs -> {
      int owners = (int) rs.next(Constraint.between(1, 30));
      int participating = (int) rs.next(Constraint.between(0, owners));
      int yes = (int) rs.next(Constraint.between(0, participating));
      long total = rs.next(Constraint.between(1, 600));
      long part = rs.next(Constraint.between(0, total));
      long yesArea = rs.next(Constraint.between(0, part));
      int scale = (int) rs.next(Constraint.between(0, 2));
      return org.propertytrust.core.approval.Vote.builder()
          .id("V")
          .subject("s")
          .tier(
              rs.next(Constraint.between(0, 1)) == 0
                  ? org.propertytrust.core.approval.VoteTier.ORDINARY
                  : org.propertytrust.core.approval.VoteTier.SPECIAL)
          .heldOn(LocalDate.of(2024, 3, 1))
          .totalAreaM2(BigDecimal.valueOf(total, scale))
          .participatingAreaM2(BigDecimal.valueOf(part, scale))
          .yesAreaM2(BigDecimal.valueOf(yesArea, scale))
          .totalOwners(owners)
          .participatingOwners(participating)
          .yesOwners(yes)
          .build();
    };
  }

  private static long[] splitInto(
      long total, int parts, org.quicktheories.core.RandomnessSource rs) {
    long[] out = new long[parts];
    long left = total;
    for (int i = 0; i < parts - 1; i++) {
      long max = left - (parts - 1 - i);
      out[i] = rs.next(Constraint.between(1, max));
      left -= out[i];
    }
    out[parts - 1] = left;
    return out;
  }
}
