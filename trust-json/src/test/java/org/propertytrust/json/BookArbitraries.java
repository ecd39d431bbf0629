package org.propertytrust.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.propertytrust.core.Ids;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.ImmutableExpenditure;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.contract.ImmutableLateFeeTerms;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.ledger.ImmutableLine;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.ImmutableParty;
import org.propertytrust.core.party.ImmutableUnit;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.ImmutableTicket;
import org.propertytrust.core.service.ServiceLevels;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.service.TicketKind;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;
import org.propertytrust.core.statement.ImmutableBankStatement;
import org.propertytrust.core.statement.UnclearedItem;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generators of whole books for the JSON tests: every section and every optional field, in
 * currencies with 0, 2 and 3 decimals, with ids and texts that need escaping (quotes, slashes,
 * tildes, non-ASCII, control characters in free text). The core's shared generators ({@code
 * Arbitraries}) cover single values; these build books that the core accepts. {@link
 * #REFUSED_CURRENCIES} are those it refuses for a book (more decimals than its minor units hold),
 * for tests that put them in a written book.
 */
final class BookArbitraries {
  private static final List<CurrencyUnit> CURRENCIES =
      List.of(
          CurrencyUnit.of("CNY"),
          CurrencyUnit.of("JPY"),
          CurrencyUnit.of("BHD"),
          CurrencyUnit.of("USD"));

  /**
   * Currencies a book cannot be kept in: CLF has 4 decimals, so an amount of 15 digits before the
   * point would pass a long of minor units.
   */
  static final List<CurrencyUnit> REFUSED_CURRENCIES = List.of(CurrencyUnit.of("CLF"));

  /** A currency a book cannot be kept in. */
  static Gen<CurrencyUnit> refusedCurrencies() {
    return rs -> pick(rs, REFUSED_CURRENCIES);
  }

  private static final String ID_CHARS = "AbZz09-_:/~.\"\\[]{}é中文楼栋😀 ";
  private static final String TEXT_CHARS = "Ab z09\"\\/~[]{}:,\n\t\u0001é中文😀'<>&\u2028";

  private BookArbitraries() {}

  /** Books of every shape, with up to {@code maxEntries} entries. */
  static Gen<TrustBook> books(int maxEntries) {
    return rs -> book(rs, maxEntries);
  }

  static int between(RandomnessSource rs, int min, int max) {
    return (int) rs.next(Constraint.between(min, max));
  }

  private static boolean chance(RandomnessSource rs, int percent) {
    return between(rs, 1, 100) <= percent;
  }

  private static <T> T pick(RandomnessSource rs, List<T> values) {
    return values.get(between(rs, 0, values.size() - 1));
  }

  static String id(RandomnessSource rs, String prefix) {
    StringBuilder out = new StringBuilder(prefix);
    int n = between(rs, 0, 6);
    for (int i = 0; i < n; i++) {
      out.appendCodePoint(
          ID_CHARS.codePointAt(
              ID_CHARS.offsetByCodePoints(
                  0, between(rs, 0, ID_CHARS.codePointCount(0, ID_CHARS.length()) - 1))));
    }
    String id = out.toString().strip();
    return Ids.isValid(id) ? id : prefix;
  }

  static String text(RandomnessSource rs) {
    StringBuilder out = new StringBuilder();
    int n = between(rs, 1, 24);
    int count = TEXT_CHARS.codePointCount(0, TEXT_CHARS.length());
    for (int i = 0; i < n; i++) {
      out.appendCodePoint(
          TEXT_CHARS.codePointAt(TEXT_CHARS.offsetByCodePoints(0, between(rs, 0, count - 1))));
    }
    return out.toString();
  }

  private static BigDecimal decimal(RandomnessSource rs, int maxScale, boolean positive) {
    long unscaled = rs.next(Constraint.between(positive ? 1 : 0, 99_999_999L));
    return BigDecimal.valueOf(unscaled, between(rs, 0, maxScale));
  }

  private static Money money(RandomnessSource rs, CurrencyUnit cur, long min, long max) {
    long minor =
        chance(rs, 10)
            ? rs.next(Constraint.between(min, Math.min(max, 99_999_999_999_999L)))
            : rs.next(Constraint.between(min, Math.min(max, 1_000_000_00L)));
    return Money.ofMinor(cur, minor);
  }

  private static Percent percent(RandomnessSource rs) {
    int scale = between(rs, 0, 3);
    return Percent.of(BigDecimal.valueOf(between(rs, 0, 100 * (int) Math.pow(10, scale)), scale));
  }

  private static LocalDate date(RandomnessSource rs) {
    return LocalDate.of(2000, 1, 1).plusDays(rs.next(Constraint.between(0, 12_000)));
  }

  private static OffsetDateTime instant(RandomnessSource rs, OffsetDateTime after) {
    return after
        .plusSeconds(rs.next(Constraint.between(0, 1_000_000)))
        .plusNanos(chance(rs, 20) ? rs.next(Constraint.between(0, 999_999_999)) : 0);
  }

  static TrustBook book(RandomnessSource rs, int maxEntries) {
    CurrencyUnit cur = pick(rs, CURRENCIES);
    Community community =
        Community.builder()
            .id(id(rs, "c"))
            .name(text(rs).isBlank() ? "n" : text(rs).strip() + "n")
            .currency(cur)
            .build();
    List<Party> parties = new ArrayList<>();
    parties.add(party(rs, "t1", Role.TRUSTEE));
    parties.add(party(rs, "t2", Role.TRUSTEE));
    parties.add(party(rs, "sup", Role.SUPERVISOR));
    parties.add(party(rs, "com", Role.COMMITTEE));
    parties.add(party(rs, "own", Role.ASSEMBLY));
    int extra = between(rs, 0, 3);
    for (int i = 0; i < extra; i++) {
      parties.add(party(rs, "p" + i, pick(rs, List.of(Role.values()))));
    }
    List<Unit> units = new ArrayList<>();
    int unitCount = between(rs, 1, 5);
    for (int i = 0; i < unitCount; i++) {
      ImmutableUnit.Builder u = Unit.builder().id(id(rs, "U" + i)).areaM2(decimal(rs, 4, true));
      if (chance(rs, 50)) {
        u.owner(text(rs));
      }
      units.add(u.build());
    }
    ImmutableTrustBook.Builder b =
        TrustBook.builder()
            .community(community)
            .addAllParties(parties)
            .addAllUnits(units)
            .contract(contract(rs, cur));
    if (chance(rs, 60)) {
      b.addHandover(Handover.of(date(rs), "t2", "t1"));
    }
    Set<String> budgetKeys = new LinkedHashSet<>();
    int budgetCount = between(rs, 0, 3);
    for (int i = 0; i < budgetCount; i++) {
      int year = between(rs, 1990, 2100);
      String line = id(rs, "line");
      if (budgetKeys.add(year + " " + line)) {
        b.addBudget(BudgetLine.of(year, line, money(rs, cur, 0, Long.MAX_VALUE)));
      }
    }
    int entries = between(rs, 0, maxEntries);
    for (int i = 0; i < entries; i++) {
      b.addEntry(entry(rs, cur, "E" + i, units));
    }
    int expenditures = between(rs, 0, 3);
    for (int i = 0; i < expenditures; i++) {
      b.addExpenditure(expenditure(rs, cur, "X" + i));
    }
    int votes = between(rs, 0, 2);
    for (int i = 0; i < votes; i++) {
      b.addVote(vote(rs, "V" + i));
    }
    Set<String> statementKeys = new LinkedHashSet<>();
    int statements = between(rs, 0, 3);
    for (int i = 0; i < statements; i++) {
      Account account = chance(rs, 50) ? Account.CASH : Account.RESERVE_CASH;
      YearMonth period = YearMonth.from(date(rs));
      if (statementKeys.add(account + " " + period)) {
        ImmutableBankStatement.Builder s =
            BankStatement.builder()
                .account(account)
                .period(period)
                .closingBalance(money(rs, cur, -1_000_000_00L, Long.MAX_VALUE));
        int uncleared = between(rs, 0, 2);
        for (int j = 0; j < uncleared; j++) {
          s.addUncleared(UnclearedItem.of("E" + j, money(rs, cur, -1_000_000L, 1_000_000L)));
        }
        b.addBankStatement(s.build());
      }
    }
    int disclosures = between(rs, 0, 2);
    for (int i = 0; i < disclosures; i++) {
      b.addDisclosure(Disclosure.of(YearMonth.from(date(rs)), date(rs)));
    }
    int tickets = between(rs, 0, 2);
    for (int i = 0; i < tickets; i++) {
      b.addTicket(ticket(rs, "T" + i, units.get(0).id()));
    }
    return b.build();
  }

  private static Party party(RandomnessSource rs, String id, Role role) {
    ImmutableParty.Builder p = Party.builder().id(id).role(role).name(text(rs));
    if (chance(rs, 30)) {
      p.addRelatedTo(id(rs, "rel"));
    }
    return p.build();
  }

  private static Contract contract(RandomnessSource rs, CurrencyUnit cur) {
    LocalDate start = date(rs);
    List<String> codes = new ArrayList<>();
    ImmutableContract.Builder c =
        Contract.builder()
            .trustee("t1")
            .supervisor("sup")
            .start(start)
            .allocation(pick(rs, List.of(AllocationPolicy.values())))
            .disclosureDays(between(rs, 0, 60))
            .approval(
                ApprovalThresholds.of(
                    money(rs, cur, 0, Long.MAX_VALUE),
                    money(rs, cur, 0, Long.MAX_VALUE),
                    money(rs, cur, 0, Long.MAX_VALUE),
                    between(rs, 0, 30)));
    if (chance(rs, 40)) {
      c.end(start.plusDays(rs.next(Constraint.between(0, 4000))));
    }
    int fees = between(rs, 0, 3);
    for (int i = 0; i < fees; i++) {
      String code = "fee" + i + id(rs, "").replace(":", "");
      if (!Ids.isValid(code) || code.startsWith("public:") || codes.contains(code)) {
        code = "fee" + i;
      }
      codes.add(code);
      c.addFee(
          Fee.builder()
              .code(code)
              .basis(pick(rs, List.of(FeeBasis.values())))
              .rate(decimal(rs, 6, false))
              .dueDay(between(rs, 1, 31))
              .build());
    }
    LateFeeTerms lateFee = null;
    if (chance(rs, 50)) {
      ImmutableLateFeeTerms.Builder l =
          LateFeeTerms.builder().percent(percent(rs)).graceDays(between(rs, 0, 90));
      if (chance(rs, 50)) {
        l.cap(money(rs, cur, 0, Long.MAX_VALUE));
      }
      lateFee = l.build();
      c.lateFee(lateFee);
    }
    if (codes.isEmpty() || chance(rs, 40)) {
      c.remuneration(Remuneration.fixedMonthly(money(rs, cur, 0, Long.MAX_VALUE)));
    } else {
      List<String> listed = new ArrayList<>(codes.subList(0, between(rs, 1, codes.size())));
      if (lateFee != null && chance(rs, 30)) {
        listed.add(Fee.LATE_FEE);
      }
      if (chance(rs, 40)) {
        listed.add("public:parking");
      }
      c.remuneration(
          Remuneration.builder()
              .basis(RemunerationBasis.PERCENT_OF_COLLECTED)
              .percent(percent(rs))
              .addAllFees(listed)
              .publicRevenueApprovedByAssembly(chance(rs, 50))
              .build());
    }
    if (chance(rs, 40)) {
      c.serviceLevels(
          ServiceLevels.builder()
              .registerMinutes(between(rs, 1, 60))
              .onSiteMinutes(between(rs, 1, 600))
              .smallFixHours(between(rs, 1, 48))
              .planHours(between(rs, 1, 200))
              .followUpHours(between(rs, 1, 1000))
              .build());
    }
    return c.build();
  }

  private static Entry entry(RandomnessSource rs, CurrencyUnit cur, String id, List<Unit> units) {
    ImmutableEntry.Builder e =
        Entry.builder().id(id).date(date(rs)).kind(pick(rs, List.of(EntryKind.values())));
    if (chance(rs, 30)) {
      e.memo(text(rs));
    }
    if (chance(rs, 20)) {
      e.expenditure(id(rs, "X"));
    }
    if (chance(rs, 20)) {
      e.reverses(id(rs, "E"));
    }
    if (chance(rs, 20)) {
      e.trustee("t2");
    }
    int lines = between(rs, 0, 5);
    for (int i = 0; i < lines; i++) {
      Account account =
          pick(
              rs,
              List.of(
                  Account.CASH,
                  Account.RECEIVABLE,
                  Account.PREPAID,
                  Account.income("property"),
                  Account.expense("lifts"),
                  Account.due("t2"),
                  Account.of("suspense:中文")));
      ImmutableLine.Builder l =
          Line.builder()
              .account(account)
              .side(chance(rs, 50) ? Side.DEBIT : Side.CREDIT)
              .amount(money(rs, cur, 1, 99_999_999_999_999_99L));
      if (chance(rs, 50)) {
        l.unit(pick(rs, units).id());
      }
      if (chance(rs, 40)) {
        l.period(YearMonth.from(date(rs)));
      }
      if (chance(rs, 40)) {
        l.fee(id(rs, "f"));
      }
      e.addLine(l.build());
    }
    return e.build();
  }

  private static Expenditure expenditure(RandomnessSource rs, CurrencyUnit cur, String id) {
    ImmutableExpenditure.Builder x =
        Expenditure.builder()
            .id(id)
            .requestedBy("t1")
            .requestedOn(date(rs))
            .payee(id(rs, "pay"))
            .amount(money(rs, cur, 1, Long.MAX_VALUE))
            .category(id(rs, "cat"))
            .budgetLine(id(rs, "line"))
            .description(chance(rs, 10) ? "" : text(rs));
    if (chance(rs, 50)) {
      x.fund(pick(rs, List.of(Fund.values())));
    }
    if (chance(rs, 40)) {
      x.vote(id(rs, "V"));
    }
    int approvals = between(rs, 0, 3);
    for (int i = 0; i < approvals; i++) {
      x.addApproval(
          Approval.of(
              id(rs, "a"),
              pick(rs, List.of(Role.values())),
              pick(rs, List.of(Decision.values())),
              date(rs)));
    }
    return x.build();
  }

  private static Vote vote(RandomnessSource rs, String id) {
    BigDecimal total = decimal(rs, 4, true);
    BigDecimal participating =
        total
            .multiply(BigDecimal.valueOf(between(rs, 0, 100)))
            .movePointLeft(2)
            .setScale(4, java.math.RoundingMode.DOWN);
    BigDecimal yes =
        participating
            .multiply(BigDecimal.valueOf(between(rs, 0, 100)))
            .movePointLeft(2)
            .setScale(4, java.math.RoundingMode.DOWN);
    int owners = between(rs, 1, 5000);
    int came = between(rs, 0, owners);
    return Vote.builder()
        .id(id)
        .subject(text(rs))
        .tier(pick(rs, List.of(VoteTier.values())))
        .heldOn(date(rs))
        .totalAreaM2(total)
        .totalOwners(owners)
        .participatingAreaM2(participating)
        .participatingOwners(came)
        .yesAreaM2(yes)
        .yesOwners(between(rs, 0, came))
        .build();
  }

  private static Ticket ticket(RandomnessSource rs, String id, String unit) {
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(between(rs, -18 * 4, 18 * 4) * 15 * 60);
    OffsetDateTime reported =
        OffsetDateTime.of(
            LocalDateTime.of(date(rs), java.time.LocalTime.ofSecondOfDay(between(rs, 0, 86_399))),
            offset);
    ImmutableTicket.Builder t =
        Ticket.builder()
            .id(id)
            .unit(unit)
            .kind(pick(rs, List.of(TicketKind.values())))
            .reportedAt(reported);
    if (chance(rs, 70)) {
      t.registeredAt(instant(rs, reported));
    }
    if (chance(rs, 60)) {
      t.onSiteAt(instant(rs, reported));
    }
    if (chance(rs, 50)) {
      t.resolvedAt(instant(rs, reported));
    }
    if (chance(rs, 40)) {
      t.planAt(instant(rs, reported));
    }
    if (chance(rs, 40)) {
      t.followUpAt(instant(rs, reported).withOffsetSameInstant(ZoneOffset.UTC));
    }
    return t.build();
  }
}
