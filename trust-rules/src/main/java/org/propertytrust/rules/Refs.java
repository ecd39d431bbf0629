package org.propertytrust.rules;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids a violation concerns, built fluently and kept in a fixed order of kinds: {@code entry},
 * {@code expenditure}, {@code unit}, {@code period}, {@code fee}, {@code vote}, {@code ticket},
 * {@code party}, {@code account}.
 *
 * <p>This class is mutable; build one per violation.
 */
public final class Refs {
  /** The kinds of ids, in the order a report lists them. */
  public static final List<String> KEYS =
      List.of(
          "entry", "expenditure", "unit", "period", "fee", "vote", "ticket", "party", "account");

  private enum Key {
    ENTRY,
    EXPENDITURE,
    UNIT,
    PERIOD,
    FEE,
    VOTE,
    TICKET,
    PARTY,
    ACCOUNT
  }

  private final Map<Key, String> values = new EnumMap<>(Key.class);

  private Refs() {}

  /**
   * Returns empty refs.
   *
   * @return new refs
   */
  public static Refs none() {
    return new Refs();
  }

  /**
   * Returns refs naming an entry.
   *
   * @param id the entry id; not null
   * @return new refs
   */
  public static Refs entry(String id) {
    return new Refs().with(Key.ENTRY, id);
  }

  /**
   * Adds the expenditure.
   *
   * @param id the expenditure id; not null
   * @return these refs
   */
  public Refs expenditure(String id) {
    return with(Key.EXPENDITURE, id);
  }

  /**
   * Adds the unit.
   *
   * @param id the unit id; not null
   * @return these refs
   */
  public Refs unit(String id) {
    return with(Key.UNIT, id);
  }

  /**
   * Adds the period.
   *
   * @param period the month; not null
   * @return these refs
   */
  public Refs period(YearMonth period) {
    return with(Key.PERIOD, period.toString());
  }

  /**
   * Adds the fee.
   *
   * @param code the fee code; not null
   * @return these refs
   */
  public Refs fee(String code) {
    return with(Key.FEE, code);
  }

  /**
   * Adds the vote.
   *
   * @param id the vote id; not null
   * @return these refs
   */
  public Refs vote(String id) {
    return with(Key.VOTE, id);
  }

  /**
   * Adds the ticket.
   *
   * @param id the ticket id; not null
   * @return these refs
   */
  public Refs ticket(String id) {
    return with(Key.TICKET, id);
  }

  /**
   * Adds the party.
   *
   * @param id the party id; not null
   * @return these refs
   */
  public Refs party(String id) {
    return with(Key.PARTY, id);
  }

  /**
   * Adds the account.
   *
   * @param code the account code; not null
   * @return these refs
   */
  public Refs account(String code) {
    return with(Key.ACCOUNT, code);
  }

  private Refs with(Key key, String value) {
    values.put(key, value);
    return this;
  }

  /**
   * Returns the refs as a map keyed by kind, in order.
   *
   * @return the map
   */
  public Map<String, String> toMap() {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(KEYS.get(k.ordinal()), v));
    return out;
  }
}
