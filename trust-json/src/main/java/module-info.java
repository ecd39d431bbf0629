/** The trust-book/1 JSON format: Jackson module, reader, writer and JSON Schema. */
module org.propertytrust.json {
  requires transitive org.propertytrust.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static org.jspecify;

  exports org.propertytrust.json;
}
