package org.propertytrust.rules.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.propertytrust.rules.Rule;

/**
 * The standard catalog, in the order of DOMAIN.md §6.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardRules {
  private static final List<Rule> ALL =
      ImmutableList.<Rule>builder()
          .addAll(LedgerRules.all())
          .addAll(FeeRules.all())
          .addAll(TrustRules.all())
          .addAll(ApprovalRules.all())
          .addAll(RecordRules.all())
          .build();

  private StandardRules() {}

  /**
   * Returns every rule of the catalog.
   *
   * @return the rules, in catalog order
   */
  public static List<Rule> all() {
    return ALL;
  }
}
