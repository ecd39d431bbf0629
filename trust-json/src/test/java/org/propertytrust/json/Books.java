package org.propertytrust.json;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.fixtures.ExampleBooks;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.ServiceLevels;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.service.TicketKind;

/** Fixed books for tests that need particular content. */
final class Books {
  private Books() {}

  /**
   * maple-court with every optional field the examples leave out: a contract end, a late fee with a
   * cap, service levels, remuneration on public revenue, related parties, an entry with every link,
   * a ticket in UTC with a fraction of a second.
   */
  static TrustBook everything() {
    TrustBook maple = ExampleBooks.mapleCourt();
    ImmutableContract contract =
        ImmutableContract.copyOf(maple.contract())
            .withEnd(ExampleBooks.d("2026-02-28"))
            .withLateFee(LateFeeTerms.of(Percent.parse("5.5"), 30, ExampleBooks.cny("50.00")))
            .withServiceLevels(ServiceLevels.builder().registerMinutes(10).planHours(24).build())
            .withRemuneration(
                Remuneration.builder()
                    .basis(org.propertytrust.core.contract.RemunerationBasis.PERCENT_OF_COLLECTED)
                    .percent(Percent.parse("8.25"))
                    .addFees("property", "cleaning", "public:parking")
                    .publicRevenueApprovedByAssembly(true)
                    .build());
    Entry reversal = maple.entries().get(11).reversal("M17", ExampleBooks.d("2024-05-02"));
    Entry linked =
        org.propertytrust.core.ledger.ImmutableEntry.copyOf(reversal).withTrustee("acme");
    return ImmutableTrustBook.copyOf(maple)
        .withContract(contract)
        .withParties(
            Party.builder()
                .id("sup")
                .role(Role.SUPERVISOR)
                .name("Community supervisor, 监察人")
                .addRelatedTo("owners", "committee")
                .build(),
            maple.parties().get(0),
            maple.parties().get(1),
            maple.parties().get(2),
            maple.parties().get(3),
            maple.parties().get(5),
            maple.parties().get(6))
        .withUnits(
            Unit.builder().id("18-2-301").areaM2(new BigDecimal("88.1234")).owner("张三").build(),
            Unit.of("U2", "110.00"))
        .withEntries(
            ImmutableTrustBook.copyOf(maple).withEntries(linked).entries().get(0),
            maple.entries().get(0))
        .withTickets(
            Ticket.builder()
                .id("T9")
                .unit("U2")
                .kind(TicketKind.SMALL)
                .reportedAt(OffsetDateTime.parse("2024-03-05T20:10:00.123456789Z"))
                .resolvedAt(OffsetDateTime.parse("2024-03-05T22:10:00-03:30"))
                .build());
  }
}
