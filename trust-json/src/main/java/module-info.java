/**
 * The trust-book/1 JSON format: a strict, streaming reader that reports every problem with its JSON
 * path, a deterministic writer, a Jackson module for every core value, and the format's JSON
 * Schema.
 */
module org.propertytrust.json {
  requires transitive org.propertytrust.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static org.jspecify;

  exports org.propertytrust.json;

  provides com.fasterxml.jackson.databind.Module with
      org.propertytrust.json.TrustModule;
}
