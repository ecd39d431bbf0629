/**
 * Property Trust scenarios: collection-rate projections of a community, as an exact expected-value
 * projection and as a seeded Monte Carlo with percentiles, roll rates calibrated from a book's
 * payment history, comparisons of remuneration models, and their CSV, JSON and chart outputs.
 */
module org.propertytrust.scenario {
  requires transitive org.propertytrust.core;
  requires transitive org.apache.commons.rng.api;
  requires org.apache.commons.rng.core;
  requires com.fasterxml.jackson.databind;
  requires org.jfree.jfreechart;
  requires transitive java.desktop;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static org.jspecify;

  exports org.propertytrust.scenario;
  exports org.propertytrust.scenario.spec;
  exports org.propertytrust.scenario.projection;
  exports org.propertytrust.scenario.calibration;
  exports org.propertytrust.scenario.format;
  exports org.propertytrust.scenario.chart;
}
