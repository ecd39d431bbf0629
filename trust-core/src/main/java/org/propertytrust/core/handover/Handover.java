package org.propertytrust.core.handover;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.propertytrust.core.Ids;
import org.propertytrust.core.TrustException;

/**
 * A change of trustee on a date: from the outgoing company to the incoming one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Handover {
  Handover() {}

  /**
   * Returns the handover date: the incoming trustee's first day.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the outgoing trustee.
   *
   * @return the party id
   */
  @Value.Parameter
  public abstract String from();

  /**
   * Returns the incoming trustee.
   *
   * @return the party id
   */
  @Value.Parameter
  public abstract String to();

  /**
   * Returns a handover.
   *
   * @param date the date; not null
   * @param from the outgoing trustee's id; not null
   * @param to the incoming trustee's id; not null
   * @return the value
   */
  public static Handover of(LocalDate date, String from, String to) {
    return ImmutableHandover.of(date, from, to);
  }

  @Value.Check
  void check() {
    Ids.check("handover from", from());
    Ids.check("handover to", to());
    TrustException.check(
        !from().equals(to()), "a handover must change the trustee: from %s to %s", from(), to());
  }
}
