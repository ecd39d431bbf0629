/**
 * What is disclosed and reconciled: the bank's monthly statements of the trust accounts, the record
 * of each month's disclosure (公示) to owners, and the monthly statement itself.
 */
@NullMarked
package org.propertytrust.core.statement;

import org.jspecify.annotations.NullMarked;
