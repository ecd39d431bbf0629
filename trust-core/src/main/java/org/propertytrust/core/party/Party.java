package org.propertytrust.core.party;

import java.util.Set;
import org.immutables.value.Value;
import org.propertytrust.core.Ids;

/**
 * A party of the community: the assembly, the committee, a trustee company, a supervisor, a vendor
 * or the bank.
 *
 * <p>{@link #relatedTo()} lists the parties this one is related to (a supervisor who works for the
 * trustee's parent company, say). A supervisor related to the trustee cannot approve spending, and
 * trust money may not flow to a related party except as the rules allow.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party {
  Party() {}

  /**
   * Returns the party's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the role the party holds.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the party's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the ids of the parties this one is related to; empty by default.
   *
   * @return the related party ids, in the order given
   */
  public abstract Set<String> relatedTo();

  /**
   * Tells whether this party is the given party or related to it, in either direction as far as
   * this party's own list says.
   *
   * @param partyId the other party's id; not null
   * @return true if {@code partyId} is this party or listed in {@link #relatedTo()}
   */
  public boolean isOrIsRelatedTo(String partyId) {
    return id().equals(partyId) || relatedTo().contains(partyId);
  }

  /**
   * Returns a party with no relations.
   *
   * @param id the id; not null
   * @param role the role; not null
   * @param name the name; not null
   * @return the party
   */
  public static Party of(String id, Role role, String name) {
    return builder().id(id).role(role).name(name).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableParty.Builder builder() {
    return ImmutableParty.builder();
  }

  @Value.Check
  void check() {
    Ids.check("party id", id());
    for (String related : relatedTo()) {
      Ids.check("party " + id() + " relatedTo id", related);
    }
  }
}
