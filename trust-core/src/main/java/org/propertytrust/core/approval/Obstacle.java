package org.propertytrust.core.approval;

import java.util.Optional;
import org.immutables.value.Value;
import org.propertytrust.core.party.Role;

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
   * Returns the role whose approval is missing or was rejected, for those kinds.
   *
   * @return the role
   */
  public abstract Optional<Role> role();

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

  /**
   * Returns an obstacle that concerns one role's approval.
   *
   * @param kind the kind; not null
   * @param role the role; not null
   * @param message the message; not null
   * @return the value
   */
  public static Obstacle of(ObstacleKind kind, Role role, String message) {
    return ImmutableObstacle.of(kind, message).withRole(role);
  }
}
