package org.propertytrust.core.party;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A unit (户) of the community: a flat, house or shop with its floor area.
 *
 * <p>The area is the basis of per-square-metre fees and of sharing public revenue (Civil Code art.
 * 283). It is positive and fixed for the life of a book. The owner's name is optional and personal
 * information: public statements mask it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Unit {
  /** The most decimal places an area may have. */
  public static final int AREA_SCALE = 4;

  Unit() {}

  /**
   * Returns the unit's id ({@code "A"}, {@code "18-2-301"}).
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the floor area in square metres.
   *
   * @return the area, positive
   */
  public abstract BigDecimal areaM2();

  /**
   * Returns the owner's name, if recorded.
   *
   * @return the owner
   */
  public abstract Optional<String> owner();

  /**
   * Returns a unit with no recorded owner.
   *
   * @param id the id; not null
   * @param areaM2 the area in square metres; not null, positive
   * @return the unit
   */
  public static Unit of(String id, BigDecimal areaM2) {
    return builder().id(id).areaM2(areaM2).build();
  }

  /**
   * Returns a unit with no recorded owner, its area given as a decimal string.
   *
   * @param id the id; not null
   * @param areaM2 the area in square metres, such as {@code "120.50"}; not null
   * @return the unit
   */
  public static Unit of(String id, String areaM2) {
    return of(id, org.propertytrust.core.money.Amounts.parseDecimal(areaM2, AREA_SCALE, "areaM2"));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableUnit.Builder builder() {
    return ImmutableUnit.builder();
  }

  @Value.Check
  void check() {
    Ids.check("unit id", id());
    org.propertytrust.core.money.Amounts.checkDecimal("unit " + id() + " areaM2", areaM2());
    TrustException.check(
        areaM2().signum() > 0,
        "unit %s areaM2 must be positive: %s",
        id(),
        areaM2().toPlainString());
    TrustException.check(
        areaM2().stripTrailingZeros().scale() <= AREA_SCALE,
        "unit %s areaM2 must have at most %s decimals: %s",
        id(),
        AREA_SCALE,
        areaM2().toPlainString());
    TrustException.check(
        areaM2().compareTo(BigDecimal.TEN.pow(9)) < 0,
        "unit %s areaM2 is implausibly large: %s",
        id(),
        areaM2().toPlainString());
  }
}
