package org.propertytrust.rules.catalog;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.Obstacle;
import org.propertytrust.core.approval.ObstacleKind;
import org.propertytrust.core.ledger.ChartAccount;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.party.Role;
import org.propertytrust.rules.Check;
import org.propertytrust.rules.EntryContext;
import org.propertytrust.rules.Refs;
import org.propertytrust.rules.Reporter;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.Severity;

/**
 * The {@code approval.*} rules and {@code vote.invalid}: each paid expenditure is judged once by
 * the spending policy, at its payment date, and each reason becomes a violation of its rule.
 */
final class ApprovalRules {
  private ApprovalRules() {}

  static List<Rule> all() {
    return List.of(
        new CatalogRule(
            "approval.unlinked-expenditure",
            Severity.ERROR,
            "支出未关联支出申请",
            "An EXPENDITURE entry names no expenditure record, differs from its amount, or is paid"
                + " from the other fund's account.",
            run -> new Unlinked()),
        obstacleRule(
            "approval.supervisor-missing",
            "缺少监察人审批",
            "Spending at or above supervisorFrom paid without a supervisor approval.",
            EnumSet.of(ObstacleKind.SUPERVISOR_APPROVAL_MISSING, ObstacleKind.REJECTED),
            Role.SUPERVISOR),
        obstacleRule(
            "approval.committee-missing",
            "缺少业委会审批",
            "Spending at or above committeeFrom paid without a committee approval.",
            EnumSet.of(ObstacleKind.COMMITTEE_APPROVAL_MISSING, ObstacleKind.REJECTED),
            Role.COMMITTEE),
        obstacleRule(
            "approval.assembly-missing",
            "缺少业主大会表决",
            "Spending at or above assemblyFrom, or any reserve-fund spending, paid with no vote"
                + " linked (or a vote id the book does not have).",
            EnumSet.of(ObstacleKind.VOTE_MISSING),
            null),
        obstacleRule(
            "approval.self-approval",
            "自我审批",
            "The requester approved the spending, or a supervisor related to the trustee did.",
            EnumSet.of(ObstacleKind.SELF_APPROVAL),
            null),
        obstacleRule(
            "approval.objection-open",
            "异议未解决即支付",
            "Paid while a supervisor objection has no committee resolution after it, or fewer than"
                + " objectionDays days after the request without a supervisor approval.",
            EnumSet.of(ObstacleKind.OBJECTION_OPEN, ObstacleKind.OBJECTION_WINDOW_OPEN),
            null),
        obstacleRule(
            "approval.over-budget",
            "超出预算",
            "Paid spending takes its budget line for the year past the line's amount without a"
                + " committee approval (never when the book has no budget).",
            EnumSet.of(ObstacleKind.OVER_BUDGET),
            null),
        new CatalogRule(
            "vote.invalid",
            Severity.ERROR,
            "表决不符合民法典第二百七十八条",
            "A vote that paid spending relies on fails art. 278: under 2/3 participation of area"
                + " or owners, or short of its tier's majority.",
            run -> new VoteInvalid()));
  }

  private static Rule obstacleRule(
      String id, String titleZh, String description, Set<ObstacleKind> kinds, Role role) {
    return new CatalogRule(
        id, Severity.ERROR, titleZh, description, run -> new FromObstacles(kinds, role));
  }

  /** A rule reporting the spending policy's obstacles of some kinds. */
  private static final class FromObstacles implements Check {
    private final Set<ObstacleKind> kinds;
    private final Optional<Role> role;

    FromObstacles(Set<ObstacleKind> kinds, Role role) {
      this.kinds = kinds;
      this.role = Optional.ofNullable(role);
    }

    @Override
    public void beforeEntry(EntryContext c, Reporter r) {
      if (c.expenditure().isEmpty()) {
        return;
      }
      for (Obstacle obstacle : c.spendingObstacles()) {
        boolean ours =
            kinds.contains(obstacle.kind())
                && (role.isEmpty()
                    || obstacle.kind() != ObstacleKind.REJECTED
                    || obstacle.role().equals(role));
        if (ours) {
          Expenditure x = c.expenditure().get();
          r.report(
              "entry "
                  + c.entry().id()
                  + " paid on "
                  + c.entry().date()
                  + ": "
                  + obstacle.message(),
              Refs.entry(c.entry().id()).expenditure(x.id()));
          return;
        }
      }
    }
  }

  /** approval.unlinked-expenditure. */
  private static final class Unlinked implements Check {
    @Override
    public void beforeEntry(EntryContext c, Reporter r) {
      Entry entry = c.entry();
      if (entry.kind() != EntryKind.EXPENDITURE) {
        return;
      }
      Refs refs = Refs.entry(entry.id());
      if (entry.expenditure().isEmpty()) {
        r.report("expenditure entry " + entry.id() + " names no expenditure record", refs);
        return;
      }
      refs.expenditure(entry.expenditure().get());
      if (c.expenditure().isEmpty()) {
        r.report(
            "entry "
                + entry.id()
                + " pays expenditure "
                + entry.expenditure().get()
                + ", which the book does not have",
            refs);
        return;
      }
      Expenditure x = c.expenditure().get();
      long expense = 0;
      Set<String> paidFrom = new HashSet<>();
      for (Line line : entry.lines()) {
        if (line.account().is(ChartAccount.EXPENSE)) {
          expense += line.signedMinor();
        } else if (!line.isDebit()) {
          paidFrom.add(line.account().code());
        }
      }
      Money paid = Money.ofMinor(x.amount().getCurrencyUnit(), expense);
      if (!paid.equals(x.amount())) {
        r.report(
            "entry "
                + entry.id()
                + " pays "
                + paid
                + " against expenditure "
                + x.id()
                + " of "
                + x.amount(),
            refs);
        return;
      }
      String expected = x.fund().bankAccount().code();
      String other =
          (x.fund() == Fund.RESERVE ? Fund.OPERATING : Fund.RESERVE).bankAccount().code();
      if (paidFrom.contains(other)) {
        r.report(
            "entry "
                + entry.id()
                + " pays expenditure "
                + x.id()
                + " from "
                + other
                + ", but it is "
                + x.fund()
                + " fund spending, paid from "
                + expected,
            refs.account(other));
      }
    }
  }

  /** vote.invalid: one violation per vote. */
  private static final class VoteInvalid implements Check {
    private final Set<String> reported = new HashSet<>();

    @Override
    public void beforeEntry(EntryContext c, Reporter r) {
      if (c.expenditure().isEmpty()) {
        return;
      }
      for (Obstacle obstacle : c.spendingObstacles()) {
        if (obstacle.kind() == ObstacleKind.VOTE_INVALID) {
          Expenditure x = c.expenditure().get();
          String vote = x.vote().orElseThrow();
          if (reported.add(vote)) {
            r.report(obstacle.message(), Refs.entry(c.entry().id()).expenditure(x.id()).vote(vote));
          }
        }
      }
    }
  }
}
