/**
 * Property Trust core: values and domain operations of trust-based property finance.
 *
 * <p>Depends on Joda-Money and Guava only; knows nothing of JSON, files, clocks or logging.
 */
module org.propertytrust.core {
  requires transitive org.joda.money;
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static org.jspecify;

  exports org.propertytrust.core;
  exports org.propertytrust.core.approval;
  exports org.propertytrust.core.book;
  exports org.propertytrust.core.contract;
  exports org.propertytrust.core.fee;
  exports org.propertytrust.core.handover;
  exports org.propertytrust.core.ledger;
  exports org.propertytrust.core.metrics;
  exports org.propertytrust.core.money;
  exports org.propertytrust.core.party;
  exports org.propertytrust.core.service;
  exports org.propertytrust.core.simulation;
  exports org.propertytrust.core.statement;
}
