/** Collection-rate scenarios: projections, Monte Carlo and calibration from a book. */
module org.propertytrust.scenario {
  requires transitive org.propertytrust.core;
}
