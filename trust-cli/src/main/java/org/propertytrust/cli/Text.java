package org.propertytrust.cli;

/**
 * A message to be put into words later, in the language of the run: a bundle key and the values of
 * its placeholders (which may be texts themselves).
 *
 * @param key the key in the messages bundle
 * @param args the values of {@code {0}}, {@code {1}}, ...
 */
record Text(String key, Object... args) {
  /** Returns the text in English, for logs and for the stable JSON reports. */
  String english() {
    return Messages.english().get(key, args);
  }
}
