/** The rule catalog of trust-based property finance (DOMAIN.md §6), checked over a book. */
module org.propertytrust.rules {
  requires transitive org.propertytrust.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static org.jspecify;

  exports org.propertytrust.rules;
  exports org.propertytrust.rules.catalog;
}
