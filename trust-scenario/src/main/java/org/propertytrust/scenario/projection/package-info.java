/**
 * The two ways to project a scenario, which share one monthly step and so one set of semantics.
 *
 * <p>{@link org.propertytrust.scenario.projection.ExpectedProjection} propagates the expected
 * number of units in each state exactly (a state vector times the roll-rate matrix) and reports the
 * expected figures of each month. {@link org.propertytrust.scenario.projection.MonteCarlo} draws
 * the number of units making each move (binomial and multinomial draws over counts, never one unit
 * at a time, so the cost does not grow with the number of units) in many seeded runs and reports
 * per-month percentiles. {@link org.propertytrust.scenario.projection.BinomialSampler} is the exact
 * binomial sampler the runs use. {@link org.propertytrust.scenario.projection.Comparison} holds
 * several scenarios' results side by side.
 */
@NullMarked
package org.propertytrust.scenario.projection;

import org.jspecify.annotations.NullMarked;
