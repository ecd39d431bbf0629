package org.propertytrust.rules.catalog;

import java.util.function.Function;
import org.propertytrust.rules.Check;
import org.propertytrust.rules.Rule;
import org.propertytrust.rules.RunContext;
import org.propertytrust.rules.Severity;

/**
 * A rule of the standard catalog: its description and the function that starts its check.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CatalogRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String description;
  private final String titleZh;
  private final Function<RunContext, Check> start;

  CatalogRule(
      String id,
      Severity severity,
      String titleZh,
      String description,
      Function<RunContext, Check> start) {
    this.id = id;
    this.severity = severity;
    this.description = description;
    this.titleZh = titleZh;
    this.start = start;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String titleZh() {
    return titleZh;
  }

  @Override
  public Check start(RunContext run) {
    return start.apply(run);
  }

  @Override
  public String toString() {
    return id;
  }
}
