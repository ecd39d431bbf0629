package org.propertytrust.rules;

/** How serious a rule violation is. */
public enum Severity {
  /** The book is wrong: a platform must not accept it as clean. */
  ERROR,
  /** Worth a look, but the book may still be accepted. */
  WARNING
}
