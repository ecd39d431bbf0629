/**
 * Collection-rate scenarios of a community (DOMAIN.md §7): the entry points a command line or an
 * application calls.
 *
 * <p>{@link org.propertytrust.scenario.Scenarios} reads and writes scenario specs, projects them
 * (expected values), simulates them (seeded Monte Carlo with percentiles) and runs comparisons; the
 * sub-packages hold the model ({@code spec}), the two projection methods ({@code projection}),
 * calibration from a book ({@code calibration}), the CSV and JSON files ({@code format}) and charts
 * ({@code chart}).
 *
 * <p>Every value is immutable and rejects nulls; structural errors throw {@link
 * org.propertytrust.core.TrustException} with a message that names the value. Money is exact on
 * input and rounded to the currency's minor unit on output; probabilities, expected counts and
 * percentiles are {@code double} inside the simulation, computed with {@link StrictMath} and seeded
 * streams so that the same inputs give the same output on any machine.
 */
@NullMarked
@Value.Style(
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {
      "cohort:cohorts",
      "variant:variants",
      "fee:fees",
      "outcome:outcomes",
      "month:months",
      "arrears:arrears"
    },
    throwForInvalidImmutableState = TrustException.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package org.propertytrust.scenario;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
import org.propertytrust.core.TrustException;
