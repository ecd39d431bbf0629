package org.propertytrust.core.contract;

/** How a fee's monthly charge is computed from its rate. */
public enum FeeBasis {
  /** The rate is per square metre per month: charge = round(rate × area, HALF_UP). */
  PER_M2_MONTH,
  /** The rate is the monthly charge of every unit, whatever its area. */
  PER_UNIT_MONTH
}
