package org.propertytrust.core.book;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.joda.money.CurrencyUnit;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.LedgerView;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Unit;

/**
 * A book as operations, metrics and statements read it: its sections, its entries and the ledger
 * computed from them.
 *
 * <p>Implemented by {@link TrustBook} (a value) and by {@link Journal} (a book being posted to,
 * whose ledger is kept current), so that a month's operations can run against a journal without
 * copying it.
 */
public interface BookState {
  /**
   * Returns the community.
   *
   * @return the community
   */
  Community community();

  /**
   * Returns the community's currency.
   *
   * @return the currency
   */
  default CurrencyUnit currency() {
    return community().currency();
  }

  /**
   * Returns the parties.
   *
   * @return the parties
   */
  List<Party> parties();

  /**
   * Returns the units.
   *
   * @return the units
   */
  List<Unit> units();

  /**
   * Returns the contract.
   *
   * @return the contract
   */
  Contract contract();

  /**
   * Returns the handovers.
   *
   * @return the handovers
   */
  List<Handover> handovers();

  /**
   * Returns the budget lines.
   *
   * @return the budget
   */
  List<BudgetLine> budget();

  /**
   * Returns the entries, in order.
   *
   * @return the entries
   */
  List<Entry> entries();

  /**
   * Returns the expenditures.
   *
   * @return the expenditures
   */
  List<Expenditure> expenditures();

  /**
   * Returns the votes.
   *
   * @return the votes
   */
  List<Vote> votes();

  /**
   * Returns the bank statements.
   *
   * @return the statements
   */
  List<org.propertytrust.core.statement.BankStatement> bankStatements();

  /**
   * Returns the disclosure records.
   *
   * @return the disclosures
   */
  List<org.propertytrust.core.statement.Disclosure> disclosures();

  /**
   * Returns the service tickets.
   *
   * @return the tickets
   */
  List<org.propertytrust.core.service.Ticket> tickets();

  /**
   * Returns the ledger: balances and indexes of the entries.
   *
   * @return the ledger
   */
  LedgerView ledger();

  /**
   * Returns the entry with the latest date, the first of them in book order when several share it
   * ({@link LedgerView#latestDatedEntry()}): what an operation dated earlier, reading the balances
   * as they stand, would contradict.
   *
   * @return the entry, or empty when the book has none
   */
  default Optional<Entry> latestDatedEntry() {
    OptionalInt latest = ledger().latestDatedEntry();
    return latest.isPresent() ? Optional.of(entries().get(latest.getAsInt())) : Optional.empty();
  }

  /**
   * Returns the unit with the given id.
   *
   * @param id the unit id; not null
   * @return the unit, or empty
   */
  Optional<Unit> unit(String id);

  /**
   * Returns the party with the given id.
   *
   * @param id the party id; not null
   * @return the party, or empty
   */
  Optional<Party> party(String id);

  /**
   * Returns the expenditures by id.
   *
   * @return the expenditures by id
   */
  Map<String, Expenditure> expendituresById();

  /**
   * Returns the votes by id.
   *
   * @return the votes by id
   */
  Map<String, Vote> votesById();
}
