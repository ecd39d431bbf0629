/**
 * Spending under supervision: expenditures with their approvals, objections and budget lines, and
 * the owners' assembly votes that large and reserve-fund spending needs (Civil Code art. 278).
 */
@NullMarked
package org.propertytrust.core.approval;

import org.jspecify.annotations.NullMarked;
