/**
 * Synthetic communities: a seeded simulation that runs a community month by month through the
 * library's own operations (billing, payments, prepayments, waivers, late fees, public revenue,
 * supervised spending, remuneration, disclosures, bank statements, tickets), producing realistic,
 * clean books of any size for tests, benchmarks and demonstrations.
 */
@NullMarked
package org.propertytrust.core.simulation;

import org.jspecify.annotations.NullMarked;
