package org.propertytrust.rules.catalog;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.SpendingPolicy;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Contributions;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.rules.Check;
import org.propertytrust.rules.EntryContext;
import org.propertytrust.rules.FinishContext;
import org.propertytrust.rules.Refs;
import org.propertytrust.rules.Reporter;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.RunContext;
import org.propertytrust.rules.Severity;

/** The {@code trust.*} rules: ring-fencing and remuneration. */
final class TrustRules {
  private TrustRules() {}

  static List<Rule> all() {
    return List.of(
        new CatalogRule(
            "trust.commingling",
            Severity.ERROR,
            "信托资金混同",
            "Trust money goes to the trustee or a related party other than by REMUNERATION or"
                + " spending the supervisor approved (a bank credit, or a receipt, against"
                + " payable:trustee, expense:remuneration or due:<trustee>), or a PAYMENT or"
                + " PUBLIC_INCOME does not reach cash or reserve-cash.",
            Commingling::new),
        new CatalogRule(
            "trust.remuneration-exceeds-contract",
            Severity.ERROR,
            "酬金超过合同约定",
            "The net debits to expense:remuneration dated in a month exceed that month's contract"
                + " formula.",
            RemunerationExceeds::new),
        new CatalogRule(
            "trust.remuneration-on-public-revenue",
            Severity.ERROR,
            "未经业主大会同意对公共收益计提酬金",
            "The remuneration base lists public revenue without the assembly's approval.",
            run -> new OnPublicRevenue()));
  }

  /** trust.commingling. */
  private static final class Commingling implements Check {
    private final TrustBook header;
    private final SpendingPolicy policy;

    Commingling(RunContext run) {
      this.header = run.header();
      this.policy = run.spendingPolicy();
    }

    private static boolean isBank(Account account) {
      return account.is(ChartAccount.CASH) || account.is(ChartAccount.RESERVE_CASH);
    }

    private boolean isTrusteeSide(String partyId, String trustee) {
      Optional<Party> party = header.party(partyId);
      if (partyId.equals(trustee) || party.map(p -> p.isOrIsRelatedTo(trustee)).orElse(false)) {
        return true;
      }
      return header.party(trustee).map(t -> t.relatedTo().contains(partyId)).orElse(false);
    }

    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      Entry entry = c.entry();
      Refs refs = Refs.entry(entry.id());
      if (entry.kind() == EntryKind.PAYMENT || entry.kind() == EntryKind.PUBLIC_INCOME) {
        boolean banked = entry.lines().stream().anyMatch(l -> l.isDebit() && isBank(l.account()));
        if (!banked) {
          r.report(
              entry.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + " "
                  + entry.id()
                  + " does not debit cash or reserve-cash: the money never reached the trust"
                  + " account",
              refs);
          return;
        }
      }
      String trustee = entry.trustee().orElse(header.contract().trustee());
      if (entry.kind() == EntryKind.EXPENDITURE && c.expenditure().isPresent()) {
        Expenditure x = c.expenditure().get();
        if (isTrusteeSide(x.payee(), trustee)
            && policy
                .latestDecision(x, Role.SUPERVISOR, entry.date())
                .filter(d -> d == Decision.APPROVE)
                .isEmpty()) {
          r.report(
              "entry "
                  + entry.id()
                  + " pays "
                  + x.amount()
                  + " of expenditure "
                  + x.id()
                  + " to "
                  + x.payee()
                  + ", the trustee or a party related to it, without the supervisor's approval",
              refs.expenditure(x.id()).party(x.payee()));
          return;
        }
      }
      // A REMUNERATION entry may pay the trustee, and so may a reversal that reinstates one.
      boolean remuneration =
          c.ledger().effectiveKind(c.index()) == EntryKind.REMUNERATION
              && !c.ledger().isCancellation(c.index());
      if (!remuneration) {
        boolean bankCredit = false;
        Line toTrustee = null;
        for (Line line : entry.lines()) {
          if (!line.isDebit() && isBank(line.account())) {
            bankCredit = true;
          }
          if (line.isDebit()
              && (line.account().is(ChartAccount.PAYABLE_TRUSTEE)
                  || line.account().isRemuneration()
                  || (line.account().is(ChartAccount.DUE)
                      && isTrusteeSide(line.account().qualifier(), trustee)))) {
            toTrustee = line;
          }
        }
        // money leaving a bank account, or a receipt of the owners' money, is trust money
        boolean receipt =
            entry.kind() == EntryKind.PAYMENT || entry.kind() == EntryKind.PUBLIC_INCOME;
        if ((bankCredit || receipt) && toTrustee != null) {
          r.report(
              "entry "
                  + entry.id()
                  + " ("
                  + entry.kind()
                  + ") moves "
                  + toTrustee.amount()
                  + " of trust money to the trustee through "
                  + toTrustee.account()
                  + "; only a REMUNERATION entry may pay the trustee",
              refs.account(toTrustee.account().code()));
        }
      }
    }
  }

  /** trust.remuneration-exceeds-contract: keeps two sums per month. */
  private static final class RemunerationExceeds implements Check {
    private final Remuneration terms;
    private final CurrencyUnit currency;
    private final Set<String> fees;
    private final Set<String> sources;
    private final Map<YearMonth, long[]> months = new TreeMap<>();

    RemunerationExceeds(RunContext run) {
      this.terms = run.header().contract().remuneration();
      this.currency = run.header().currency();
      this.fees = new HashSet<>(terms.feeCodes());
      this.sources =
          terms.publicRevenueApprovedByAssembly() ? new HashSet<>(terms.publicSources()) : Set.of();
    }

    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      EntryKind kind = c.ledger().effectiveKind(c.index());
      boolean cancel = c.ledger().isCancellation(c.index());
      boolean collection = kind == EntryKind.PAYMENT || kind == EntryKind.PREPAYMENT_APPLIED;
      long[] month = null;
      for (Line line : c.entry().lines()) {
        long base = 0;
        long posted = 0;
        if (line.account().isRemuneration()) {
          posted = line.signedMinor();
        } else if (collection
            && line.account().equals(Account.RECEIVABLE)
            && line.fee().filter(fees::contains).isPresent()) {
          base = Contributions.of(line, cancel, Side.CREDIT);
        } else if (line.account().is(ChartAccount.PUBLIC_INCOME)
            && sources.contains(line.account().qualifier())) {
          base = Contributions.of(line, cancel, Side.CREDIT);
        }
        if (base != 0 || posted != 0) {
          if (month == null) {
            month = months.computeIfAbsent(YearMonth.from(c.entry().date()), m -> new long[2]);
          }
          month[0] += base;
          month[1] += posted;
        }
      }
    }

    @Override
    public void finish(FinishContext f, Reporter r) {
      for (Map.Entry<YearMonth, long[]> month : months.entrySet()) {
        Money posted = Money.ofMinor(currency, month.getValue()[1]);
        if (!posted.isPositive()) {
          continue;
        }
        Money due;
        String formula;
        if (terms.basis() == RemunerationBasis.FIXED_MONTHLY) {
          due = terms.amount().orElseThrow();
          formula = "the fixed monthly " + due;
        } else {
          Money base = Money.ofMinor(currency, Math.max(0, month.getValue()[0]));
          due = terms.percent().orElseThrow().of(base, RoundingMode.HALF_UP);
          formula = terms.percent().get() + "% of " + base + " collected = " + due;
        }
        if (posted.isGreaterThan(due)) {
          r.report(
              "remuneration posted for "
                  + month.getKey()
                  + " is "
                  + posted
                  + ", more than the contract allows ("
                  + formula
                  + ") by "
                  + posted.minus(due),
              Refs.none().period(month.getKey()).account(Account.EXPENSE_REMUNERATION.code()));
        }
      }
    }
  }

  /** trust.remuneration-on-public-revenue. */
  private static final class OnPublicRevenue implements Check {
    @Override
    public void finish(FinishContext f, Reporter r) {
      Remuneration terms = f.header().contract().remuneration();
      if (!terms.publicSources().isEmpty() && !terms.publicRevenueApprovedByAssembly()) {
        r.report(
            "the contract's remuneration base lists public revenue ("
                + String.join(
                    ", ", terms.fees().stream().filter(s -> s.startsWith("public:")).toList())
                + ") without publicRevenueApprovedByAssembly: public revenue belongs to the owners"
                + " and earns the trustee nothing unless the assembly approves",
            Refs.none().party(f.header().contract().trustee()));
      }
    }
  }
}
