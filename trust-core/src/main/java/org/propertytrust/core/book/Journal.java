package org.propertytrust.core.book;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.ledger.Receivable;
import org.propertytrust.core.ledger.RunningBalances;

/**
 * Posts entries to a book one at a time, keeping its balances current: the application side of a
 * {@link TrustBook}.
 *
 * <p>Posting appends in amortised constant time (per line) and never copies the earlier entries. It
 * is idempotent: posting an entry whose id is already in the journal with identical content changes
 * nothing and returns false; with different content it throws, naming both. A posted entry must
 * balance (at least two lines, debits equal to credits) and be in the community's currency; entries
 * carried in from an existing book are kept exactly as they were.
 *
 * <p>{@link #balances()} answers balance questions at any time without recomputation; {@link
 * #book()} returns the book as it now stands (a copy of the entry list, kept until the next post).
 * Besides entries, a journal records the other things that happen: expenditures and their
 * decisions, votes, budget lines, bank statements, disclosures and tickets ({@code record}).
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class Journal implements BookState {
  private final TrustBook base;
  private final List<Entry> entries;
  private final List<org.propertytrust.core.approval.BudgetLine> budget;
  private final java.util.Map<String, org.propertytrust.core.approval.Expenditure> expenditures;
  private final java.util.Map<String, org.propertytrust.core.approval.Vote> votes;
  private final List<org.propertytrust.core.statement.BankStatement> bankStatements;
  private final List<org.propertytrust.core.statement.Disclosure> disclosures;
  private final java.util.Map<String, org.propertytrust.core.service.Ticket> tickets;
  private final RunningBalances balances;
  private final LedgerView view;
  private @Nullable TrustBook snapshot;

  private Journal(TrustBook base) {
    this.base = base;
    this.entries = new ArrayList<>(base.entries());
    this.balances = new RunningBalances(base.currency());
    for (Entry entry : entries) {
      balances.add(entry);
    }
    this.view = new ReadOnly(balances);
    this.snapshot = base;
    this.budget = new ArrayList<>(base.budget());
    this.expenditures = new java.util.LinkedHashMap<>(base.expendituresById());
    this.votes = new java.util.LinkedHashMap<>(base.votesById());
    this.bankStatements = new ArrayList<>(base.bankStatements());
    this.disclosures = new ArrayList<>(base.disclosures());
    this.tickets = new java.util.LinkedHashMap<>();
    base.tickets().forEach(t -> tickets.put(t.id(), t));
  }

  /**
   * Records an expenditure, or its new state: a new id is added after the others, a known id is
   * replaced where it stands (its decisions accumulate as it is decided).
   *
   * @param expenditure the expenditure; not null, in the community's currency
   * @throws TrustException if its amount is in another currency
   */
  public void record(org.propertytrust.core.approval.Expenditure expenditure) {
    sameCurrency("expenditure " + expenditure.id(), expenditure.amount());
    expenditures.put(expenditure.id(), expenditure);
    snapshot = null;
  }

  /**
   * Records an assembly vote.
   *
   * @param vote the vote; not null
   * @throws TrustException if another vote has its id
   */
  public void record(org.propertytrust.core.approval.Vote vote) {
    org.propertytrust.core.approval.Vote earlier = votes.putIfAbsent(vote.id(), vote);
    TrustException.check(
        earlier == null || earlier.equals(vote), "vote %s is already recorded", vote.id());
    snapshot = null;
  }

  /**
   * Records a budget line.
   *
   * @param line the budget line; not null, in the community's currency
   * @throws TrustException if the budget already has a line of that year and name
   */
  public void record(org.propertytrust.core.approval.BudgetLine line) {
    sameCurrency("budget " + line.year() + " " + line.line(), line.amount());
    TrustException.check(
        budget.stream().noneMatch(b -> b.year() == line.year() && b.line().equals(line.line())),
        "budget line %s %s is already recorded",
        line.year(),
        line.line());
    budget.add(line);
    snapshot = null;
  }

  /**
   * Records a bank statement.
   *
   * @param statement the statement; not null, in the community's currency
   * @throws TrustException if a statement of that account and month is already recorded
   */
  public void record(org.propertytrust.core.statement.BankStatement statement) {
    sameCurrency("bank statement", statement.closingBalance());
    TrustException.check(
        bankStatements.stream()
            .noneMatch(
                b ->
                    b.account().equals(statement.account())
                        && b.period().equals(statement.period())),
        "a bank statement of %s for %s is already recorded",
        statement.account(),
        statement.period());
    bankStatements.add(statement);
    snapshot = null;
  }

  /**
   * Records that a month was disclosed.
   *
   * @param disclosure the disclosure; not null
   */
  public void record(org.propertytrust.core.statement.Disclosure disclosure) {
    disclosures.add(disclosure);
    snapshot = null;
  }

  /**
   * Records a ticket, or its new state (a known id is replaced where it stands).
   *
   * @param ticket the ticket; not null
   */
  public void record(org.propertytrust.core.service.Ticket ticket) {
    tickets.put(ticket.id(), ticket);
    snapshot = null;
  }

  private void sameCurrency(String what, Money amount) {
    TrustException.check(
        amount.getCurrencyUnit().equals(base.currency()),
        "%s must be in the community's currency %s: %s",
        what,
        base.currency(),
        amount);
  }

  /**
   * Starts a journal from a book: its sections, its entries as they are, and their balances.
   *
   * @param book the book; not null
   * @return the journal
   */
  public static Journal of(TrustBook book) {
    return new Journal(book);
  }

  /**
   * Posts an entry after the others.
   *
   * @param entry the entry; not null
   * @return true if the entry was appended, false if an identical entry with its id was already
   *     posted (nothing changes)
   * @throws TrustException if another entry with the same id differs, the entry does not balance,
   *     the sum of its debits or credits exceeds a {@code long} of minor units, its currency is not
   *     the community's, or a balance it changes would exceed that range (nothing is posted then)
   */
  public boolean post(Entry entry) {
    OptionalInt existing = balances.indexOf(entry.id());
    if (existing.isPresent()) {
      Entry earlier = entries.get(existing.getAsInt());
      if (earlier.equals(entry)) {
        return false;
      }
      throw new TrustException(
          "entry "
              + entry.id()
              + " is already posted with other content: posted "
              + earlier
              + ", now "
              + entry);
    }
    TrustException.check(
        entry.lines().size() >= 2, "entry %s must have at least two lines", entry.id());
    TrustException.check(
        entry.currency().map(c -> c.equals(base.currency())).orElse(true),
        "entry %s must be in the community's currency %s, not %s",
        entry.id(),
        base.currency(),
        entry.currency().orElse(base.currency()));
    long debits;
    long credits;
    try {
      debits = entry.debitMinor();
      credits = entry.creditMinor();
    } catch (ArithmeticException e) {
      throw new TrustException(
          "entry " + entry.id() + " has lines whose sum exceeds the ledger's range");
    }
    if (debits != credits) {
      throw new TrustException(
          String.format(
              "entry %s does not balance: debits %s, credits %s",
              entry.id(),
              Money.ofMinor(base.currency(), debits),
              Money.ofMinor(base.currency(), credits)));
    }
    balances.add(entry);
    entries.add(entry);
    snapshot = null;
    return true;
  }

  /**
   * Posts entries in order, as {@link #post} does for each.
   *
   * @param toPost the entries; not null
   * @return how many were appended (the others were already posted)
   * @throws TrustException as {@link #post} does; the entries before the failing one stay posted
   */
  public int postAll(List<Entry> toPost) {
    int appended = 0;
    for (Entry entry : toPost) {
      if (post(entry)) {
        appended++;
      }
    }
    return appended;
  }

  /**
   * Returns the balances after every posted entry, kept current as entries are posted.
   *
   * @return a live, read-only view of the balances
   */
  public LedgerView balances() {
    return view;
  }

  /**
   * Returns the ledger of the entries posted so far, kept current: the same view as {@link
   * #balances()}.
   *
   * @return a live, read-only view of the ledger
   */
  @Override
  public LedgerView ledger() {
    return view;
  }

  @Override
  public org.propertytrust.core.party.Community community() {
    return base.community();
  }

  @Override
  public List<org.propertytrust.core.party.Party> parties() {
    return base.parties();
  }

  @Override
  public List<org.propertytrust.core.party.Unit> units() {
    return base.units();
  }

  @Override
  public org.propertytrust.core.contract.Contract contract() {
    return base.contract();
  }

  @Override
  public List<org.propertytrust.core.handover.Handover> handovers() {
    return base.handovers();
  }

  @Override
  public List<org.propertytrust.core.approval.BudgetLine> budget() {
    return Collections.unmodifiableList(budget);
  }

  @Override
  public List<org.propertytrust.core.approval.Expenditure> expenditures() {
    return List.copyOf(expenditures.values());
  }

  @Override
  public List<org.propertytrust.core.approval.Vote> votes() {
    return List.copyOf(votes.values());
  }

  @Override
  public List<org.propertytrust.core.statement.BankStatement> bankStatements() {
    return Collections.unmodifiableList(bankStatements);
  }

  @Override
  public List<org.propertytrust.core.statement.Disclosure> disclosures() {
    return Collections.unmodifiableList(disclosures);
  }

  @Override
  public List<org.propertytrust.core.service.Ticket> tickets() {
    return List.copyOf(tickets.values());
  }

  @Override
  public Optional<org.propertytrust.core.party.Unit> unit(String id) {
    return base.unit(id);
  }

  @Override
  public Optional<org.propertytrust.core.party.Party> party(String id) {
    return base.party(id);
  }

  @Override
  public java.util.Map<String, org.propertytrust.core.approval.Expenditure> expendituresById() {
    return Collections.unmodifiableMap(expenditures);
  }

  @Override
  public java.util.Map<String, org.propertytrust.core.approval.Vote> votesById() {
    return Collections.unmodifiableMap(votes);
  }

  /**
   * Returns the entry with the given id.
   *
   * @param id the entry id; not null
   * @return the first entry with that id, or empty
   */
  public Optional<Entry> entry(String id) {
    OptionalInt index = balances.indexOf(id);
    return index.isPresent() ? Optional.of(entries.get(index.getAsInt())) : Optional.empty();
  }

  /**
   * Returns the entries posted so far, including those the journal started with.
   *
   * @return an unmodifiable view of the entries, in order
   */
  @Override
  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /**
   * Returns how many entries the journal holds.
   *
   * @return the number of entries
   */
  public int size() {
    return entries.size();
  }

  /**
   * Returns the book as it now stands: the sections the journal started with and every entry. The
   * book is built once and reused until the next post.
   *
   * @return the book
   */
  public TrustBook book() {
    TrustBook out = snapshot;
    if (out == null) {
      out =
          TrustBook.builder()
              .community(base.community())
              .addAllParties(base.parties())
              .addAllUnits(base.units())
              .contract(base.contract())
              .addAllHandovers(base.handovers())
              .addAllBudget(budget)
              .addAllEntries(entries)
              .addAllExpenditures(expenditures.values())
              .addAllVotes(votes.values())
              .addAllBankStatements(bankStatements)
              .addAllDisclosures(disclosures)
              .addAllTickets(tickets.values())
              .build();
      snapshot = out;
    }
    return out;
  }

  /** A view of running balances that cannot add entries. */
  private static final class ReadOnly implements LedgerView {
    private final RunningBalances balances;

    ReadOnly(RunningBalances balances) {
      this.balances = balances;
    }

    @Override
    public CurrencyUnit currency() {
      return balances.currency();
    }

    @Override
    public int entryCount() {
      return balances.entryCount();
    }

    @Override
    public Money balance(Account account) {
      return balances.balance(account);
    }

    @Override
    public Set<Account> accounts() {
      return balances.accounts();
    }

    @Override
    public Money receivable(String unit, YearMonth period, String fee) {
      return balances.receivable(unit, period, fee);
    }

    @Override
    public int chargeCount(String unit, YearMonth period, String fee) {
      return balances.chargeCount(unit, period, fee);
    }

    @Override
    public Optional<java.time.LocalDate> lastChargedOn(String unit, YearMonth period, String fee) {
      return balances.lastChargedOn(unit, period, fee);
    }

    @Override
    public Money periodCharges(String unit, YearMonth period) {
      return balances.periodCharges(unit, period);
    }

    @Override
    public List<Receivable> openReceivables(String unit) {
      return balances.openReceivables(unit);
    }

    @Override
    public List<Receivable> receivables() {
      return balances.receivables();
    }

    @Override
    public Money prepaid(String unit) {
      return balances.prepaid(unit);
    }

    @Override
    public Money deposit(String unit) {
      return balances.deposit(unit);
    }

    @Override
    public Set<String> unitsWithPrepaid() {
      return balances.unitsWithPrepaid();
    }

    @Override
    public OptionalInt indexOf(String entryId) {
      return balances.indexOf(entryId);
    }

    @Override
    public int[] entriesDatedIn(YearMonth month) {
      return balances.entriesDatedIn(month);
    }

    @Override
    public int[] entriesForPeriod(YearMonth period) {
      return balances.entriesForPeriod(period);
    }

    @Override
    public java.util.SortedSet<YearMonth> monthsWithEntries() {
      return balances.monthsWithEntries();
    }

    @Override
    public java.util.SortedSet<YearMonth> periodsCharged() {
      return balances.periodsCharged();
    }

    @Override
    public org.propertytrust.core.ledger.EntryKind effectiveKind(int index) {
      return balances.effectiveKind(index);
    }

    @Override
    public boolean isCancellation(int index) {
      return balances.isCancellation(index);
    }

    @Override
    public boolean isStanding(int index) {
      return balances.isStanding(index);
    }

    @Override
    public List<Integer> reversalsOf(String entryId) {
      return balances.reversalsOf(entryId);
    }

    @Override
    public List<Integer> repeatedIdPositions() {
      return balances.repeatedIdPositions();
    }

    @Override
    public List<org.propertytrust.core.ledger.NegativeBalance> negativeBalances() {
      return balances.negativeBalances();
    }

    @Override
    public java.util.OptionalInt latestDatedEntry() {
      return balances.latestDatedEntry();
    }
  }
}
