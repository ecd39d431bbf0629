package org.propertytrust.json;

/** What the reader does with a field the format does not define. */
public enum UnknownFields {
  /** An unknown field is a read error (the default): typos must not pass silently. */
  REJECT,
  /** An unknown field is reported as a warning, with its path, and dropped. */
  WARN
}
