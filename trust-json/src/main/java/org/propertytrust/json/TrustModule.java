package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Properties;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.Approval;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Decision;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Fund;
import org.propertytrust.core.approval.ImmutableApproval;
import org.propertytrust.core.approval.ImmutableBudgetLine;
import org.propertytrust.core.approval.ImmutableExpenditure;
import org.propertytrust.core.approval.ImmutableVote;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.approval.VoteTier;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.AllocationPolicy;
import org.propertytrust.core.contract.ApprovalThresholds;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.contract.Fee;
import org.propertytrust.core.contract.FeeBasis;
import org.propertytrust.core.contract.ImmutableApprovalThresholds;
import org.propertytrust.core.contract.ImmutableContract;
import org.propertytrust.core.contract.ImmutableFee;
import org.propertytrust.core.contract.ImmutableLateFeeTerms;
import org.propertytrust.core.contract.ImmutableRemuneration;
import org.propertytrust.core.contract.LateFeeTerms;
import org.propertytrust.core.contract.Remuneration;
import org.propertytrust.core.contract.RemunerationBasis;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.handover.ImmutableHandover;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.ledger.ImmutableLine;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;
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
import org.propertytrust.core.statement.ImmutableDisclosure;
import org.propertytrust.core.statement.ImmutableUnclearedItem;
import org.propertytrust.core.statement.UnclearedItem;

/**
 * The Jackson module of Property Trust: (de)serializers for every core value in the shapes of
 * {@code trust-book/1}, for applications that embed books or their parts in their own JSON.
 *
 * <p>Register it with {@code mapper.registerModule(new TrustModule())}, or find it with {@code
 * ObjectMapper.findAndRegisterModules()} (it is a {@code java.util.ServiceLoader} provider of
 * {@code com.fasterxml.jackson.databind.Module}). It never enables polymorphic typing and resolves
 * no external resource.
 *
 * <p>What it maps:
 *
 * <ul>
 *   <li>{@link Money} on its own as {@code {"amount": "120.50", "currency": "CNY"}} (the amount a
 *       decimal string, of either sign, with at most the currency's decimals);
 *   <li>{@link CurrencyUnit} as its code, {@link YearMonth} (a period) as {@code "YYYY-MM"}, {@link
 *       Account} as its code, {@link Percent} as a decimal string (registered after a {@code
 *       JavaTimeModule}, the module's {@code YearMonth} mapping replaces that module's);
 *   <li>the core's enums by their exact names only (never by number);
 *   <li>{@link TrustBook} as a whole {@code trust-book/1} document, and each of its values ({@link
 *       Community}, {@link Party}, {@link Unit}, {@link Contract}, {@link Fee}, {@link
 *       Remuneration}, {@link ApprovalThresholds}, {@link LateFeeTerms}, {@link ServiceLevels},
 *       {@link Handover}, {@link BudgetLine}, {@link Entry}, {@link Line}, {@link Expenditure},
 *       {@link Approval}, {@link Vote}, {@link BankStatement}, {@link UnclearedItem}, {@link
 *       Disclosure}, {@link Ticket}) as the object the format gives it;
 *   <li>{@link ReadProblem} as {@code {"path": ..., "message": ...}}, as {@code trust validate
 *       --json} prints it.
 * </ul>
 *
 * <p>Inside those values amounts are bare decimal strings, as in a book: their currency is the
 * {@link #CURRENCY} attribute of the reader or writer ({@code
 * mapper.reader().withAttribute(TrustModule.CURRENCY, CurrencyUnit.of("JPY"))}), else the module's
 * currency, {@code CNY} unless given. A book carries its own currency. Writing an amount in another
 * currency fails rather than lose it.
 *
 * <p>Values are read by the same code as {@link TrustBookReader}, so every check of the format and
 * of the core runs on input; a value that cannot be read fails with a {@link
 * MismatchedInputException} whose cause is a {@link BookReadException} listing every problem.
 * Unknown fields are rejected unless {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is
 * disabled, in which case they are dropped. A book read through a mapper is first buffered as
 * tokens (its keys may come in any order); for large books use {@link TrustBookReader#open}.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class TrustModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * The name of the reader and writer attribute that gives the currency of amounts inside values
   * other than {@link Money} and {@link TrustBook}; its value is a {@link CurrencyUnit}.
   */
  public static final String CURRENCY = "org.propertytrust.json.currency";

  /** The module's currency, for amounts in values when no {@link #CURRENCY} attribute is set. */
  private final String currencyCode;

  /** Creates the module, with {@code CNY} as the currency of amounts inside values. */
  public TrustModule() {
    this(Amounts.CNY);
  }

  /**
   * Creates the module with the given currency for amounts inside values.
   *
   * @param currency the currency; not null
   */
  public TrustModule(CurrencyUnit currency) {
    super("PropertyTrustModule", moduleVersion());
    this.currencyCode = Objects.requireNonNull(currency, "currency").getCode();
    registerAll();
  }

  /**
   * Returns the currency of amounts inside values when no {@link #CURRENCY} attribute is set.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return CurrencyUnit.of(currencyCode);
  }

  private static Version moduleVersion() {
    try (InputStream in = TrustModule.class.getResourceAsStream("trust-json.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return VersionUtil.parseVersion(
            properties.getProperty("version"), "org.propertytrust", "trust-json");
      }
    } catch (IOException e) {
      // fall through
    }
    return Version.unknownVersion();
  }

  private void registerAll() {
    CurrencyUnit defaultCurrency = currency();
    addSerializer(Money.class, new Ser<>(Money.class, (g, v, c) -> Writing.money(g, v)));
    addDeserializer(Money.class, new Deser<>(Money.class, defaultCurrency, Values::money));
    addSerializer(
        CurrencyUnit.class, new Ser<>(CurrencyUnit.class, (g, v, c) -> g.writeString(v.getCode())));
    addDeserializer(
        CurrencyUnit.class, new Deser<>(CurrencyUnit.class, defaultCurrency, Values::currency));
    addSerializer(
        YearMonth.class,
        new Ser<>(YearMonth.class, (g, v, c) -> g.writeString(DateTimes.format(v))));
    addDeserializer(
        YearMonth.class, new Deser<>(YearMonth.class, defaultCurrency, c -> c.month("period")));
    addSerializer(Account.class, new Ser<>(Account.class, (g, v, c) -> g.writeString(v.code())));
    addDeserializer(Account.class, new Deser<>(Account.class, defaultCurrency, Cursor::account));
    addSerializer(
        Percent.class, new Ser<>(Percent.class, (g, v, c) -> g.writeString(v.toString())));
    addDeserializer(
        Percent.class, new Deser<>(Percent.class, defaultCurrency, c -> c.percent("percent")));
    addSerializer(
        ReadProblem.class,
        new Ser<>(
            ReadProblem.class,
            (g, v, c) -> {
              g.writeStartObject();
              g.writeStringField("path", v.path());
              g.writeStringField("message", v.message());
              g.writeEndObject();
            }));

    enumeration(Role.class, "role", defaultCurrency);
    enumeration(EntryKind.class, "entry kind", defaultCurrency);
    enumeration(Side.class, "side", defaultCurrency);
    enumeration(FeeBasis.class, "fee basis", defaultCurrency);
    enumeration(RemunerationBasis.class, "remuneration basis", defaultCurrency);
    enumeration(AllocationPolicy.class, "allocation policy", defaultCurrency);
    enumeration(Decision.class, "decision", defaultCurrency);
    enumeration(Fund.class, "fund", defaultCurrency);
    enumeration(VoteTier.class, "vote tier", defaultCurrency);
    enumeration(TicketKind.class, "ticket kind", defaultCurrency);

    value(
        Community.class,
        ImmutableCommunity.class,
        (g, v, c) -> Writing.community(g, v),
        Values::community,
        defaultCurrency);
    value(
        Party.class,
        ImmutableParty.class,
        (g, v, c) -> Writing.party(g, v),
        Values::party,
        defaultCurrency);
    value(
        Unit.class,
        ImmutableUnit.class,
        (g, v, c) -> Writing.unit(g, v),
        Values::unit,
        defaultCurrency);
    value(
        Contract.class,
        ImmutableContract.class,
        Writing::contract,
        Values::contract,
        defaultCurrency);
    value(
        Fee.class,
        ImmutableFee.class,
        (g, v, c) -> Writing.fee(g, v),
        Values::fee,
        defaultCurrency);
    value(
        Remuneration.class,
        ImmutableRemuneration.class,
        Writing::remuneration,
        Values::remuneration,
        defaultCurrency);
    value(
        ApprovalThresholds.class,
        ImmutableApprovalThresholds.class,
        Writing::approvalThresholds,
        Values::approval,
        defaultCurrency);
    value(
        LateFeeTerms.class,
        ImmutableLateFeeTerms.class,
        Writing::lateFee,
        Values::lateFee,
        defaultCurrency);
    value(
        ServiceLevels.class,
        ImmutableServiceLevels.class,
        (g, v, c) -> Writing.serviceLevels(g, v),
        Values::serviceLevels,
        defaultCurrency);
    value(
        Handover.class,
        ImmutableHandover.class,
        (g, v, c) -> Writing.handover(g, v),
        Values::handover,
        defaultCurrency);
    value(
        BudgetLine.class,
        ImmutableBudgetLine.class,
        Writing::budgetLine,
        Values::budgetLine,
        defaultCurrency);
    value(Entry.class, ImmutableEntry.class, Writing::entry, TrustModule::entry, defaultCurrency);
    value(Line.class, ImmutableLine.class, Writing::line, TrustModule::line, defaultCurrency);
    value(
        Expenditure.class,
        ImmutableExpenditure.class,
        Writing::expenditure,
        Values::expenditure,
        defaultCurrency);
    value(
        Approval.class,
        ImmutableApproval.class,
        (g, v, c) -> Writing.approval(g, v),
        Values::decision,
        defaultCurrency);
    value(
        Vote.class,
        ImmutableVote.class,
        (g, v, c) -> Writing.vote(g, v),
        Values::vote,
        defaultCurrency);
    value(
        BankStatement.class,
        ImmutableBankStatement.class,
        Writing::bankStatement,
        Values::bankStatement,
        defaultCurrency);
    value(
        UnclearedItem.class,
        ImmutableUnclearedItem.class,
        Writing::uncleared,
        Values::uncleared,
        defaultCurrency);
    value(
        Disclosure.class,
        ImmutableDisclosure.class,
        (g, v, c) -> Writing.disclosure(g, v),
        Values::disclosure,
        defaultCurrency);
    value(
        Ticket.class,
        ImmutableTicket.class,
        (g, v, c) -> Writing.ticket(g, v),
        Values::ticket,
        defaultCurrency);
    value(
        TrustBook.class,
        ImmutableTrustBook.class,
        (g, v, c) -> Writing.book(g, v),
        null,
        defaultCurrency);
    BookDeser books = new BookDeser();
    addDeserializer(TrustBook.class, books);
    addDeserializer(ImmutableTrustBook.class, books.as(ImmutableTrustBook.class));
  }

  private static @Nullable Entry entry(Cursor c) throws IOException {
    return new Entries(c, ReadOptions.DEFAULT_MAX_LINES_PER_ENTRY).entry();
  }

  private static @Nullable Line line(Cursor c) throws IOException {
    return new Entries(c, ReadOptions.DEFAULT_MAX_LINES_PER_ENTRY).standaloneLine();
  }

  private <E extends Enum<E>> void enumeration(Class<E> type, String what, CurrencyUnit cur) {
    E[] constants = type.getEnumConstants();
    addSerializer(type, new Ser<>(type, (g, v, c) -> g.writeString(v.name())));
    addDeserializer(type, new Deser<>(type, cur, c -> c.constant(what, constants)));
  }

  @SuppressWarnings("unchecked")
  private <T, I extends T> void value(
      Class<T> type,
      Class<I> immutable,
      WriteFn<T> writer,
      @Nullable ReadFn<T> reader,
      CurrencyUnit cur) {
    addSerializer(type, new Ser<>(type, writer));
    if (reader != null) {
      addDeserializer(type, new Deser<>(type, cur, reader));
      addDeserializer(immutable, new Deser<>(immutable, cur, c -> (I) reader.read(c)));
    }
  }

  /** Writes one value; the currency is that of amounts inside it. */
  @FunctionalInterface
  interface WriteFn<T> {
    void write(JsonGenerator g, T value, CurrencyUnit currency) throws IOException;
  }

  /** Reads one value with a cursor. */
  @FunctionalInterface
  interface ReadFn<T> {
    @Nullable T read(Cursor c) throws IOException;
  }

  private static CurrencyUnit currencyOf(@Nullable Object attribute, CurrencyUnit fallback) {
    return attribute instanceof CurrencyUnit ? (CurrencyUnit) attribute : fallback;
  }

  private final class Ser<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient WriteFn<T> writer;

    Ser(Class<T> type, WriteFn<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      try {
        writer.write(
            new ValidText(g), value, currencyOf(provider.getAttribute(CURRENCY), currency()));
      } catch (TrustException e) {
        provider.reportMappingProblem(e, "%s", e.getMessage());
      }
    }
  }

  private static final class Deser<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ReadFn<T> reader;
    private final String currencyCode;

    Deser(Class<T> type, CurrencyUnit currency, ReadFn<T> reader) {
      super(type);
      this.reader = reader;
      this.currencyCode = currency.getCode();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Problems problems = new Problems(ReadOptions.DEFAULT_MAX_PROBLEMS);
      Cursor c =
          new Cursor(p, problems, unknownFields(ctxt), ReadOptions.DEFAULT_MAX_STRING_LENGTH);
      c.currency(currencyOf(ctxt.getAttribute(CURRENCY), CurrencyUnit.of(currencyCode)));
      T value = reader.read(c);
      if (problems.hasErrors() || value == null) {
        throw failure(p, handledType(), problems);
      }
      return value;
    }
  }

  private static UnknownFields unknownFields(DeserializationContext ctxt) {
    return ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        ? UnknownFields.REJECT
        : UnknownFields.WARN;
  }

  private static MismatchedInputException failure(JsonParser p, Class<?> type, Problems problems) {
    BookReadException cause =
        problems.hasErrors()
            ? problems.exception()
            : new BookReadException(
                java.util.List.of(ReadProblem.of("", "the value could not be read")));
    MismatchedInputException e =
        MismatchedInputException.from(
            p, type, "cannot read " + type.getSimpleName() + ": " + cause.getMessage());
    e.initCause(cause);
    return e;
  }

  /** Reads a whole book: buffered as tokens, then read in the reader's two passes. */
  private static final class BookDeser extends StdDeserializer<TrustBook> {
    private static final long serialVersionUID = 1L;

    BookDeser() {
      super(TrustBook.class);
    }

    @Override
    public TrustBook deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      // Paths inside the book are prefixed with where the book is in the whole document.
      String prefix = p.getParsingContext().pathAsPointer().toString();
      TokenBuffer tokens = new TokenBuffer((com.fasterxml.jackson.core.ObjectCodec) null, false);
      tokens.copyCurrentStructure(p);
      ReadOptions options = ReadOptions.builder().unknownFields(unknownFields(ctxt)).build();
      Source source = Source.of(tokens);
      BookReading.Header header = BookReading.header(source, Json.BUFFERED, options);
      Problems problems = header.problems;
      java.util.List<Entry> entries = new java.util.ArrayList<>();
      if (!problems.hasErrors()) {
        BookReading.entries(
            source, Json.BUFFERED, options, header, problems, (i, e) -> entries.add(e));
      } else {
        Problems more = new Problems(options.maxProblems());
        BookReading.entries(source, Json.BUFFERED, options, header, more, null);
        problems.addAll(more);
      }
      if (problems.hasErrors() || header.book == null) {
        java.util.List<ReadProblem> found = new java.util.ArrayList<>();
        for (ReadProblem problem : problems.errors()) {
          found.add(ReadProblem.of(prefix + problem.path(), problem.message()));
        }
        Problems prefixed = new Problems(found.size() + 1);
        found.forEach(f -> prefixed.error(f.path(), f.message()));
        throw failure(p, TrustBook.class, prefixed);
      }
      return ImmutableTrustBook.copyOf(header.book).withEntries(entries);
    }

    <B extends TrustBook> StdDeserializer<B> as(Class<B> type) {
      BookDeser self = this;
      return new StdDeserializer<B>(type) {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings("unchecked")
        public B deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          return (B) self.deserialize(p, ctxt);
        }
      };
    }
  }
}
