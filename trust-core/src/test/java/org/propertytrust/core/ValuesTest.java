package org.propertytrust.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.propertytrust.core.fixtures.ExampleBooks.cny;
import static org.propertytrust.core.fixtures.ExampleBooks.d;
import static org.propertytrust.core.fixtures.ExampleBooks.ym;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.ServiceLevels;
import org.propertytrust.core.service.ServiceStage;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.service.TicketKind;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;
import org.propertytrust.core.statement.UnclearedItem;

/** Examples of every value's defaults and structural checks. */
class ValuesTest {
  private static final ApprovalThresholds THRESHOLDS =
      ApprovalThresholds.of(cny("2000.00"), cny("10000.00"), cny("50000.00"), 3);

  @Test
  void communityDefaultsToCny() {
    assertThat(Community.of("c", "Garden").currency()).isEqualTo(Amounts.CNY);
    assertThatThrownBy(() -> Community.of("c", " "))
        .isInstanceOf(TrustException.class)
        .hasMessage("community c must have a name");
  }

  @Test
  void aCommunityIsKeptInACurrencyOfAtMostThreeDecimals() {
    // 15 digits before the point and 3 after: 10^18 - 1 minor units, below 2^63 - 1.
    CurrencyUnit bhd = CurrencyUnit.of("BHD");
    assertThat(Community.builder().id("c").name("Garden").currency(bhd).build().currency())
        .isEqualTo(bhd);
    assertThat(Money.parse("BHD 999999999999999.999").getAmountMinorLong())
        .isEqualTo(999_999_999_999_999_999L);
    // With 4 decimals the same magnitude needs 10^19 - 1 minor units, more than a long holds.
    assertThatThrownBy(
            () ->
                Community.builder().id("c").name("Garden").currency(CurrencyUnit.of("CLF")).build())
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "currency CLF has 4 decimal places; a book can be kept only in a currency of at most"
                + " 3, so that amounts of up to 15 digits before the point fit in 64-bit minor"
                + " units");
  }

  @Test
  void partiesKnowTheirRelations() {
    Party sup =
        Party.builder().id("sup").role(Role.SUPERVISOR).name("S").addRelatedTo("acme").build();
    assertThat(sup.isOrIsRelatedTo("acme")).isTrue();
    assertThat(sup.isOrIsRelatedTo("sup")).isTrue();
    assertThat(sup.isOrIsRelatedTo("other")).isFalse();
    assertThatThrownBy(() -> Party.of("", Role.BANK, "Bank"))
        .isInstanceOf(TrustException.class)
        .hasMessage("party id must not be empty");
  }

  @Test
  void unitsHaveAPositiveArea() {
    assertThat(Unit.of("A", "120.50").areaM2()).isEqualByComparingTo("120.5");
    assertThatThrownBy(() -> Unit.of("A", BigDecimal.ZERO))
        .isInstanceOf(TrustException.class)
        .hasMessage("unit A areaM2 must be positive: 0");
    assertThatThrownBy(() -> Unit.of("A", "1.00001"))
        .isInstanceOf(TrustException.class)
        .hasMessage("areaM2 has 5 decimals; at most 4 are allowed: \"1.00001\"");
  }

  @Test
  @org.junit.jupiter.api.Timeout(
      value = 10,
      threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void decimalsWithHostileScalesAreRefusedAtOnce() {
    String bounds = " has scale 100000000; the scale must lie between -60 and 60: ";
    assertThatThrownBy(() -> Unit.of("A", new BigDecimal("1E-100000000")))
        .isInstanceOf(TrustException.class)
        .hasMessage("unit A areaM2" + bounds + "1E-100000000");
    assertThatThrownBy(
            () ->
                Fee.builder()
                    .code("p")
                    .basis(FeeBasis.PER_M2_MONTH)
                    .rate(new BigDecimal("0E-100000000"))
                    .dueDay(1)
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("fee p rate" + bounds + "0E-100000000");
    assertThatThrownBy(
            () ->
                Vote.builder()
                    .id("V1")
                    .subject("s")
                    .tier(VoteTier.ORDINARY)
                    .heldOn(d("2024-03-10"))
                    .totalAreaM2(new BigDecimal("1E+100000000"))
                    .totalOwners(4)
                    .participatingAreaM2(new BigDecimal("80"))
                    .participatingOwners(3)
                    .yesAreaM2(new BigDecimal("80"))
                    .yesOwners(2)
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "vote V1 totalAreaM2 has scale -100000000; the scale must lie between -60 and 60:"
                + " 1E+100000000");
  }

  @Test
  void disclosuresRecordAMonthAndTheDayItWasPublished() {
    Disclosure march = Disclosure.of(ym("2024-03"), d("2024-04-08"));
    assertThat(march.period()).isEqualTo(ym("2024-03"));
    assertThat(march.publishedOn()).isEqualTo(d("2024-04-08"));
    assertThat(march).isEqualTo(Disclosure.of(ym("2024-03"), d("2024-04-08")));
    assertThat(march).hasSameHashCodeAs(Disclosure.of(ym("2024-03"), d("2024-04-08")));
    assertThat(march).isNotEqualTo(Disclosure.of(ym("2024-03"), d("2024-04-09")));
    assertThat(march).isNotEqualTo(Disclosure.of(ym("2024-02"), d("2024-04-08")));
    assertThat(march).hasToString("Disclosure{period=2024-03, publishedOn=2024-04-08}");
  }

  @Test
  void feesComputeCharges() {
    Fee property = Fee.of("property", FeeBasis.PER_M2_MONTH, "1.50", 15);
    assertThat(property.chargeFor(Unit.of("C", "120.50"), Amounts.CNY)).isEqualTo(cny("180.75"));
    // 0.85 x 87.63 = 74.4855 -> 74.49 HALF_UP
    Fee rounded = Fee.of("property", FeeBasis.PER_M2_MONTH, "0.85", 15);
    assertThat(rounded.chargeFor(Unit.of("X", "87.63"), Amounts.CNY)).isEqualTo(cny("74.49"));
    // 1.25 x 10.02 = 12.525 -> 12.53 (HALF_UP, not banker's rounding)
    assertThat(
            Fee.of("p", FeeBasis.PER_M2_MONTH, "1.25", 1)
                .chargeFor(Unit.of("Y", "10.02"), Amounts.CNY))
        .isEqualTo(cny("12.53"));
    Fee cleaning = Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "20.00", 10);
    assertThat(cleaning.chargeFor(Unit.of("C", "120.50"), Amounts.CNY)).isEqualTo(cny("20.00"));
    assertThat(Fee.of("f", FeeBasis.PER_UNIT_MONTH, "1", 31).dueDate(ym("2024-02")))
        .isEqualTo(d("2024-02-29"));
    assertThat(property.dueDate(ym("2024-02"))).isEqualTo(d("2024-02-15"));
  }

  @Test
  void feesRejectBadTerms() {
    assertThatThrownBy(() -> Fee.of("late-fee", FeeBasis.PER_UNIT_MONTH, "1", 1))
        .isInstanceOf(TrustException.class)
        .hasMessage("fee code late-fee is reserved for late fees");
    assertThatThrownBy(() -> Fee.of("p", FeeBasis.PER_UNIT_MONTH, "1", 32))
        .isInstanceOf(TrustException.class)
        .hasMessage("fee p dueDay must be between 1 and 31: 32");
    assertThatThrownBy(() -> Fee.of("p", FeeBasis.PER_UNIT_MONTH, "-1", 1))
        .isInstanceOf(TrustException.class)
        .hasMessage("fee rate must not be negative: \"-1\"");
  }

  @Test
  void remunerationIsFixedOrAPercentage() {
    Remuneration fixed = Remuneration.fixedMonthly(cny("300.00"));
    assertThat(fixed.basis()).isEqualTo(RemunerationBasis.FIXED_MONTHLY);
    assertThat(fixed.publicRevenueApprovedByAssembly()).isFalse();
    Remuneration percent =
        Remuneration.percentOfCollected(Percent.of(10), "property", "public:parking");
    assertThat(percent.feeCodes()).containsExactly("property");
    assertThat(percent.publicSources()).containsExactly("parking");
    assertThatThrownBy(() -> Remuneration.builder().basis(RemunerationBasis.FIXED_MONTHLY).build())
        .isInstanceOf(TrustException.class)
        .hasMessage("a FIXED_MONTHLY remuneration must have an amount");
    assertThatThrownBy(
            () ->
                Remuneration.builder()
                    .basis(RemunerationBasis.PERCENT_OF_COLLECTED)
                    .percent(Percent.of(10))
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("a PERCENT_OF_COLLECTED remuneration must list the fees it applies to");
  }

  @Test
  void contractDefaultsAndChecks() {
    Contract contract =
        Contract.builder()
            .trustee("acme")
            .supervisor("sup")
            .start(d("2024-01-01"))
            .addFee(Fee.of("property", FeeBasis.PER_M2_MONTH, "1.50", 15))
            .addFee(Fee.of("cleaning", FeeBasis.PER_UNIT_MONTH, "20.00", 10))
            .remuneration(Remuneration.fixedMonthly(cny("300.00")))
            .approval(THRESHOLDS)
            .build();
    assertThat(contract.allocation()).isEqualTo(AllocationPolicy.OLDEST_FIRST);
    assertThat(contract.disclosureDays()).isEqualTo(10);
    assertThat(contract.serviceLevels()).isEqualTo(ServiceLevels.DEFAULT);
    assertThat(contract.lateFee()).isEmpty();
    assertThat(contract.feeCodes()).containsExactly("property", "cleaning");
    assertThat(contract.feeOrder("cleaning")).isEqualTo(1);
    assertThat(contract.feeOrder("late-fee")).isEqualTo(2);
    assertThat(contract.feeOrder("other")).isEqualTo(3);
    assertThat(contract.isInForceOn(d("2023-12-31"))).isFalse();
    assertThat(contract.isInForceOn(d("2024-01-01"))).isTrue();

    assertThatThrownBy(
            () ->
                org.propertytrust.core.contract.ImmutableContract.copyOf(contract)
                    .withFees(
                        Fee.of("property", FeeBasis.PER_M2_MONTH, "1.50", 15),
                        Fee.of("property", FeeBasis.PER_UNIT_MONTH, "1", 1)))
        .isInstanceOf(TrustException.class);
    assertThatThrownBy(
            () ->
                Contract.builder()
                    .trustee("acme")
                    .supervisor("sup")
                    .start(d("2024-01-01"))
                    .end(d("2023-01-01"))
                    .remuneration(Remuneration.fixedMonthly(cny("1.00")))
                    .approval(THRESHOLDS)
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("contract end 2023-01-01 must not be before its start 2024-01-01");
    assertThatThrownBy(
            () ->
                Contract.builder()
                    .trustee("acme")
                    .supervisor("sup")
                    .start(d("2024-01-01"))
                    .remuneration(Remuneration.percentOfCollected(Percent.of(5), "water"))
                    .approval(THRESHOLDS)
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("remuneration lists fee water, which the contract does not have");
    assertThatThrownBy(() -> Contract.builder().trustee("acme").build())
        .isInstanceOf(TrustException.class)
        .hasMessageContaining("supervisor");
  }

  @Test
  void thresholdsAndLateFees() {
    assertThatThrownBy(() -> ApprovalThresholds.of(cny("1"), cny("2"), cny("3"), -1))
        .isInstanceOf(TrustException.class)
        .hasMessage("objectionDays must not be negative: -1");
    assertThatThrownBy(() -> ApprovalThresholds.of(cny("1"), Money.parse("USD 2"), cny("3"), 1))
        .isInstanceOf(TrustException.class)
        .hasMessage("approval thresholds must share one currency: CNY 1.00, USD 2.00, CNY 3.00");
    LateFeeTerms late = LateFeeTerms.of(Percent.of(5), 15, cny("50.00"));
    assertThat(late.cap()).contains(cny("50.00"));
    assertThatThrownBy(() -> LateFeeTerms.of(Percent.of(5), -1, cny("50.00")))
        .isInstanceOf(TrustException.class)
        .hasMessage("lateFee graceDays must not be negative: -1");
  }

  @Test
  void serviceLevelsDefaultTo54321() {
    ServiceLevels levels = ServiceLevels.DEFAULT;
    assertThat(levels.limit(ServiceStage.REGISTER)).isEqualTo(Duration.ofMinutes(5));
    assertThat(levels.limit(ServiceStage.ON_SITE)).isEqualTo(Duration.ofMinutes(40));
    assertThat(levels.limit(ServiceStage.SMALL_FIX)).isEqualTo(Duration.ofHours(3));
    assertThat(levels.limit(ServiceStage.PLAN)).isEqualTo(Duration.ofDays(2));
    assertThat(levels.limit(ServiceStage.FOLLOW_UP)).isEqualTo(Duration.ofDays(7));
    assertThatThrownBy(() -> ServiceLevels.builder().planHours(0).build())
        .isInstanceOf(TrustException.class)
        .hasMessageStartingWith("service levels must be positive");
  }

  @Test
  void expendituresVotesAndBudget() {
    Expenditure x =
        Expenditure.builder()
            .id("X1")
            .requestedBy("acme")
            .requestedOn(d("2024-03-10"))
            .payee("liftco")
            .amount(cny("2000.00"))
            .category("repairs")
            .budgetLine("repairs")
            .description("Lift door sensor")
            .addApproval(Approval.of("sup", Role.SUPERVISOR, Decision.APPROVE, d("2024-03-11")))
            .build();
    assertThat(x.fund()).isEqualTo(Fund.OPERATING);
    assertThat(Fund.RESERVE.bankAccount()).isEqualTo(Account.RESERVE_CASH);
    assertThatThrownBy(
            () ->
                org.propertytrust.core.approval.ImmutableExpenditure.copyOf(x)
                    .withAmount(cny("0.00")))
        .isInstanceOf(TrustException.class);

    assertThatThrownBy(
            () ->
                Vote.builder()
                    .id("V1")
                    .subject("s")
                    .tier(VoteTier.ORDINARY)
                    .heldOn(d("2024-03-10"))
                    .totalAreaM2(new BigDecimal("100"))
                    .totalOwners(4)
                    .participatingAreaM2(new BigDecimal("80"))
                    .participatingOwners(3)
                    .yesAreaM2(new BigDecimal("81"))
                    .yesOwners(2)
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("vote V1 yesAreaM2 must lie between 0 and participatingAreaM2 80: 81");
    assertThatThrownBy(() -> BudgetLine.of(2024, "repairs", cny("-1.00")))
        .isInstanceOf(TrustException.class)
        .hasMessage("budget 2024 repairs amount must not be negative: CNY -1.00");
  }

  @Test
  void bankStatementsAndTickets() {
    BankStatement statement =
        BankStatement.builder()
            .account(Account.CASH)
            .period(ym("2024-03"))
            .closingBalance(cny("1131.00"))
            .addUncleared(UnclearedItem.of("M11", cny("800.00").negated()))
            .build();
    assertThat(statement.expectedBookBalance()).isEqualTo(cny("331.00"));
    assertThatThrownBy(
            () ->
                BankStatement.builder()
                    .account(Account.PREPAID)
                    .period(ym("2024-03"))
                    .closingBalance(cny("1.00"))
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage("a bank statement is for cash or reserve-cash, not prepaid");

    assertThatThrownBy(
            () ->
                Ticket.builder()
                    .id("T1")
                    .unit("A")
                    .kind(TicketKind.SMALL)
                    .reportedAt(OffsetDateTime.parse("2024-02-03T09:00:00+08:00"))
                    .registeredAt(OffsetDateTime.parse("2024-02-03T08:59:00+08:00"))
                    .build())
        .isInstanceOf(TrustException.class)
        .hasMessage(
            "ticket T1 reaches REGISTER at 2024-02-03T08:59+08:00, before it was reported at"
                + " 2024-02-03T09:00+08:00");
    assertThatThrownBy(() -> Handover.of(d("2024-03-01"), "acme", "acme"))
        .isInstanceOf(TrustException.class)
        .hasMessage("a handover must change the trustee: from acme to acme");
  }
}
