package org.propertytrust.core.fee;

import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.AllocationPolicy;

/** The fee tests' community, for the tests of other packages. */
public final class OperationsTestAccess {
  private OperationsTestAccess() {}

  /** Returns the community of {@link OperationsTest}, allocating oldest first. */
  public static TrustBook community() {
    return OperationsTest.community(AllocationPolicy.OLDEST_FIRST);
  }
}
