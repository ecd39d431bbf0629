package org.propertytrust.core.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.BookState;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;

/**
 * Spending under supervision (DOMAIN.md §2, §4, §6): which approvals spending needs, whether it may
 * be paid on a day and every reason it may not, its state, and the entry that pays it.
 *
 * <p>Required approvals come from the contract: at or above {@code supervisorFrom} the supervisor,
 * at or above {@code committeeFrom} the committee, at or above {@code assemblyFrom} — and for every
 * reserve-fund spending — a passed assembly vote held by the day. For each role the latest counting
 * decision on or before the day decides: APPROVE counts, a later REJECT withdraws it. An approval
 * counts only from a party that holds the role it approves in, never from the requester, and never
 * from a supervisor who is, or is related to, the trustee (four eyes). That bar is on approving
 * only: a related supervisor's REJECT and OBJECT are recorded and count, since they can only hold
 * spending back, and the committee can resolve the objection as any other. A supervisor objection,
 * raised at any time before payment, blocks payment until the committee resolves it. Spending paid
 * fewer than {@code objectionDays} days after the request needs a supervisor approval. Spending
 * that takes its budget line past the line's amount for the payment's year needs a committee
 * approval (never, when the book has no budget); {@link #remaining} tells what is left of a line.
 *
 * <p>A vote is valid only if it meets art. 278 ({@link VoteCheck}) and counts every owner: its
 * {@code totalAreaM2} must be at least the book's units' total area, and its {@code totalOwners} at
 * least the book's owners, counted as the distinct {@code owner} names of the units with each unit
 * that names no owner counting as one (one unit one owner, except that an owner of several units
 * counts once). A vote that states smaller totals would measure its quorum against only part of the
 * community.
 *
 * <p>The questions return reasons, never throw; {@code trust-rules} turns the same reasons into
 * violations. Only the actions ({@link #decide}, {@link #pay}) throw, on misuse.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpendingPolicy {
  private final BookState book;
  private final Map<String, List<Entry>> payments = new HashMap<>();
  private final BigDecimal unitArea;
  private final int owners;

  private SpendingPolicy(BookState book) {
    this.book = book;
    BigDecimal area = BigDecimal.ZERO;
    Set<String> named = new HashSet<>();
    int unnamed = 0;
    for (Unit unit : book.units()) {
      area = area.add(unit.areaM2());
      if (unit.owner().isPresent()) {
        named.add(unit.owner().get());
      } else {
        unnamed++;
      }
    }
    this.unitArea = area;
    this.owners = named.size() + unnamed;
    LedgerView ledger = book.ledger();
    List<Entry> entries = book.entries();
    // an expenditure counts as paid by an EXPENDITURE entry that no standing reversal cancels
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.kind() == EntryKind.EXPENDITURE
          && entry.expenditure().isPresent()
          && ledger.isStanding(i)) {
        payments.computeIfAbsent(entry.expenditure().get(), k -> new ArrayList<>()).add(entry);
      }
    }
  }

  /**
   * Returns the policy of a book: its contract, parties, votes, budget and payments.
   *
   * @param book the book; not null
   * @return the policy
   */
  public static SpendingPolicy of(BookState book) {
    return new SpendingPolicy(book);
  }

  /**
   * Returns the roles whose consent the spending needs: {@link Role#SUPERVISOR}, {@link
   * Role#COMMITTEE} and {@link Role#ASSEMBLY} (a passed vote), by amount and fund.
   *
   * @param expenditure the expenditure; not null
   * @return the roles, possibly none
   */
  public Set<Role> requiredApprovals(Expenditure expenditure) {
    ApprovalThresholds thresholds = book.contract().approval();
    Money amount = expenditure.amount();
    Set<Role> out = EnumSet.noneOf(Role.class);
    if (!amount.isLessThan(thresholds.supervisorFrom())) {
      out.add(Role.SUPERVISOR);
    }
    if (!amount.isLessThan(thresholds.committeeFrom())) {
      out.add(Role.COMMITTEE);
    }
    if (!amount.isLessThan(thresholds.assemblyFrom()) || expenditure.fund() == Fund.RESERVE) {
      out.add(Role.ASSEMBLY);
    }
    return out;
  }

  /**
   * Tells why a decision does not count, if it does not: its party is unknown or does not hold the
   * role, it is the requester, or it is an APPROVE by a supervisor who is, or is related to, the
   * trustee. A related supervisor's REJECT and OBJECT count (DOMAIN.md bars such a supervisor from
   * approving only).
   *
   * @param expenditure the expenditure; not null
   * @param approval one of its decisions; not null
   * @return the reason, or empty if the decision counts
   */
  public Optional<String> whyNotCounted(Expenditure expenditure, Approval approval) {
    Optional<Party> party = book.party(approval.by());
    if (party.isEmpty()) {
      return Optional.of(approval.by() + " is not a party of the book");
    }
    if (party.get().role() != approval.role()) {
      return Optional.of(
          approval.by() + " is a " + party.get().role() + ", not a " + approval.role());
    }
    if (approval.by().equals(expenditure.requestedBy())) {
      return Optional.of(approval.by() + " requested the spending and cannot decide on it");
    }
    if (approval.decision() == Decision.APPROVE
        && approval.role() == Role.SUPERVISOR
        && isRelatedToTrustee(party.get())) {
      return Optional.of(
          "supervisor "
              + approval.by()
              + " is related to the trustee "
              + book.contract().trustee());
    }
    return Optional.empty();
  }

  private boolean isRelatedToTrustee(Party supervisor) {
    String trustee = book.contract().trustee();
    if (supervisor.isOrIsRelatedTo(trustee)) {
      return true;
    }
    return book.party(trustee).map(t -> t.relatedTo().contains(supervisor.id())).orElse(false);
  }

  /**
   * Returns a role's latest counting decision (APPROVE or REJECT) on or before a day; among
   * decisions of one day the one recorded last wins.
   *
   * @param expenditure the expenditure; not null
   * @param role the role; not null
   * @param day the day; not null
   * @return the decision, or empty if the role has not decided
   */
  public Optional<Decision> latestDecision(Expenditure expenditure, Role role, LocalDate day) {
    Approval latest = null;
    for (Approval approval : expenditure.approvals()) {
      if (approval.role() != role
          || approval.on().isAfter(day)
          || (approval.decision() != Decision.APPROVE && approval.decision() != Decision.REJECT)
          || whyNotCounted(expenditure, approval).isPresent()) {
        continue;
      }
      if (latest == null || !approval.on().isBefore(latest.on())) {
        latest = approval;
      }
    }
    return latest == null ? Optional.empty() : Optional.of(latest.decision());
  }

  private boolean approved(Expenditure expenditure, Role role, LocalDate day) {
    return latestDecision(expenditure, role, day).filter(d -> d == Decision.APPROVE).isPresent();
  }

  /**
   * Returns the amount already spent against a budget line in a day's year: the expenditures on
   * that line paid by entries dated in that year on or before the day, other than the given one.
   *
   * @param line the budget line; not null
   * @param day the day; not null
   * @param except the id of an expenditure to leave out; not null
   * @return the amount spent
   */
  public Money spentOnLine(String line, LocalDate day, String except) {
    return spent(line, day.getYear(), day, except);
  }

  private Money spent(String line, int year, LocalDate asOf, String except) {
    Money total = Money.zero(book.currency());
    for (Map.Entry<String, List<Entry>> paid : payments.entrySet()) {
      Expenditure x = book.expendituresById().get(paid.getKey());
      if (x == null || x.id().equals(except) || !x.budgetLine().equals(line)) {
        continue;
      }
      for (Entry entry : paid.getValue()) {
        if (entry.date().getYear() == year && !entry.date().isAfter(asOf)) {
          total = total.plus(x.amount());
        }
      }
    }
    return total;
  }

  /**
   * Returns the amount the budget gives a line for a year; zero when the budget lacks the line.
   *
   * @param line the budget line; not null
   * @param year the budget year
   * @return the amount budgeted, not negative
   */
  public Money budgeted(String line, int year) {
    return book.budget().stream()
        .filter(b -> b.year() == year && b.line().equals(line))
        .map(BudgetLine::amount)
        .findFirst()
        .orElse(Money.zero(book.currency()));
  }

  /**
   * Returns what is left of a budget line for a year as of a day: the amount budgeted ({@link
   * #budgeted}; zero when the budget lacks the line) less the expenditures on that line paid by
   * entries dated in that year on or before the day (a payment a standing reversal cancels does not
   * count). The result is <b>negative</b> when the line is overrun, so an overrun is never hidden:
   * {@code remaining("repairs", 2024, day)} of {@code CNY -500.00} means 500.00 spent beyond the
   * line. A day before the year gives the whole budgeted amount, a day after it the year's final
   * figure. A book with no budget at all gives zero less what was spent, though spending is then
   * never over budget (DOMAIN.md §6, {@code approval.over-budget}).
   *
   * @param line the budget line; not null
   * @param year the budget year
   * @param asOf the day to count payments up to, inclusive; not null
   * @return the amount left, negative when overrun
   */
  public Money remaining(String line, int year, LocalDate asOf) {
    return budgeted(line, year).minus(spent(line, year, asOf, ""));
  }

  /**
   * Returns every reason the spending may not be paid on a day, with the budget used before it read
   * from the book's other paid expenditures.
   *
   * @param expenditure the expenditure; not null
   * @param day the payment day; not null
   * @return the obstacles, empty if it may be paid
   */
  public List<Obstacle> obstacles(Expenditure expenditure, LocalDate day) {
    return obstacles(
        expenditure, day, spentOnLine(expenditure.budgetLine(), day, expenditure.id()));
  }

  /**
   * Returns every reason the spending may not be paid on a day, given what was already spent
   * against its budget line in the day's year (a check walking a book in order passes its own
   * running total).
   *
   * @param expenditure the expenditure; not null
   * @param day the payment day; not null
   * @param spentBefore the amount spent against the budget line in the year before this payment;
   *     not null
   * @return the obstacles, empty if it may be paid
   */
  public List<Obstacle> obstacles(Expenditure expenditure, LocalDate day, Money spentBefore) {
    List<Obstacle> out = new ArrayList<>();
    String x = "expenditure " + expenditure.id() + " (" + expenditure.amount() + ")";
    ApprovalThresholds thresholds = book.contract().approval();
    Set<Role> required = requiredApprovals(expenditure);
    for (Role role : List.of(Role.SUPERVISOR, Role.COMMITTEE)) {
      if (!required.contains(role)) {
        continue;
      }
      Optional<Decision> latest = latestDecision(expenditure, role, day);
      Money from =
          role == Role.SUPERVISOR ? thresholds.supervisorFrom() : thresholds.committeeFrom();
      ObstacleKind kind =
          role == Role.SUPERVISOR
              ? ObstacleKind.SUPERVISOR_APPROVAL_MISSING
              : ObstacleKind.COMMITTEE_APPROVAL_MISSING;
      if (latest.isEmpty()) {
        out.add(
            Obstacle.of(
                kind,
                role,
                String.format(
                    "%s is at or above the %s threshold %s and has no %s approval by %s",
                    x,
                    role.name().toLowerCase(java.util.Locale.ROOT),
                    from,
                    role.name().toLowerCase(java.util.Locale.ROOT),
                    day)));
      } else if (latest.get() == Decision.REJECT) {
        out.add(
            Obstacle.of(
                ObstacleKind.REJECTED,
                role,
                String.format(
                    "%s was rejected by the %s (latest decision on or before %s)",
                    x, role.name().toLowerCase(java.util.Locale.ROOT), day)));
      }
    }
    if (required.contains(Role.ASSEMBLY)) {
      String why =
          expenditure.fund() == Fund.RESERVE
              ? "is paid from the reserve fund"
              : "is at or above the assembly threshold " + thresholds.assemblyFrom();
      Optional<Vote> vote = expenditure.vote().map(id -> book.votesById().get(id));
      if (expenditure.vote().isEmpty()) {
        out.add(Obstacle.of(ObstacleKind.VOTE_MISSING, x + " " + why + " and links no vote"));
      } else if (vote.isEmpty()) {
        out.add(
            Obstacle.of(
                ObstacleKind.VOTE_MISSING,
                x
                    + " "
                    + why
                    + " and links vote "
                    + expenditure.vote().get()
                    + ", which the book does not have"));
      } else if (vote.get().heldOn().isAfter(day)) {
        out.add(
            Obstacle.of(
                ObstacleKind.VOTE_MISSING,
                x
                    + " "
                    + why
                    + " and its vote "
                    + vote.get().id()
                    + " is held on "
                    + vote.get().heldOn()
                    + ", after "
                    + day));
      }
    }
    expenditure
        .vote()
        .map(id -> book.votesById().get(id))
        .filter(v -> !v.heldOn().isAfter(day))
        .ifPresent(
            vote -> {
              List<String> reasons = new ArrayList<>(VoteCheck.judge(vote).reasons());
              reasons.addAll(totalsShort(vote));
              if (!reasons.isEmpty()) {
                out.add(
                    Obstacle.of(
                        ObstacleKind.VOTE_INVALID,
                        "vote "
                            + vote.id()
                            + " that "
                            + x
                            + " relies on fails art. 278: "
                            + String.join("; ", reasons)));
              }
            });
    for (Approval approval : expenditure.approvals()) {
      if (approval.decision() != Decision.APPROVE || approval.on().isAfter(day)) {
        continue;
      }
      boolean self = approval.by().equals(expenditure.requestedBy());
      boolean related =
          approval.role() == Role.SUPERVISOR
              && book.party(approval.by()).map(this::isRelatedToTrustee).orElse(false);
      if (self || related) {
        out.add(
            Obstacle.of(
                ObstacleKind.SELF_APPROVAL,
                self
                    ? x
                        + " was approved on "
                        + approval.on()
                        + " by "
                        + approval.by()
                        + ", who requested it"
                    : x
                        + " was approved on "
                        + approval.on()
                        + " by supervisor "
                        + approval.by()
                        + ", who is related to the trustee "
                        + book.contract().trustee()));
        break;
      }
    }
    objectionOpen(expenditure, day)
        .ifPresent(
            objection ->
                out.add(
                    Obstacle.of(
                        ObstacleKind.OBJECTION_OPEN,
                        x
                            + " has an objection by "
                            + objection.by()
                            + " on "
                            + objection.on()
                            + " that the committee has not resolved by "
                            + day)));
    long days = ChronoUnit.DAYS.between(expenditure.requestedOn(), day);
    int window = thresholds.objectionDays();
    if (days < window && !approved(expenditure, Role.SUPERVISOR, day)) {
      out.add(
          Obstacle.of(
              ObstacleKind.OBJECTION_WINDOW_OPEN,
              String.format(
                  "%s was requested on %s, %d days before %s; the supervisor has %d days to"
                      + " object and has not approved",
                  x, expenditure.requestedOn(), days, day, window)));
    }
    if (!book.budget().isEmpty()) {
      Money budgeted = budgeted(expenditure.budgetLine(), day.getYear());
      Money after = spentBefore.plus(expenditure.amount());
      if (after.isGreaterThan(budgeted) && !approved(expenditure, Role.COMMITTEE, day)) {
        out.add(
            Obstacle.of(
                ObstacleKind.OVER_BUDGET,
                String.format(
                    "%s takes budget line %s for %d to %s, past its %s, without a committee"
                        + " approval",
                    x, expenditure.budgetLine(), day.getYear(), after, budgeted)));
      }
    }
    return out;
  }

  /**
   * Tells where a vote's totals fall short of the community: a {@code totalAreaM2} below the units'
   * total area, a {@code totalOwners} below the book's owners (see the class documentation).
   *
   * @param vote the vote; not null
   * @return the reasons, empty when the totals cover the whole community
   */
  public List<String> totalsShort(Vote vote) {
    List<String> out = new ArrayList<>(2);
    if (vote.totalAreaM2().compareTo(unitArea) < 0) {
      out.add(
          "it counts "
              + vote.totalAreaM2().toPlainString()
              + " m² in all, less than the "
              + unitArea.toPlainString()
              + " m² of the book's units");
    }
    if (vote.totalOwners() < owners) {
      out.add(
          "it counts "
              + vote.totalOwners()
              + " owners in all, fewer than the "
              + owners
              + " owners of the book's units");
    }
    return out;
  }

  /**
   * Returns the first supervisor objection raised on or before a day that the committee has not
   * resolved after it by that day.
   *
   * @param expenditure the expenditure; not null
   * @param day the day; not null
   * @return the open objection, or empty
   */
  public Optional<Approval> objectionOpen(Expenditure expenditure, LocalDate day) {
    List<Approval> decisions = expenditure.approvals();
    for (int i = 0; i < decisions.size(); i++) {
      Approval objection = decisions.get(i);
      if (objection.decision() != Decision.OBJECT
          || objection.role() != Role.SUPERVISOR
          || objection.on().isAfter(day)
          || !book.party(objection.by()).map(p -> p.role() == Role.SUPERVISOR).orElse(false)) {
        continue;
      }
      boolean resolved = false;
      for (int j = 0; j < decisions.size(); j++) {
        Approval r = decisions.get(j);
        if (r.decision() == Decision.RESOLVE_OBJECTION
            && r.role() == Role.COMMITTEE
            && !r.on().isAfter(day)
            && (r.on().isAfter(objection.on()) || (r.on().equals(objection.on()) && j > i))
            && book.party(r.by()).map(p -> p.role() == Role.COMMITTEE).orElse(false)) {
          resolved = true;
          break;
        }
      }
      if (!resolved) {
        return Optional.of(objection);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the entries that pay an expenditure and that no reversal cancels.
   *
   * @param expenditureId the expenditure's id; not null
   * @return the payments, in book order
   */
  public List<Entry> paymentsOf(String expenditureId) {
    return payments.getOrDefault(expenditureId, List.of());
  }

  /**
   * Returns where an expenditure stands on a day: PAID once an entry dated on or before the day
   * pays it; REJECTED when a required role's latest decision is a rejection; PAYABLE when nothing
   * stands in the way; REQUESTED otherwise.
   *
   * @param expenditure the expenditure; not null
   * @param day the day; not null
   * @return the state
   */
  public ExpenditureState state(Expenditure expenditure, LocalDate day) {
    for (Entry payment : paymentsOf(expenditure.id())) {
      if (!payment.date().isAfter(day)) {
        return ExpenditureState.PAID;
      }
    }
    List<Obstacle> obstacles = obstacles(expenditure, day);
    if (obstacles.stream().anyMatch(o -> o.kind() == ObstacleKind.REJECTED)) {
      return ExpenditureState.REJECTED;
    }
    return obstacles.isEmpty() ? ExpenditureState.PAYABLE : ExpenditureState.REQUESTED;
  }

  /**
   * Records a decision on an expenditure, returning the expenditure with the decision appended to
   * its history.
   *
   * @param expenditure the expenditure; not null
   * @param approval the decision; not null
   * @return the expenditure with the decision recorded
   * @throws TrustException if the expenditure is paid, the deciding party does not hold the role,
   *     the decision does not fit the role (only a supervisor objects, only the committee resolves
   *     objections), the party requested the spending, it is an approval by a supervisor related to
   *     the trustee (whose REJECT and OBJECT are recorded), or the decision is dated before the
   *     request or before the last decision recorded
   */
  public Expenditure decide(Expenditure expenditure, Approval approval) {
    String action = approval.decision() + " by " + approval.by();
    TrustException.check(
        paymentsOf(expenditure.id()).isEmpty(),
        "cannot record %s on expenditure %s: it is PAID",
        action,
        expenditure.id());
    whyNotCounted(expenditure, approval)
        .ifPresent(
            why -> {
              throw new TrustException(
                  "cannot record " + action + " on expenditure " + expenditure.id() + ": " + why);
            });
    boolean fits;
    switch (approval.decision()) {
      case OBJECT:
        fits = approval.role() == Role.SUPERVISOR;
        break;
      case RESOLVE_OBJECTION:
        fits = approval.role() == Role.COMMITTEE;
        break;
      default:
        fits = approval.role() == Role.SUPERVISOR || approval.role() == Role.COMMITTEE;
    }
    TrustException.check(
        fits,
        "cannot record %s on expenditure %s: a %s cannot %s",
        action,
        expenditure.id(),
        approval.role(),
        approval.decision());
    TrustException.check(
        !approval.on().isBefore(expenditure.requestedOn()),
        "cannot record %s on expenditure %s on %s, before it was requested on %s",
        action,
        expenditure.id(),
        approval.on(),
        expenditure.requestedOn());
    expenditure.approvals().stream()
        .reduce((a, b) -> b)
        .ifPresent(
            last ->
                TrustException.check(
                    !approval.on().isBefore(last.on()),
                    "cannot record %s on expenditure %s on %s, before its last decision on %s",
                    action,
                    expenditure.id(),
                    approval.on(),
                    last.on()));
    return expenditure.withDecision(approval);
  }

  /**
   * Pays a payable expenditure: the EXPENDITURE entry, linked by id, debiting {@code
   * expense:<category>} and crediting {@code cash}, or {@code reserve-cash} for the reserve fund.
   *
   * @param expenditure the expenditure; not null
   * @param date the payment date; not null
   * @param id the entry's id; not null
   * @return the entry
   * @throws TrustException if an entry of the book already pays the expenditure (whatever its
   *     date), the date is before the book's latest entry (the fund's balance is read as it
   *     stands), the expenditure is not PAYABLE on the date (naming its state and every obstacle)
   *     or the fund's account does not hold enough
   */
  public Entry pay(Expenditure expenditure, LocalDate date, String id) {
    List<Entry> standing = paymentsOf(expenditure.id());
    if (!standing.isEmpty()) {
      Entry first = standing.get(0);
      throw new TrustException(
          String.format(
              "cannot pay expenditure %s on %s: entry %s dated %s already pays it",
              expenditure.id(), date, first.id(), first.date()));
    }
    Optional<Entry> latest = book.latestDatedEntry();
    if (latest.isPresent()) {
      Entry last = latest.get();
      TrustException.check(
          !last.date().isAfter(date),
          "cannot pay expenditure %s on %s, before the book's latest entry %s dated %s: the"
              + " fund's balance is read as it stands, so payments must be made in date order",
          expenditure.id(),
          date,
          last.id(),
          last.date());
    }
    ExpenditureState state = state(expenditure, date);
    if (state != ExpenditureState.PAYABLE) {
      StringBuilder message =
          new StringBuilder("cannot pay expenditure ")
              .append(expenditure.id())
              .append(" on ")
              .append(date)
              .append(": it is ")
              .append(state);
      for (Obstacle obstacle : obstacles(expenditure, date)) {
        message.append("; ").append(obstacle.message());
      }
      throw new TrustException(message.toString());
    }
    Account bank = expenditure.fund().bankAccount();
    Money held = book.ledger().balance(bank);
    TrustException.check(
        !expenditure.amount().isGreaterThan(held),
        "cannot pay expenditure %s: %s holds %s, less than %s",
        expenditure.id(),
        bank,
        held,
        expenditure.amount());
    return Entry.builder()
        .id(id)
        .date(date)
        .kind(EntryKind.EXPENDITURE)
        .expenditure(expenditure.id())
        .memo(expenditure.description())
        .addLine(Line.debit(Account.expense(expenditure.category()), expenditure.amount()))
        .addLine(Line.credit(bank, expenditure.amount()))
        .build();
  }
}
