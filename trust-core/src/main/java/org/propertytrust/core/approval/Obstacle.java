package org.propertytrust.core.approval;

import org.immutables.value.Value;

/**
 * A reason spending may not be paid on a day, with a message a person can act on.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Obstacle {
  Obstacle() {}

  /**
   * Returns the kind of obstacle.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ObstacleKind kind();

  /**
   * Returns what is wrong, naming the expenditure, the amounts and the parties involved.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns an obstacle.
   *
   * @param kind the kind; not null
   * @param message the message; not null
   * @return the value
   */
  public static Obstacle of(ObstacleKind kind, String message) {
    return ImmutableObstacle.of(kind, message);
  }
}
