package org.propertytrust.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.rules.catalog.StandardRules;

/**
 * A configured set of rules: the standard catalog of DOMAIN.md §6, with rules switched off or their
 * severity changed by id, and any rules a platform adds.
 *
 * <pre>{@code
 * ValidationReport report =
 *     RuleSet.standard()
 *         .without("ledger.out-of-order")
 *         .withSeverity("fee.allocation-order", Severity.ERROR)
 *         .validate(book);
 * }</pre>
 *
 * <p>Validation is one pass over the entries plus work proportional to the other sections; the
 * entries of a book too large to hold can be fed one at a time through {@link #begin}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSet {
  private final ImmutableList<Configured> rules;

  /** A rule with the severity it reports with in this set. */
  record Configured(Rule rule, Severity severity) {}

  private RuleSet(List<Configured> rules) {
    this.rules = ImmutableList.copyOf(rules);
  }

  /**
   * Returns the whole standard catalog, every rule at its default severity.
   *
   * @return the standard rule set
   */
  public static RuleSet standard() {
    List<Configured> out = new ArrayList<>();
    for (Rule rule : StandardRules.all()) {
      out.add(new Configured(rule, rule.severity()));
    }
    return new RuleSet(out);
  }

  /**
   * Returns an empty rule set, to add rules to.
   *
   * @return a set with no rules
   */
  public static RuleSet empty() {
    return new RuleSet(List.of());
  }

  /**
   * Returns the rules of this set, in the order they run and report.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules.stream().map(Configured::rule).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the severity a rule of this set reports with.
   *
   * @param id the rule id; not null
   * @return the severity
   * @throws TrustException if the set has no rule of that id
   */
  public Severity severity(String id) {
    return find(id).severity();
  }

  /**
   * Returns the rule of a given id.
   *
   * @param id the rule id; not null
   * @return the rule, or empty if the set has none of that id
   */
  public Optional<Rule> rule(String id) {
    return rules.stream().map(Configured::rule).filter(r -> r.id().equals(id)).findFirst();
  }

  private Configured find(String id) {
    return rules.stream()
        .filter(c -> c.rule().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new TrustException("no rule has the id " + id + "; see `trust rules`"));
  }

  /**
   * Returns this set without the given rules.
   *
   * @param ids the ids of the rules to switch off; not null, each a rule of this set
   * @return the new set
   * @throws TrustException if an id names no rule of the set
   */
  public RuleSet without(String... ids) {
    Map<String, Configured> out = byId();
    for (String id : ids) {
      find(id);
      out.remove(id);
    }
    return new RuleSet(new ArrayList<>(out.values()));
  }

  /**
   * Returns this set with a rule reporting at another severity.
   *
   * @param id the rule id; not null, a rule of this set
   * @param severity the severity; not null
   * @return the new set
   * @throws TrustException if the id names no rule of the set
   */
  public RuleSet withSeverity(String id, Severity severity) {
    Map<String, Configured> out = byId();
    out.put(id, new Configured(find(id).rule(), severity));
    return new RuleSet(new ArrayList<>(out.values()));
  }

  /**
   * Returns this set with a rule added after the others.
   *
   * @param rule the rule; not null, with an id no rule of the set has
   * @return the new set
   * @throws TrustException if the set already has a rule of that id
   */
  public RuleSet with(Rule rule) {
    TrustException.check(
        rule(rule.id()).isEmpty(), "the rule set already has a rule %s", rule.id());
    Map<String, Configured> out = byId();
    out.put(rule.id(), new Configured(rule, rule.severity()));
    return new RuleSet(new ArrayList<>(out.values()));
  }

  private Map<String, Configured> byId() {
    Map<String, Configured> out = new LinkedHashMap<>();
    for (Configured c : rules) {
      out.put(c.rule().id(), c);
    }
    return out;
  }

  /**
   * Validates a book as of its latest entry date.
   *
   * @param book the book; not null
   * @return the report
   * @throws TrustException if a date of the book lies outside the years 0000 to 9999
   */
  public ValidationReport validate(TrustBook book) {
    return validate(book, Optional.empty());
  }

  /**
   * Validates a book as of a date: entries dated after it are not judged.
   *
   * @param book the book; not null
   * @param asOf the date, or empty for the latest entry date; not null
   * @return the report
   * @throws TrustException if the as-of date, a date of the book's sections, or the date or a
   *     period of an entry judged lies outside the years 0000 to 9999
   */
  public ValidationReport validate(TrustBook book, Optional<LocalDate> asOf) {
    Validation validation =
        begin(ImmutableTrustBook.copyOf(book).withEntries(List.<Entry>of()), asOf);
    for (Entry entry : book.entries()) {
      validation.accept(entry);
    }
    return validation.finish();
  }

  /**
   * Starts a validation whose entries will be fed one at a time: for books read as a stream.
   *
   * @param header the book's sections, without entries; not null
   * @param asOf the date, or empty for the latest entry date; not null
   * @return the validation in progress
   * @throws TrustException if the header has entries, or the as-of date or a date of the header
   *     lies outside the years 0000 to 9999 (the years trust-book/1 holds)
   */
  public Validation begin(TrustBook header, Optional<LocalDate> asOf) {
    return new Validation(header, asOf, rules);
  }
}
