package org.propertytrust.rules.catalog;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.SpendingPolicy;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.fee.RemunerationTally;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
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
        boolean banked = false;
        for (int i = 0; i < entry.lines().size() && !banked; i++) {
          Line l = entry.lines().get(i);
          banked = l.isDebit() && isBank(l.account());
        }
        if (!banked) {
          r.report(
              entry.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + " "
                  + entry.id()
                  + " of "
                  + MessageParts.credits(entry, c.ledger().currency())
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

  /**
   * trust.remuneration-exceeds-contract: feeds trust-core's remuneration formula ({@link
   * RemunerationTally}, two sums per month) and compares what was posted with what it gives.
   */
  private static final class RemunerationExceeds implements Check {
    private final Remuneration terms;
    private final Contract contract;
    private final RemunerationTally tally;

    RemunerationExceeds(RunContext run) {
      this.contract = run.header().contract();
      this.terms = contract.remuneration();
      this.tally = RemunerationTally.of(contract, run.header().currency());
    }

    @Override
    public void afterEntry(EntryContext c, Reporter r) {
      tally.add(
          c.entry(), c.ledger().effectiveKind(c.index()), c.ledger().isCancellation(c.index()));
    }

    @Override
    public void finish(FinishContext f, Reporter r) {
      for (YearMonth month : tally.months()) {
        Money posted = tally.posted(month);
        if (!posted.isPositive()) {
          continue;
        }
        Money due = tally.due(month);
        String formula;
        if (terms.basis() == RemunerationBasis.FIXED_MONTHLY) {
          formula =
              tally.isWithinTerm(month)
                  ? "the fixed monthly " + due
                  : "nothing: "
                      + month
                      + " is outside the contract's term from "
                      + contract.start()
                      + contract.end().map(e -> " to " + e).orElse("");
        } else {
          Money base = tally.base(month);
          Money counted = base.isNegative() ? Money.zero(base.getCurrencyUnit()) : base;
          formula = terms.percent().orElseThrow() + "% of " + counted + " collected = " + due;
        }
        if (posted.isGreaterThan(due)) {
          r.report(
              "remuneration posted for "
                  + month
                  + " is "
                  + posted
                  + ", more than the contract allows ("
                  + formula
                  + ") by "
                  + posted.minus(due),
              Refs.none().period(month).account(Account.EXPENSE_REMUNERATION.code()));
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
