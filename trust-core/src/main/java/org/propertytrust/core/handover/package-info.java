/**
 * A change of trustee: the handover date, the outgoing and incoming companies, and the recovery of
 * owners' money (prepaid fees, deposits) the outgoing company still holds.
 */
@NullMarked
package org.propertytrust.core.handover;

import org.jspecify.annotations.NullMarked;
