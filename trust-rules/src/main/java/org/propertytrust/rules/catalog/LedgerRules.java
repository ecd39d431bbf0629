package org.propertytrust.rules.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.LinesDigest;
import org.propertytrust.core.ledger.NegativeBalance;
import org.propertytrust.rules.Check;
import org.propertytrust.rules.EntryContext;
import org.propertytrust.rules.Refs;
import org.propertytrust.rules.Reporter;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.Severity;

/** The {@code ledger.*} rules: double entry, ids, the chart, dimensions, order and balances. */
final class LedgerRules {
  private LedgerRules() {}

  static List<Rule> all() {
    return List.of(
        new CatalogRule(
            "ledger.unbalanced",
            Severity.ERROR,
            "分录借贷不平衡",
            "An entry's debits differ from its credits, or it has fewer than two lines.",
            run -> new Unbalanced(run.header().currency())),
        new CatalogRule(
            "ledger.duplicate-id",
            Severity.ERROR,
            "分录编号重复",
            "Two entries share an id.",
            run -> new DuplicateId()),
        new CatalogRule(
            "ledger.unknown-account",
            Severity.ERROR,
            "科目不在科目表内",
            "A line uses an account outside the standard chart, or due:<party> names no party.",
            run -> new UnknownAccount()),
        new CatalogRule(
            "ledger.missing-dimension",
            Severity.ERROR,
            "缺少户号、期间或费项",
            "A receivable line lacks unit, period or fee; a prepaid or deposit line lacks its unit;"
                + " or a line names an unknown unit.",
            run -> new MissingDimension()),
        new CatalogRule(
            "ledger.out-of-order",
            Severity.WARNING,
            "分录日期顺序颠倒",
            "An entry is dated before the entry listed just before it (balances run in list"
                + " order).",
            run -> new OutOfOrder()),
        new CatalogRule(
            "ledger.negative-cash",
            Severity.ERROR,
            "资金账户透支",
            "An entry takes cash or reserve-cash below zero, or further below (no overdraft).",
            run -> new Negative(true)),
        new CatalogRule(
            "ledger.negative-subledger",
            Severity.ERROR,
            "分户余额为负",
            "A unit's prepaid or deposit goes below zero, or a unit's receivable for a period and"
                + " fee goes below zero (over-collection).",
            run -> new Negative(false)),
        new CatalogRule(
            "ledger.bad-reversal",
            Severity.ERROR,
            "冲正分录无效",
            "A REVERSAL names no earlier entry, does not mirror it exactly, or reverses it twice.",
            run -> new BadReversal()));
  }

  /** ledger.unbalanced. */
  private static final class Unbalanced implements Check {
    private final CurrencyUnit currency;

    Unbalanced(CurrencyUnit currency) {
      this.currency = currency;
    }

    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      Entry entry = c.entry();
      if (entry.lines().size() < 2) {
        r.report(
            "entry "
                + entry.id()
                + " has "
                + entry.lines().size()
                + (entry.lines().size() == 1 ? " line" : " lines")
                + "; an entry needs at least two (a debit and a credit)",
            Refs.entry(entry.id()));
        return;
      }
      try {
        long debits = entry.debitMinor();
        long credits = entry.creditMinor();
        if (debits != credits) {
          r.report(
              "entry "
                  + entry.id()
                  + " does not balance: debits "
                  + Money.ofMinor(currency, debits)
                  + ", credits "
                  + Money.ofMinor(currency, credits)
                  + " (difference "
                  + Money.ofMinor(currency, Math.abs(debits - credits))
                  + ")",
              Refs.entry(entry.id()));
        }
      } catch (ArithmeticException e) {
        r.report(
            "entry " + entry.id() + " has lines whose sum exceeds the ledger's range",
            Refs.entry(entry.id()));
      }
    }
  }

  /** ledger.duplicate-id. */
  private static final class DuplicateId implements Check {
    @Override
    public void beforeEntry(EntryContext c, Reporter r) {
      OptionalInt earlier = c.ledger().indexOf(c.entry().id());
      if (earlier.isPresent()) {
        r.report(
            "entry "
                + c.entry().id()
                + " (position "
                + (c.index() + 1)
                + ") repeats the id of the entry at position "
                + (earlier.getAsInt() + 1)
                + "; ids must be unique",
            Refs.entry(c.entry().id()));
      }
    }
  }

  /** ledger.unknown-account. */
  private static final class UnknownAccount implements Check {
    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      Set<String> unknown = new LinkedHashSet<>();
      for (Line line : c.entry().lines()) {
        Account account = line.account();
        if (!account.isStandard()) {
          unknown.add(account.code());
        } else if (account.is(ChartAccount.DUE)
            && c.header().party(account.qualifier()).isEmpty()) {
          unknown.add(account.code() + " (no party " + account.qualifier() + ")");
        }
      }
      if (!unknown.isEmpty()) {
        String first = unknown.iterator().next();
        int space = first.indexOf(' ');
        r.report(
            "entry "
                + c.entry().id()
                + " uses "
                + (unknown.size() == 1 ? "an account" : "accounts")
                + " outside the chart: "
                + String.join(", ", unknown),
            Refs.entry(c.entry().id()).account(space < 0 ? first : first.substring(0, space)));
      }
    }
  }

  /** ledger.missing-dimension. */
  private static final class MissingDimension implements Check {
    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      List<String> problems = new ArrayList<>();
      String unknownUnit = null;
      List<Line> lines = c.entry().lines();
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        Account account = line.account();
        String unit = line.unitOrNull();
        if (account.is(ChartAccount.RECEIVABLE)) {
          if (unit == null || line.periodOrNull() == null || line.feeOrNull() == null) {
            problems.add(where(i, account) + " lacks " + missing(line));
          }
        } else if ((account.is(ChartAccount.PREPAID) || account.is(ChartAccount.DEPOSIT))
            && unit == null) {
          problems.add(where(i, account) + " lacks unit");
        }
        if (unit != null && !c.header().unitsById().containsKey(unit)) {
          problems.add(
              where(i, account) + " names unit " + unit + ", which the book does not have");
          if (unknownUnit == null) {
            unknownUnit = unit;
          }
        }
      }
      if (!problems.isEmpty()) {
        Refs refs = Refs.entry(c.entry().id());
        if (unknownUnit != null) {
          refs.unit(unknownUnit);
        }
        r.report("entry " + c.entry().id() + ": " + String.join("; ", problems), refs);
      }
    }

    private static String missing(Line line) {
      List<String> missing = new ArrayList<>();
      if (line.unit().isEmpty()) {
        missing.add("unit");
      }
      if (line.period().isEmpty()) {
        missing.add("period");
      }
      if (line.fee().isEmpty()) {
        missing.add("fee");
      }
      return String.join(", ", missing);
    }

    private static String where(int index, Account account) {
      return "line " + (index + 1) + " (" + account + ")";
    }
  }

  /** ledger.out-of-order. */
  private static final class OutOfOrder implements Check {
    @Override
    public void beforeEntry(EntryContext c, Reporter r) {
      c.previousDate()
          .filter(previous -> c.entry().date().isBefore(previous))
          .ifPresent(
              previous ->
                  r.report(
                      "entry "
                          + c.entry().id()
                          + " is dated "
                          + c.entry().date()
                          + " but listed after an entry dated "
                          + previous
                          + "; balances are run in list order",
                      Refs.entry(c.entry().id())));
    }
  }

  /** ledger.negative-cash and ledger.negative-subledger. */
  private static final class Negative implements Check {
    private final boolean bank;

    Negative(boolean bank) {
      this.bank = bank;
    }

    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      List<String> problems = new ArrayList<>();
      NegativeBalance first = null;
      for (NegativeBalance n : c.newNegativeBalances()) {
        boolean isBank =
            n.account().is(ChartAccount.CASH) || n.account().is(ChartAccount.RESERVE_CASH);
        // an entry that leaves a negative balance as it was, or raises it, is not at fault
        if (isBank != bank || movement(c.entry(), n) >= 0) {
          continue;
        }
        if (first == null) {
          first = n;
        }
        problems.add(describe(n));
      }
      if (first == null) {
        return;
      }
      Refs refs = Refs.entry(c.entry().id());
      first.unit().ifPresent(refs::unit);
      first.period().ifPresent(refs::period);
      first.fee().ifPresent(refs::fee);
      refs.account(first.account().code());
      r.report("entry " + c.entry().id() + " takes " + String.join(" and ", problems), refs);
    }

    /**
     * Returns how the entry moved a balance on its normal side, in minor units: negative when it
     * took the balance down.
     */
    private static long movement(Entry entry, NegativeBalance n) {
      long debits = 0;
      for (Line line : entry.lines()) {
        if (line.account().equals(n.account())
            && (n.unit().isEmpty() || line.unit().equals(n.unit()))
            && (n.period().isEmpty() || line.period().equals(n.period()))
            && (n.fee().isEmpty() || line.fee().equals(n.fee()))) {
          try {
            debits = Math.addExact(debits, line.signedMinor());
          } catch (ArithmeticException e) {
            return -1; // beyond the ledger's range: report the balance rather than miss it
          }
        }
      }
      return n.account().isDebitNormal() ? debits : -debits;
    }

    private static String describe(NegativeBalance n) {
      if (n.account().is(ChartAccount.CASH) || n.account().is(ChartAccount.RESERVE_CASH)) {
        return n.account() + " to " + n.balance() + " (a trust account may not be overdrawn)";
      }
      if (n.account().is(ChartAccount.RECEIVABLE)) {
        return "unit "
            + n.unit().orElse("?")
            + "'s receivable for "
            + n.fee().orElse("?")
            + " "
            + n.period().map(Object::toString).orElse("?")
            + " to "
            + n.balance()
            + " (more collected than charged)";
      }
      return "unit " + n.unit().orElse("?") + "'s " + n.account() + " to " + n.balance();
    }
  }

  /**
   * ledger.bad-reversal: keeps 8 bytes of a mirror digest, under a key of its own, and the line
   * count of each entry.
   */
  private static final class BadReversal implements Check {
    /** Keys the digests, so that a book cannot be written to match a digest it should not. */
    private final long key = new java.util.SplittableRandom().nextLong();

    /** Per entry, 64 bits of its keyed mirror digest: enough, as no book can know the key. */
    private long[] mirrors = new long[1024];

    private int[] lineCounts = new int[1024];

    @Override
    public void beforeEntry(EntryContext c, Reporter r) {
      Entry entry = c.entry();
      if (entry.kind() != EntryKind.REVERSAL) {
        return;
      }
      Refs refs = Refs.entry(entry.id());
      if (entry.reverses().isEmpty()) {
        r.report("reversal " + entry.id() + " names no entry to reverse", refs);
        return;
      }
      String target = entry.reverses().get();
      OptionalInt original = c.ledger().indexOf(target);
      if (original.isEmpty()) {
        r.report(
            "reversal " + entry.id() + " reverses " + target + ", which is not an earlier entry",
            refs);
        return;
      }
      int i = original.getAsInt();
      if (!c.ledger().isStanding(i)) {
        r.report(
            "reversal "
                + entry.id()
                + " reverses "
                + target
                + " again: an earlier reversal already cancelled it",
            refs);
        return;
      }
      LinesDigest digest = LinesDigest.of(entry.lines(), key);
      if (digest.high() != mirrors[i]) {
        r.report(
            "reversal "
                + entry.id()
                + " does not mirror "
                + target
                + " exactly ("
                + MessageParts.lineCounts(entry.lines().size(), lineCounts[i])
                + "): it must have every line of "
                + target
                + " on the other side (same accounts, amounts and dimensions)",
            refs);
      }
    }

    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      int i = c.index();
      if (i >= mirrors.length) {
        mirrors = Arrays.copyOf(mirrors, Math.max(i + 1, mirrors.length + (mirrors.length >> 1)));
        lineCounts = Arrays.copyOf(lineCounts, mirrors.length);
      }
      lineCounts[i] = c.entry().lines().size();
      LinesDigest mirror = LinesDigest.mirrorOf(c.entry().lines(), key);
      mirrors[i] = mirror.high();
    }
  }
}
