package org.propertytrust.rules;

/** Where a rule's check reports what it finds; the rule's id and severity are added for it. */
@FunctionalInterface
public interface Reporter {
  /**
   * Reports a problem.
   *
   * @param message what is wrong, where, and the amounts involved; not null
   * @param refs the ids it concerns; not null
   */
  void report(String message, Refs refs);
}
