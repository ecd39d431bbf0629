package org.propertytrust.cli;

import java.util.Locale;

/** The languages the command speaks: {@code --lang zh} or {@code --lang en}, in any case. */
enum Language {
  /** Chinese. */
  ZH,
  /** English. */
  EN;

  /** The language tag, {@code zh} or {@code en}. */
  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a {@code --lang} value, or fails saying which values there are. */
  static Language parse(String value) {
    return valueOf(Messages.language(value).toUpperCase(Locale.ROOT));
  }
}
