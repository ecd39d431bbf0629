package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.handover.HandoverReport;
import org.propertytrust.core.handover.Handovers;
import org.propertytrust.core.metrics.CollectionMetrics;
import org.propertytrust.core.metrics.Metrics;
import org.propertytrust.core.metrics.MetricsQuery;
import org.propertytrust.core.money.Rate;
import org.propertytrust.rules.RuleSet;

/** The demo books reproduce the seed's case studies, and validate clean. */
class DemoBooksTest {
  private static final java.nio.file.Path RESOURCES =
      java.nio.file.Path.of("src/main/resources/org/propertytrust/cli/demo");

  /**
   * The JSON embedded in the jar is exactly what the builders write; run with -Ddemo.write=true to
   * write it again after changing a builder.
   */
  @Test
  void theEmbeddedBooksAreWhatTheBuildersWrite() throws java.io.IOException {
    boolean write = Boolean.getBoolean("demo.write");
    for (TrustBook book : DemoBooks.all()) {
      String json = org.propertytrust.json.TrustBookWriter.indented().toJson(book);
      java.nio.file.Path file = RESOURCES.resolve(book.community().id() + ".json");
      if (write) {
        java.nio.file.Files.createDirectories(RESOURCES);
        java.nio.file.Files.writeString(file, json, java.nio.charset.StandardCharsets.UTF_8);
      }
      assertThat(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8))
          .as(file.toString())
          .isEqualTo(json);
    }
  }

  @Test
  void theJarReadsEachEmbeddedBookBackToTheBookBuilt() {
    for (TrustBook book : DemoBooks.all()) {
      assertThat(DemoCommand.load(book.community().id())).isEqualTo(book);
    }
  }

  @Test
  void everyDemoBookValidatesClean() {
    for (TrustBook book : DemoBooks.all()) {
      assertThat(RuleSet.standard().validate(book).violations())
          .as(book.community().id())
          .isEmpty();
    }
  }

  @Test
  void guangjingReachesAPropertyFeeCollectionRateOf92Percent() {
    TrustBook book = DemoBooks.guangjing();
    CollectionMetrics june = Metrics.month(book, YearMonth.of(2024, 6));
    assertThat(june.currentRate()).contains(Rate.of(92, 100));
    assertThat(june.householdRate()).contains(Rate.of(46, 50));
    assertThat(Metrics.month(book, YearMonth.of(2024, 1)).currentRate()).contains(Rate.of(80, 100));
  }

  @Test
  void hongxingsCleaningFeeCollectionRisesFromZeroTo75Percent() {
    TrustBook book = DemoBooks.hongxing();
    CollectionMetrics january =
        Metrics.compute(
            book, MetricsQuery.builder().from(YearMonth.of(2024, 1)).addFees("cleaning").build());
    CollectionMetrics june =
        Metrics.compute(
            book, MetricsQuery.builder().from(YearMonth.of(2024, 6)).addFees("cleaning").build());
    assertThat(january.currentRate()).contains(Rate.ZERO);
    assertThat(june.currentRate()).contains(Rate.of(3, 4));
  }

  @Test
  void yiheRecoversA140000YuanOfPrepaidFees() {
    TrustBook book = DemoBooks.yihe();
    HandoverReport report =
        Handovers.report(book, book.handovers().get(0), LocalDate.of(2024, 5, 31));
    assertThat(report.owed()).isEqualTo(DemoBooks.cny("140000.00"));
    assertThat(report.recovered()).isEqualTo(DemoBooks.cny("140000.00"));
    assertThat(report.open().isZero()).isTrue();
  }

  @Test
  void qingtanBuilding18CollectsEverything() {
    TrustBook book = DemoBooks.qingtan();
    for (int m = 1; m <= 6; m++) {
      CollectionMetrics month = Metrics.month(book, YearMonth.of(2024, m));
      assertThat(month.currentRate()).contains(Rate.ONE);
      assertThat(month.householdRate()).contains(Rate.ONE);
    }
    assertThat(book.tickets()).isEmpty();
  }
}
