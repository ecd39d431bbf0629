package org.propertytrust.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Rate;
import org.propertytrust.core.service.ServiceStage;

/**
 * Every figure of shared/examples/*.metrics.json, for every month listed there, written out here by
 * hand from those files (the CLI's tests compare the JSON output field for field as well).
 */
class ReferenceBooksMetricsTest {
  private static final Map<String, TrustBook> BOOKS =
      Map.of("three-units", ExampleBooks.threeUnits(), "maple-court", ExampleBooks.mapleCourt());

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // book | month | asOf | billed | collected | current | household | opening | recovered |
        // recovery | combined | prepay | remDue | remPosted | notDue | 1-30 | 31-90 | 91-180 |
        // 181-365 | >365 | register | onSite | smallFix | plan | followUp
        "three-units|2024-01|2024-01-31|450.75|270.00|0.5990|0.6667|0.00|0.00|null|0.5990|120.00|27.00|27.00|0.00|180.75|0.00|0.00|0.00|0.00|null|null|null|null|null",
        "three-units|2024-02|2024-02-29|450.75|300.75|0.6672|0.6667|180.75|180.75|1.0000|0.7625|0.00|48.15|48.15|0.00|150.00|0.00|0.00|0.00|0.00|1.0000|1.0000|1.0000|null|1.0000",
        "maple-court|2024-03|2024-03-31|891.00|891.00|1.0000|1.0000|0.00|0.00|null|1.0000|280.00|300.00|300.00|0.00|0.00|0.00|0.00|0.00|0.00|1.0000|1.0000|null|1.0000|1.0000",
        "maple-court|2024-04|2024-04-30|891.00|720.00|0.8081|0.7500|0.00|0.00|null|0.8081|0.00|300.00|300.00|0.00|171.00|0.00|0.00|0.00|0.00|null|null|null|null|null"
      })
  void everyFigureOfTheReferenceFiles(
      String book,
      String month,
      String asOf,
      String billed,
      String collected,
      String current,
      String household,
      String opening,
      String recovered,
      String recovery,
      String combined,
      String prepaid,
      String remDue,
      String remPosted,
      String notDue,
      String d1to30,
      String d31to90,
      String d91to180,
      String d181to365,
      String over365,
      String register,
      String onSite,
      String smallFix,
      String plan,
      String followUp) {
    CollectionMetrics m = Metrics.month(BOOKS.get(book), ym(month));
    assertThat(m.book()).isEqualTo(book);
    assertThat(m.from()).isEqualTo(ym(month));
    assertThat(m.to()).isEqualTo(ym(month));
    assertThat(m.asOf()).hasToString(asOf);
    assertThat(Amounts.format(m.billed())).isEqualTo(billed);
    assertThat(Amounts.format(m.collectedCurrent())).isEqualTo(collected);
    assertThat(rate(m.currentRate())).isEqualTo(current);
    assertThat(rate(m.householdRate())).isEqualTo(household);
    assertThat(Amounts.format(m.openingArrears())).isEqualTo(opening);
    assertThat(Amounts.format(m.arrearsRecovered())).isEqualTo(recovered);
    assertThat(rate(m.recoveryRate())).isEqualTo(recovery);
    assertThat(rate(m.combinedRate())).isEqualTo(combined);
    assertThat(Amounts.format(m.prepaymentsReceived())).isEqualTo(prepaid);
    assertThat(Amounts.format(m.remunerationDue())).isEqualTo(remDue);
    assertThat(Amounts.format(m.remunerationPosted())).isEqualTo(remPosted);
    assertThat(Amounts.format(m.aging().notDue())).isEqualTo(notDue);
    assertThat(Amounts.format(m.aging().d1to30())).isEqualTo(d1to30);
    assertThat(Amounts.format(m.aging().d31to90())).isEqualTo(d31to90);
    assertThat(Amounts.format(m.aging().d91to180())).isEqualTo(d91to180);
    assertThat(Amounts.format(m.aging().d181to365())).isEqualTo(d181to365);
    assertThat(Amounts.format(m.aging().over365())).isEqualTo(over365);
    assertThat(rate(m.serviceLevelRate(ServiceStage.REGISTER))).isEqualTo(register);
    assertThat(rate(m.serviceLevelRate(ServiceStage.ON_SITE))).isEqualTo(onSite);
    assertThat(rate(m.serviceLevelRate(ServiceStage.SMALL_FIX))).isEqualTo(smallFix);
    assertThat(rate(m.serviceLevelRate(ServiceStage.PLAN))).isEqualTo(plan);
    assertThat(rate(m.serviceLevelRate(ServiceStage.FOLLOW_UP))).isEqualTo(followUp);
  }

  private static String rate(Optional<Rate> rate) {
    return rate.map(Rate::toString).orElse(null);
  }
}
