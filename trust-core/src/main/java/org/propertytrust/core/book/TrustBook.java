package org.propertytrust.core.book;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.LedgerState;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;
import org.propertytrust.core.statement.UnclearedItem;

/**
 * A community's book: who (community, parties, units), what was agreed (contract, handovers,
 * budget) and what happened (entries, expenditures, votes, bank statements, disclosures, tickets).
 * It is the value the {@code trust-book/1} format holds.
 *
 * <p>Entries are kept exactly as given, in the given order, duplicate ids included, so that a book
 * read from elsewhere can be checked and every problem reported. The book's {@link #ledger()
 * balances} are computed once, in one pass, the first time they are asked for, and shared by every
 * reader.
 *
 * <p>Construction enforces structure only: ids unique within each section (except entries), the
 * contract's trustee and supervisor and the handovers' trustees are parties in those roles, and
 * every amount is in the community's currency. Business problems (unbalanced entries, unknown
 * accounts or units, missing approvals, overdrafts) are representable; {@code trust-rules} reports
 * them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrustBook implements BookState {
  TrustBook() {}

  /**
   * Returns the community.
   *
   * @return the community
   */
  public abstract Community community();

  /**
   * Returns the parties.
   *
   * @return the parties, in the order given
   */
  public abstract List<Party> parties();

  /**
   * Returns the units.
   *
   * @return the units, in the order given
   */
  public abstract List<Unit> units();

  /**
   * Returns the contract.
   *
   * @return the contract
   */
  public abstract Contract contract();

  /**
   * Returns the changes of trustee.
   *
   * @return the handovers, in the order given
   */
  public abstract List<Handover> handovers();

  /**
   * Returns the budget lines.
   *
   * @return the budget, in the order given
   */
  public abstract List<BudgetLine> budget();

  /**
   * Returns the ledger entries exactly as given.
   *
   * @return the entries, in the order given
   */
  public abstract List<Entry> entries();

  /**
   * Returns the expenditures.
   *
   * @return the expenditures, in the order given
   */
  public abstract List<Expenditure> expenditures();

  /**
   * Returns the assembly votes.
   *
   * @return the votes, in the order given
   */
  public abstract List<Vote> votes();

  /**
   * Returns the bank statements.
   *
   * @return the statements, in the order given
   */
  public abstract List<BankStatement> bankStatements();

  /**
   * Returns the disclosure records.
   *
   * @return the disclosures, in the order given
   */
  public abstract List<Disclosure> disclosures();

  /**
   * Returns the service tickets.
   *
   * @return the tickets, in the order given
   */
  public abstract List<Ticket> tickets();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableTrustBook.Builder builder() {
    return ImmutableTrustBook.builder();
  }

  @Override
  public CurrencyUnit currency() {
    return community().currency();
  }

  /**
   * Returns the balances of the entries, run in list order, computed once on first use.
   *
   * @return the ledger state
   */
  @Override
  @Value.Lazy
  public LedgerState ledger() {
    return LedgerState.of(entries(), currency());
  }

  /**
   * Returns the units by id, in the order given.
   *
   * @return the units by id
   */
  @Value.Lazy
  public Map<String, Unit> unitsById() {
    return index(units(), Unit::id);
  }

  /**
   * Returns the parties by id, in the order given.
   *
   * @return the parties by id
   */
  @Value.Lazy
  public Map<String, Party> partiesById() {
    return index(parties(), Party::id);
  }

  /**
   * Returns the expenditures by id, in the order given.
   *
   * @return the expenditures by id
   */
  @Override
  @Value.Lazy
  public Map<String, Expenditure> expendituresById() {
    return index(expenditures(), Expenditure::id);
  }

  /**
   * Returns the votes by id, in the order given.
   *
   * @return the votes by id
   */
  @Override
  @Value.Lazy
  public Map<String, Vote> votesById() {
    return index(votes(), Vote::id);
  }

  /**
   * Returns the unit with the given id.
   *
   * @param id the unit id; not null
   * @return the unit, or empty if the book has none of that id
   */
  @Override
  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(unitsById().get(id));
  }

  /**
   * Returns the party with the given id.
   *
   * @param id the party id; not null
   * @return the party, or empty if the book has none of that id
   */
  @Override
  public Optional<Party> party(String id) {
    return Optional.ofNullable(partiesById().get(id));
  }

  /**
   * Returns the total floor area of the units.
   *
   * @return the area in square metres
   */
  @Value.Lazy
  public BigDecimal totalAreaM2() {
    BigDecimal total = BigDecimal.ZERO;
    for (Unit unit : units()) {
      total = total.add(unit.areaM2());
    }
    return total;
  }

  /**
   * Returns the month of the earliest entry, or empty for a book without entries.
   *
   * @return the first month
   */
  public Optional<YearMonth> firstMonth() {
    return entries().stream().map(e -> YearMonth.from(e.date())).min(YearMonth::compareTo);
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T value : values) {
      out.putIfAbsent(id.apply(value), value);
    }
    return ImmutableMap.copyOf(out);
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    unique(problems, "party", parties(), Party::id);
    unique(problems, "unit", units(), Unit::id);
    unique(problems, "expenditure", expenditures(), Expenditure::id);
    unique(problems, "vote", votes(), Vote::id);
    unique(problems, "ticket", tickets(), Ticket::id);
    unique(problems, "budget line", budget(), b -> b.year() + " " + b.line());
    unique(problems, "bank statement", bankStatements(), s -> s.account() + " " + s.period());

    Map<String, Party> parties = new LinkedHashMap<>();
    parties().forEach(p -> parties.putIfAbsent(p.id(), p));
    hasRole(problems, parties, "contract trustee", contract().trustee(), Role.TRUSTEE);
    hasRole(problems, parties, "contract supervisor", contract().supervisor(), Role.SUPERVISOR);
    for (Handover handover : handovers()) {
      hasRole(
          problems,
          parties,
          "handover " + handover.date() + " from",
          handover.from(),
          Role.TRUSTEE);
      hasRole(
          problems, parties, "handover " + handover.date() + " to", handover.to(), Role.TRUSTEE);
    }

    CurrencyUnit currency = currency();
    for (Money amount : contract().amounts()) {
      sameCurrency(problems, currency, "contract", amount);
    }
    for (BudgetLine line : budget()) {
      sameCurrency(problems, currency, "budget " + line.year() + " " + line.line(), line.amount());
    }
    for (Expenditure x : expenditures()) {
      sameCurrency(problems, currency, "expenditure " + x.id(), x.amount());
    }
    for (BankStatement s : bankStatements()) {
      sameCurrency(
          problems,
          currency,
          "bank statement " + s.account() + " " + s.period(),
          s.closingBalance());
      for (UnclearedItem item : s.uncleared()) {
        sameCurrency(
            problems, currency, "bank statement " + s.account() + " " + s.period(), item.amount());
      }
    }
    for (Entry entry : entries()) {
      if (!entry.lines().isEmpty()) {
        Line first = entry.lines().get(0);
        sameCurrency(problems, currency, "entry " + entry.id(), first.amount());
      }
      if (problems.size() > 100) {
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw TrustException.ofProblems(problems);
    }
  }

  private static <T> void unique(
      List<String> problems, String what, List<T> values, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (T value : values) {
      String key = id.apply(value);
      if (!seen.add(key)) {
        problems.add(what + " " + key + " appears twice");
      }
    }
  }

  private static void hasRole(
      List<String> problems, Map<String, Party> parties, String what, String id, Role role) {
    Party party = parties.get(id);
    if (party == null) {
      problems.add(what + " " + id + " is not a party of the book");
    } else if (party.role() != role) {
      problems.add(what + " " + id + " must be a " + role + ", not a " + party.role());
    }
  }

  private static void sameCurrency(
      List<String> problems, CurrencyUnit currency, String what, Money amount) {
    if (!amount.getCurrencyUnit().equals(currency)) {
      problems.add(
          what + " amount must be in the community's currency " + currency + ": " + amount);
    }
  }
}
