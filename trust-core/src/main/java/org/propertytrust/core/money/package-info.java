/**
 * Money, exact rates and allocation.
 *
 * <p>Amounts are Joda-Money {@link org.joda.money.Money} in every public signature, in the
 * community's currency and at that currency's scale. {@link org.propertytrust.core.money.Amounts}
 * parses decimal strings lexically before building any number; {@link
 * org.propertytrust.core.money.Rate} is an exact ratio (a collection rate, say) and {@link
 * org.propertytrust.core.money.Percent} a contract percentage; {@link
 * org.propertytrust.core.money.Allocation} splits an amount by weights so that no minor unit is
 * lost or created.
 */
@NullMarked
package org.propertytrust.core.money;

import org.jspecify.annotations.NullMarked;
