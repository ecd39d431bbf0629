/**
 * Service to owners: repair and complaint tickets, and the "54321" service levels they are measured
 * against (register in 5 minutes, on site in 40, small fix in 3 hours, a plan for a complex problem
 * in 2 days, a follow-up visit within a week).
 */
@NullMarked
package org.propertytrust.core.service;

import org.jspecify.annotations.NullMarked;
