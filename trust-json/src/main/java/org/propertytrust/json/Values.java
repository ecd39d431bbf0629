package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.ImmutableExpenditure;
import org.propertytrust.core.approval.ImmutableVote;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.contract.ImmutableLateFeeTerms;
import org.propertytrust.core.contract.ImmutableRemuneration;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.money.Percent;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.ImmutableCommunity;
import org.propertytrust.core.party.ImmutableParty;
import org.propertytrust.core.party.ImmutableUnit;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.ImmutableServiceLevels;
import org.propertytrust.core.service.ImmutableTicket;
import org.propertytrust.core.service.ServiceLevels;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.service.TicketKind;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;
import org.propertytrust.core.statement.ImmutableBankStatement;
import org.propertytrust.core.statement.UnclearedItem;

/**
 * Readers of the values of a book other than entries, each a {@link Cursor.Shape}: the fields in
 * the format's order, the required ones, and a build through the core's builders so that every core
 * check runs on input. Field names are those of FORMAT.md.
 */
final class Values {
  private Values() {}

  // ------------------------------------------------------------------ the fields of each object

  // In the format's order (FORMAT.md); SchemaTest holds the JSON Schema to these lists.

  static final Fields COMMUNITY_FIELDS = Fields.of("id", "name", "currency").required("id", "name");

  static final Fields PARTY_FIELDS =
      Fields.of("id", "role", "name", "relatedTo").required("id", "role", "name");

  static final Fields UNIT_FIELDS = Fields.of("id", "areaM2", "owner").required("id", "areaM2");

  static final Fields CONTRACT_FIELDS =
      Fields.of(
              "trustee",
              "supervisor",
              "start",
              "end",
              "fees",
              "remuneration",
              "approval",
              "allocation",
              "lateFee",
              "disclosureDays",
              "serviceLevels")
          .required(
              "trustee",
              "supervisor",
              "start",
              "fees",
              "remuneration",
              "approval",
              "allocation",
              "disclosureDays");

  static final Fields FEE_FIELDS =
      Fields.of("code", "basis", "rate", "dueDay").required("code", "basis", "rate", "dueDay");

  static final Fields REMUNERATION_FIELDS =
      Fields.of("basis", "amount", "percent", "fees", "publicRevenueApprovedByAssembly")
          .required("basis");

  static final Fields APPROVAL_THRESHOLDS_FIELDS =
      Fields.of("supervisorFrom", "committeeFrom", "assemblyFrom", "objectionDays")
          .required("supervisorFrom", "committeeFrom", "assemblyFrom", "objectionDays");

  static final Fields LATE_FEE_FIELDS =
      Fields.of("percent", "graceDays", "cap").required("percent", "graceDays");

  static final Fields SERVICE_LEVELS_FIELDS =
      Fields.of("registerMinutes", "onSiteMinutes", "smallFixHours", "planHours", "followUpHours");

  static final Fields HANDOVER_FIELDS =
      Fields.of("date", "from", "to").required("date", "from", "to");

  static final Fields BUDGET_LINE_FIELDS =
      Fields.of("year", "line", "amount").required("year", "line", "amount");

  static final Fields EXPENDITURE_FIELDS =
      Fields.of(
              "id",
              "requestedBy",
              "requestedOn",
              "payee",
              "amount",
              "category",
              "budgetLine",
              "description",
              "fund",
              "vote",
              "approvals")
          .required(
              "id",
              "requestedBy",
              "requestedOn",
              "payee",
              "amount",
              "category",
              "budgetLine",
              "description",
              "approvals");

  static final Fields APPROVAL_FIELDS =
      Fields.of("by", "role", "decision", "on").required("by", "role", "decision", "on");

  static final Fields VOTE_FIELDS =
      Fields.of(
              "id",
              "subject",
              "tier",
              "heldOn",
              "totalAreaM2",
              "totalOwners",
              "participatingAreaM2",
              "participatingOwners",
              "yesAreaM2",
              "yesOwners")
          .required(
              "id",
              "subject",
              "tier",
              "heldOn",
              "totalAreaM2",
              "totalOwners",
              "participatingAreaM2",
              "participatingOwners",
              "yesAreaM2",
              "yesOwners");

  static final Fields BANK_STATEMENT_FIELDS =
      Fields.of("account", "period", "closingBalance", "uncleared")
          .required("account", "period", "closingBalance", "uncleared");

  static final Fields UNCLEARED_ITEM_FIELDS =
      Fields.of("entry", "amount").required("entry", "amount");

  static final Fields DISCLOSURE_FIELDS =
      Fields.of("period", "publishedOn").required("period", "publishedOn");

  static final Fields TICKET_FIELDS =
      Fields.of(
              "id",
              "unit",
              "kind",
              "reportedAt",
              "registeredAt",
              "onSiteAt",
              "resolvedAt",
              "planAt",
              "followUpAt")
          .required("id", "unit", "kind", "reportedAt");

  // ------------------------------------------------------------------ community and parties

  static @Nullable Community community(Cursor c) throws IOException {
    return community(c, currency -> {});
  }

  /**
   * Reads the community. A currency the core refuses for a book (more decimals than the ledger's
   * minor units hold, such as CLF) is reported at its own path; the currency read, refused or not,
   * goes to {@code currencyRead}, so that the book's amounts are still read in it and not reported
   * again as having too many decimals.
   */
  static @Nullable Community community(Cursor c, Consumer<CurrencyUnit> currencyRead)
      throws IOException {
    return c.object(
        "an object (the community)",
        new Cursor.Shape<Community>(COMMUNITY_FIELDS) {
          @Nullable String id;
          @Nullable String name;
          @Nullable CurrencyUnit currency;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                id = c.id("community id");
                break;
              case 1:
                name = c.text("a string (the community's name)");
                break;
              default:
                currency = currency(c);
                if (currency != null) {
                  currencyRead.accept(currency);
                  try {
                    Amounts.checkLedgerCurrency(currency);
                  } catch (TrustException e) {
                    c.error(e.getMessage());
                  }
                }
                break;
            }
          }

          @Override
          Community build() {
            ImmutableCommunity.Builder b = Community.builder().id(id).name(name);
            if (currency != null) {
              b.currency(currency);
            }
            return b.build();
          }
        });
  }

  /** Reads an ISO 4217 currency code. */
  static @Nullable CurrencyUnit currency(Cursor c) throws IOException {
    String code = c.text("a string (an ISO 4217 currency code such as \"CNY\")");
    if (code == null) {
      return null;
    }
    boolean letters = code.length() == 3;
    for (int i = 0; letters && i < 3; i++) {
      letters = code.charAt(i) >= 'A' && code.charAt(i) <= 'Z';
    }
    if (letters) {
      try {
        return CurrencyUnit.of(code);
      } catch (IllegalCurrencyException e) {
        // reported below
      }
    }
    c.error(
        Cursor.quote(code)
            + " is not a known ISO 4217 currency code; expected one such as \"CNY\"");
    return null;
  }

  static @Nullable Party party(Cursor c) throws IOException {
    return c.object(
        "an object (a party)",
        new Cursor.Shape<Party>(PARTY_FIELDS) {
          @Nullable String id;
          @Nullable Role role;
          @Nullable String name;
          @Nullable List<String> related;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                id = c.sharedId("party id");
                break;
              case 1:
                role = c.constant("role", Role.values());
                break;
              case 2:
                name = c.text("a string (the party's name)");
                break;
              default:
                related =
                    c.list(
                        "an array of party ids (relatedTo)",
                        () -> c.sharedId("relatedTo party id"));
                break;
            }
          }

          @Override
          Party build() {
            ImmutableParty.Builder b = Party.builder().id(id).role(role).name(name);
            if (related != null) {
              b.addAllRelatedTo(related);
            }
            return b.build();
          }
        });
  }

  static @Nullable Unit unit(Cursor c) throws IOException {
    return c.object(
        "an object (a unit)",
        new Cursor.Shape<Unit>(UNIT_FIELDS) {
          @Nullable String id;
          @Nullable BigDecimal area;
          @Nullable String owner;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                id = c.sharedId("unit id");
                break;
              case 1:
                area = c.decimal("areaM2", Unit.AREA_SCALE);
                break;
              default:
                owner = c.text("a string (the owner's name)");
                break;
            }
          }

          @Override
          Unit build() {
            ImmutableUnit.Builder b = Unit.builder().id(id).areaM2(area);
            if (owner != null) {
              b.owner(owner);
            }
            return b.build();
          }
        });
  }

  // ------------------------------------------------------------------ contract

  static @Nullable Contract contract(Cursor c) throws IOException {
    return c.object(
        "an object (the contract)",
        new Cursor.Shape<Contract>(CONTRACT_FIELDS) {
          @Nullable String trustee;
          @Nullable String supervisor;
          @Nullable LocalDate start;
          @Nullable LocalDate end;
          @Nullable List<Fee> fees;
          @Nullable Remuneration remuneration;
          @Nullable ApprovalThresholds approval;
          @Nullable AllocationPolicy allocation;
          @Nullable LateFeeTerms lateFee;
          @Nullable Integer disclosureDays;
          @Nullable ServiceLevels serviceLevels;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                trustee = c.sharedId("contract trustee");
                break;
              case 1:
                supervisor = c.sharedId("contract supervisor");
                break;
              case 2:
                start = c.date("contract start");
                break;
              case 3:
                end = c.date("contract end");
                break;
              case 4:
                fees = c.list("an array of fees", () -> fee(c));
                break;
              case 5:
                remuneration = remuneration(c);
                break;
              case 6:
                approval = approval(c);
                break;
              case 7:
                allocation = c.constant("allocation policy", AllocationPolicy.values());
                break;
              case 8:
                lateFee = lateFee(c);
                break;
              case 9:
                disclosureDays = c.integer("disclosureDays", 0, 366);
                break;
              default:
                serviceLevels = serviceLevels(c);
                break;
            }
          }

          @Override
          Contract build() {
            ImmutableContract.Builder b =
                Contract.builder()
                    .trustee(trustee)
                    .supervisor(supervisor)
                    .start(start)
                    .addAllFees(fees)
                    .remuneration(remuneration)
                    .approval(approval)
                    .allocation(allocation)
                    .disclosureDays(disclosureDays);
            if (end != null) {
              b.end(end);
            }
            if (lateFee != null) {
              b.lateFee(lateFee);
            }
            if (serviceLevels != null) {
              b.serviceLevels(serviceLevels);
            }
            return b.build();
          }
        });
  }

  static @Nullable Fee fee(Cursor c) throws IOException {
    return c.object(
        "an object (a fee)",
        new Cursor.Shape<Fee>(FEE_FIELDS) {
          @Nullable String code;
          @Nullable FeeBasis basis;
          @Nullable BigDecimal rate;
          @Nullable Integer dueDay;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                code = c.sharedId("fee code");
                break;
              case 1:
                basis = c.constant("fee basis", FeeBasis.values());
                break;
              case 2:
                rate = c.decimal("fee rate", Fee.RATE_SCALE);
                break;
              default:
                dueDay = c.integer("dueDay", 1, 31);
                break;
            }
          }

          @Override
          Fee build() {
            return Fee.builder().code(code).basis(basis).rate(rate).dueDay(dueDay).build();
          }
        });
  }

  static @Nullable Remuneration remuneration(Cursor c) throws IOException {
    return c.object(
        "an object (the remuneration)",
        new Cursor.Shape<Remuneration>(REMUNERATION_FIELDS) {
          @Nullable RemunerationBasis basis;
          @Nullable Money amount;
          @Nullable Percent percent;
          @Nullable List<String> fees;
          @Nullable Boolean approved;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                basis = c.constant("remuneration basis", RemunerationBasis.values());
                break;
              case 1:
                amount = c.amount("remuneration amount", false);
                break;
              case 2:
                percent = c.percent("remuneration percent");
                break;
              case 3:
                fees =
                    c.list(
                        "an array of fee codes (remuneration fees)",
                        () -> c.sharedId("remuneration fee code"));
                break;
              default:
                approved = c.bool("publicRevenueApprovedByAssembly");
                break;
            }
          }

          @Override
          Remuneration build() {
            ImmutableRemuneration.Builder b = Remuneration.builder().basis(basis);
            if (amount != null) {
              b.amount(amount);
            }
            if (percent != null) {
              b.percent(percent);
            }
            if (fees != null) {
              b.addAllFees(fees);
            }
            if (approved != null) {
              b.publicRevenueApprovedByAssembly(approved);
            }
            return b.build();
          }
        });
  }

  static @Nullable ApprovalThresholds approval(Cursor c) throws IOException {
    return c.object(
        "an object (the approval thresholds)",
        new Cursor.Shape<ApprovalThresholds>(APPROVAL_THRESHOLDS_FIELDS) {
          @Nullable Money supervisor;
          @Nullable Money committee;
          @Nullable Money assembly;
          @Nullable Integer days;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                supervisor = c.amount("supervisorFrom", false);
                break;
              case 1:
                committee = c.amount("committeeFrom", false);
                break;
              case 2:
                assembly = c.amount("assemblyFrom", false);
                break;
              default:
                days = c.integer("objectionDays", 0, 366);
                break;
            }
          }

          @Override
          ApprovalThresholds build() {
            return ApprovalThresholds.of(supervisor, committee, assembly, days);
          }
        });
  }

  static @Nullable LateFeeTerms lateFee(Cursor c) throws IOException {
    return c.object(
        "an object (the late fee)",
        new Cursor.Shape<LateFeeTerms>(LATE_FEE_FIELDS) {
          @Nullable Percent percent;
          @Nullable Integer graceDays;
          @Nullable Money cap;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                percent = c.percent("lateFee percent");
                break;
              case 1:
                graceDays = c.integer("graceDays", 0, 3660);
                break;
              default:
                cap = c.amount("lateFee cap", false);
                break;
            }
          }

          @Override
          LateFeeTerms build() {
            ImmutableLateFeeTerms.Builder b =
                LateFeeTerms.builder().percent(percent).graceDays(graceDays);
            if (cap != null) {
              b.cap(cap);
            }
            return b.build();
          }
        });
  }

  static @Nullable ServiceLevels serviceLevels(Cursor c) throws IOException {
    return c.object(
        "an object (the service levels)",
        new Cursor.Shape<ServiceLevels>(SERVICE_LEVELS_FIELDS) {
          final @Nullable Integer[] values = new Integer[5];

          @Override
          void field(int i) throws IOException {
            values[i] = c.integer(names()[i], 1, 1_000_000);
          }

          @Override
          ServiceLevels build() {
            ImmutableServiceLevels.Builder b = ServiceLevels.builder();
            if (values[0] != null) {
              b.registerMinutes(values[0]);
            }
            if (values[1] != null) {
              b.onSiteMinutes(values[1]);
            }
            if (values[2] != null) {
              b.smallFixHours(values[2]);
            }
            if (values[3] != null) {
              b.planHours(values[3]);
            }
            if (values[4] != null) {
              b.followUpHours(values[4]);
            }
            return b.build();
          }
        });
  }

  // ------------------------------------------------------------------ handovers and budget

  static @Nullable Handover handover(Cursor c) throws IOException {
    return c.object(
        "an object (a handover)",
        new Cursor.Shape<Handover>(HANDOVER_FIELDS) {
          @Nullable LocalDate date;
          @Nullable String from;
          @Nullable String to;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                date = c.date("handover date");
                break;
              case 1:
                from = c.sharedId("handover from");
                break;
              default:
                to = c.sharedId("handover to");
                break;
            }
          }

          @Override
          Handover build() {
            return Handover.of(date, from, to);
          }
        });
  }

  static @Nullable BudgetLine budgetLine(Cursor c) throws IOException {
    return c.object(
        "an object (a budget line)",
        new Cursor.Shape<BudgetLine>(BUDGET_LINE_FIELDS) {
          @Nullable Integer year;
          @Nullable String line;
          @Nullable Money amount;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                year = c.integer("budget year", 1900, 9999);
                break;
              case 1:
                line = c.sharedId("budget line");
                break;
              default:
                amount = c.amount("budget amount", false);
                break;
            }
          }

          @Override
          BudgetLine build() {
            return BudgetLine.of(year, line, amount);
          }
        });
  }

  // ------------------------------------------------------------------ spending and votes

  static @Nullable Expenditure expenditure(Cursor c) throws IOException {
    return c.object(
        "an object (an expenditure)",
        new Cursor.Shape<Expenditure>(EXPENDITURE_FIELDS) {
          @Nullable String id;
          @Nullable String requestedBy;
          @Nullable LocalDate requestedOn;
          @Nullable String payee;
          @Nullable Money amount;
          @Nullable String category;
          @Nullable String budgetLine;
          @Nullable String description;
          @Nullable Fund fund;
          @Nullable String vote;
          @Nullable List<Approval> approvals;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                id = c.id("expenditure id");
                break;
              case 1:
                requestedBy = c.sharedId("requestedBy");
                break;
              case 2:
                requestedOn = c.date("requestedOn");
                break;
              case 3:
                payee = c.sharedId("payee");
                break;
              case 4:
                amount = c.amount("expenditure amount", false);
                break;
              case 5:
                category = c.sharedId("category");
                break;
              case 6:
                budgetLine = c.sharedId("budgetLine");
                break;
              case 7:
                description = c.text("a string (the description)");
                break;
              case 8:
                fund = c.constant("fund", Fund.values());
                break;
              case 9:
                vote = c.sharedId("vote id");
                break;
              default:
                approvals = c.list("an array of approvals", () -> decision(c));
                break;
            }
          }

          @Override
          Expenditure build() {
            ImmutableExpenditure.Builder b =
                Expenditure.builder()
                    .id(id)
                    .requestedBy(requestedBy)
                    .requestedOn(requestedOn)
                    .payee(payee)
                    .amount(amount)
                    .category(category)
                    .budgetLine(budgetLine)
                    .description(description)
                    .addAllApprovals(approvals);
            if (fund != null) {
              b.fund(fund);
            }
            if (vote != null) {
              b.vote(vote);
            }
            return b.build();
          }
        });
  }

  static @Nullable Approval decision(Cursor c) throws IOException {
    return c.object(
        "an object (an approval)",
        new Cursor.Shape<Approval>(APPROVAL_FIELDS) {
          @Nullable String by;
          @Nullable Role role;
          @Nullable Decision decision;
          @Nullable LocalDate on;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                by = c.sharedId("approval by");
                break;
              case 1:
                role = c.constant("role", Role.values());
                break;
              case 2:
                decision = c.constant("decision", Decision.values());
                break;
              default:
                on = c.date("approval on");
                break;
            }
          }

          @Override
          Approval build() {
            return Approval.of(by, role, decision, on);
          }
        });
  }

  static @Nullable Vote vote(Cursor c) throws IOException {
    return c.object(
        "an object (a vote)",
        new Cursor.Shape<Vote>(VOTE_FIELDS) {
          @Nullable String id;
          @Nullable String subject;
          @Nullable VoteTier tier;
          @Nullable LocalDate heldOn;
          @Nullable BigDecimal totalArea;
          @Nullable Integer totalOwners;
          @Nullable BigDecimal participatingArea;
          @Nullable Integer participatingOwners;
          @Nullable BigDecimal yesArea;
          @Nullable Integer yesOwners;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                id = c.id("vote id");
                break;
              case 1:
                subject = c.text("a string (the vote's subject)");
                break;
              case 2:
                tier = c.constant("vote tier", VoteTier.values());
                break;
              case 3:
                heldOn = c.date("heldOn");
                break;
              case 4:
                totalArea = c.decimal("totalAreaM2", Unit.AREA_SCALE);
                break;
              case 5:
                totalOwners = c.integer("totalOwners", 0, Integer.MAX_VALUE);
                break;
              case 6:
                participatingArea = c.decimal("participatingAreaM2", Unit.AREA_SCALE);
                break;
              case 7:
                participatingOwners = c.integer("participatingOwners", 0, Integer.MAX_VALUE);
                break;
              case 8:
                yesArea = c.decimal("yesAreaM2", Unit.AREA_SCALE);
                break;
              default:
                yesOwners = c.integer("yesOwners", 0, Integer.MAX_VALUE);
                break;
            }
          }

          @Override
          Vote build() {
            ImmutableVote.Builder b =
                Vote.builder()
                    .id(id)
                    .subject(subject)
                    .tier(tier)
                    .heldOn(heldOn)
                    .totalAreaM2(totalArea)
                    .totalOwners(totalOwners)
                    .participatingAreaM2(participatingArea)
                    .participatingOwners(participatingOwners)
                    .yesAreaM2(yesArea)
                    .yesOwners(yesOwners);
            return b.build();
          }
        });
  }

  // ------------------------------------------------------------------ statements and service

  static @Nullable BankStatement bankStatement(Cursor c) throws IOException {
    return c.object(
        "an object (a bank statement)",
        new Cursor.Shape<BankStatement>(BANK_STATEMENT_FIELDS) {
          @Nullable Account account;
          @Nullable YearMonth period;
          @Nullable Money closing;
          @Nullable List<UnclearedItem> uncleared;

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                account = bankAccount(c);
                break;
              case 1:
                period = c.month("bank statement period");
                break;
              case 2:
                closing = c.amount("closingBalance", true);
                break;
              default:
                uncleared = c.list("an array of uncleared items", () -> uncleared(c));
                break;
            }
          }

          @Override
          BankStatement build() {
            ImmutableBankStatement.Builder b =
                BankStatement.builder()
                    .account(account)
                    .period(period)
                    .closingBalance(closing)
                    .addAllUncleared(uncleared);
            return b.build();
          }
        });
  }

  private static @Nullable Account bankAccount(Cursor c) throws IOException {
    if (c.token() == JsonToken.VALUE_STRING) {
      String code = c.p.getText();
      if (!code.equals(Account.CASH.code()) && !code.equals(Account.RESERVE_CASH.code())) {
        c.error(
            Cursor.quote(code)
                + " is not a bank account; a bank statement is for \"cash\" or \"reserve-cash\"");
        return null;
      }
    }
    return c.account();
  }

  static @Nullable UnclearedItem uncleared(Cursor c) throws IOException {
    return c.object(
        "an object (an uncleared item)",
        new Cursor.Shape<UnclearedItem>(UNCLEARED_ITEM_FIELDS) {
          @Nullable String entry;
          @Nullable Money amount;

          @Override
          void field(int i) throws IOException {
            if (i == 0) {
              entry = c.id("uncleared entry id");
            } else {
              amount = c.amount("uncleared amount", true);
            }
          }

          @Override
          UnclearedItem build() {
            return UnclearedItem.of(entry, amount);
          }
        });
  }

  static @Nullable Disclosure disclosure(Cursor c) throws IOException {
    return c.object(
        "an object (a disclosure)",
        new Cursor.Shape<Disclosure>(DISCLOSURE_FIELDS) {
          @Nullable YearMonth period;
          @Nullable LocalDate publishedOn;

          @Override
          void field(int i) throws IOException {
            if (i == 0) {
              period = c.month("disclosure period");
            } else {
              publishedOn = c.date("publishedOn");
            }
          }

          @Override
          Disclosure build() {
            return Disclosure.of(period, publishedOn);
          }
        });
  }

  static @Nullable Ticket ticket(Cursor c) throws IOException {
    return c.object(
        "an object (a ticket)",
        new Cursor.Shape<Ticket>(TICKET_FIELDS) {
          @Nullable String id;
          @Nullable String unit;
          @Nullable TicketKind kind;
          final @Nullable OffsetDateTime[] times = new OffsetDateTime[6];

          @Override
          void field(int i) throws IOException {
            switch (i) {
              case 0:
                id = c.id("ticket id");
                break;
              case 1:
                unit = c.sharedId("ticket unit");
                break;
              case 2:
                kind = c.constant("ticket kind", TicketKind.values());
                break;
              default:
                times[i - 3] = c.dateTime(names()[i]);
                break;
            }
          }

          @Override
          Ticket build() {
            ImmutableTicket.Builder b =
                Ticket.builder().id(id).unit(unit).kind(kind).reportedAt(times[0]);
            if (times[1] != null) {
              b.registeredAt(times[1]);
            }
            if (times[2] != null) {
              b.onSiteAt(times[2]);
            }
            if (times[3] != null) {
              b.resolvedAt(times[3]);
            }
            if (times[4] != null) {
              b.planAt(times[4]);
            }
            if (times[5] != null) {
              b.followUpAt(times[5]);
            }
            return b.build();
          }
        });
  }

  // ------------------------------------------------------------------ money, on its own

  /** Reads a standalone amount with its currency: {@code {"amount":"120.50","currency":"CNY"}}. */
  static @Nullable Money money(Cursor c) throws IOException {
    if (c.token() != JsonToken.START_OBJECT) {
      c.wrongType("an object such as {\"amount\":\"120.50\",\"currency\":\"CNY\"}");
      return null;
    }
    // The currency decides how many decimals the amount may have, and may come after it.
    long before = c.problems.errorCount();
    String amountText = null;
    String amountPath = null;
    CurrencyUnit currency = null;
    boolean sawAmount = false;
    boolean sawCurrency = false;
    String[] names = {"amount", "currency"};
    while (c.next() == JsonToken.FIELD_NAME) {
      String name = c.p.currentName();
      c.next();
      if (name.equals("amount")) {
        if (sawAmount) {
          c.duplicateKey(name);
          continue;
        }
        sawAmount = true;
        amountText = c.text("a decimal string such as \"120.50\" (amount)");
        amountPath = c.path();
      } else if (name.equals("currency")) {
        if (sawCurrency) {
          c.duplicateKey(name);
          continue;
        }
        sawCurrency = true;
        currency = currency(c);
      } else {
        c.unknownField(name, names);
      }
    }
    String here = c.path();
    if (!sawAmount) {
      c.errorAt(Cursor.child(here, "amount"), "required field \"amount\" is missing");
    }
    if (!sawCurrency) {
      c.errorAt(Cursor.child(here, "currency"), "required field \"currency\" is missing");
    }
    if (c.problems.errorCount() != before || amountText == null || currency == null) {
      return null;
    }
    int scale = Math.max(0, currency.getDecimalPlaces());
    String problem = Amounts.lexicalProblem(amountText, scale, true);
    if (problem != null) {
      c.errorAt(
          amountPath,
          "amount "
              + Cursor.quote(amountText)
              + " "
              + problem
              + (problem.contains("decimals;") ? " in " + currency.getCode() : ""));
      return null;
    }
    return Money.of(currency, new BigDecimal(amountText));
  }
}
