/**
 * Who is in a book: the community, its parties with their roles, and its units.
 *
 * <p>The owners are the settlors and beneficiaries of the trust; the property company is the {@link
 * org.propertytrust.core.party.Role#TRUSTEE trustee}; an independent {@link
 * org.propertytrust.core.party.Role#SUPERVISOR supervisor} and the owners' {@link
 * org.propertytrust.core.party.Role#COMMITTEE committee} approve spending; the {@link
 * org.propertytrust.core.party.Role#ASSEMBLY assembly} votes.
 */
@NullMarked
package org.propertytrust.core.party;

import org.jspecify.annotations.NullMarked;
