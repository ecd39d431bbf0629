package org.propertytrust.scenario.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.contract.AllocationPolicy.OLDEST_FIRST;
import static org.propertytrust.core.contract.AllocationPolicy.SAME_PERIOD_FIRST;

import org.junit.jupiter.api.Test;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.contract.AllocationPolicy;

/** The money meaning of every move with the cap at 3, listed by hand. */
class ArrearsTransitionTest {
  /** {from, to, paidCurrent, paidArrears, writtenOff} under OLDEST_FIRST, cap K = 3. */
  private static final int[][] OLDEST = {
    {0, 0, 1, 0, 0},
    {0, 1, 0, 0, 0},
    {1, 0, 1, 1, 0},
    {1, 1, 0, 1, 0},
    {1, 2, 0, 0, 0},
    {2, 0, 1, 2, 0},
    {2, 1, 0, 2, 0},
    {2, 2, 0, 1, 0},
    {2, 3, 0, 0, 0},
    {3, 0, 1, 3, 0},
    {3, 1, 0, 3, 0},
    {3, 2, 0, 2, 0},
    {3, 3, 0, 0, 1},
  };

  /** The same moves under SAME_PERIOD_FIRST: the month's own bill is paid first. */
  private static final int[][] SAME_PERIOD = {
    {0, 0, 1, 0, 0},
    {0, 1, 0, 0, 0},
    {1, 0, 1, 1, 0},
    {1, 1, 1, 0, 0},
    {1, 2, 0, 0, 0},
    {2, 0, 1, 2, 0},
    {2, 1, 1, 1, 0},
    {2, 2, 1, 0, 0},
    {2, 3, 0, 0, 0},
    {3, 0, 1, 3, 0},
    {3, 1, 1, 2, 0},
    {3, 2, 1, 1, 0},
    {3, 3, 0, 0, 1},
  };

  @Test
  void everyPossibleMoveWithTheCapAtThreeOldestFirst() {
    check(OLDEST, OLDEST_FIRST);
  }

  @Test
  void everyPossibleMoveWithTheCapAtThreeSamePeriodFirst() {
    check(SAME_PERIOD, SAME_PERIOD_FIRST);
  }

  private static void check(int[][] table, AllocationPolicy policy) {
    int possible = 0;
    for (int from = 0; from <= 3; from++) {
      for (int to = 0; to <= 3; to++) {
        if (ArrearsTransition.isPossible(from, to, 3)) {
          possible++;
        }
      }
    }
    assertThat(possible).isEqualTo(table.length);
    for (int[] row : table) {
      ArrearsTransition move = ArrearsTransition.of(row[0], row[1], 3, policy);
      assertThat(new int[] {move.paidCurrent(), move.paidArrears(), move.writtenOff()})
          .as("move %s -> %s", row[0], row[1])
          .containsExactly(row[2], row[3], row[4]);
      // k + 1 bills after billing = paid + written off + left open
      assertThat(move.paid() + move.writtenOff() + row[1]).isEqualTo(row[0] + 1);
    }
  }

  @Test
  void impossibleMovesAndExplicitAllocationAreRejected() {
    assertThatThrownBy(() -> ArrearsTransition.of(0, 2, 3, OLDEST_FIRST))
        .isInstanceOf(TrustException.class)
        .hasMessage("no move from arrears state 0 to 2 with the cap at 3");
    assertThatThrownBy(() -> ArrearsTransition.of(1, 1, 3, AllocationPolicy.EXPLICIT))
        .isInstanceOf(TrustException.class)
        .hasMessageContaining("not EXPLICIT");
  }
}
