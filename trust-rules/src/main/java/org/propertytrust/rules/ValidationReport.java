package org.propertytrust.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The result of validating a book: every violation found, in the order found, with counts and a
 * verdict. A book is clean when no ERROR was found; warnings do not make it unclean.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {
  ValidationReport() {}

  /**
   * Returns the community id of the book.
   *
   * @return the book's id
   */
  public abstract String book();

  /**
   * Returns the date the book was judged as of.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns how many entries were checked.
   *
   * @return the count
   */
  public abstract int entriesChecked();

  /**
   * Returns the violations, in the order found.
   *
   * @return the violations
   */
  public abstract List<Violation> violations();

  /**
   * Returns how many violations are errors.
   *
   * @return the count
   */
  public int errors() {
    return (int) violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
  }

  /**
   * Returns how many violations are warnings.
   *
   * @return the count
   */
  public int warnings() {
    return (int) violations().stream().filter(v -> v.severity() == Severity.WARNING).count();
  }

  /**
   * Tells whether the book is clean: no error was found.
   *
   * @return true if there is no ERROR
   */
  public boolean isClean() {
    return errors() == 0;
  }

  /**
   * Returns how many violations each rule reported.
   *
   * @return the counts by rule id, in id order
   */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> out = new TreeMap<>();
    for (Violation v : violations()) {
      out.merge(v.rule(), 1, Integer::sum);
    }
    return out;
  }

  /**
   * Returns the violations one rule reported.
   *
   * @param ruleId the rule id; not null
   * @return the violations, in the order found
   */
  public List<Violation> of(String ruleId) {
    return violations().stream().filter(v -> v.rule().equals(ruleId)).toList();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }
}
