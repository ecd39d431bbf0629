package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.approval.BudgetLine;
import org.propertytrust.core.approval.Expenditure;
import org.propertytrust.core.approval.Vote;
import org.propertytrust.core.book.ImmutableTrustBook;
import org.propertytrust.core.book.TrustBook;
import org.propertytrust.core.contract.Contract;
import org.propertytrust.core.handover.Handover;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.money.Amounts;
import org.propertytrust.core.party.Community;
import org.propertytrust.core.party.Party;
import org.propertytrust.core.party.Role;
import org.propertytrust.core.party.Unit;
import org.propertytrust.core.service.Ticket;
import org.propertytrust.core.statement.BankStatement;
import org.propertytrust.core.statement.Disclosure;

/**
 * The two passes over a book. The header pass reads everything but {@code entries} (which it skips
 * token by token, so their JSON is still checked) and builds the book without entries; the entries
 * pass skips everything else and reads the entries one at a time. Keys may come in any order: the
 * amounts of a section need the community's currency, so the header pass reads the sections that
 * come after {@code community} as it meets them, and those before it in a second scan of the top
 * level. It never holds a section as tokens: a huge or hostile section costs the values it yields,
 * not its size.
 */
final class BookReading {
  /** The top-level sections, in the format's order, and which are required. */
  static final Fields BOOK_FIELDS =
      Fields.of(
              "format",
              "community",
              "parties",
              "units",
              "contract",
              "handovers",
              "budget",
              "entries",
              "expenditures",
              "votes",
              "bankStatements",
              "disclosures",
              "tickets")
          .required("format", "community", "parties", "units", "contract", "entries");

  static final String[] SECTIONS = BOOK_FIELDS.names();

  private static final int FORMAT = 0;
  private static final int COMMUNITY = 1;
  private static final int ENTRIES = 7;

  private BookReading() {}

  /** What the header pass found. */
  static final class Header {
    final Problems problems;
    @Nullable TrustBook book;
    CurrencyUnit currency = Amounts.CNY;
    int entriesSection;
    @Nullable ReadProblem fatal;

    /** Where the JSON broke in the header pass ("line:column"), so the entries pass can skip it. */
    @Nullable String fatalAt;

    /** Whether the document cannot be parsed at all (not UTF-8, too long), so no pass follows. */
    boolean unreadable;

    Header(Problems problems) {
      this.problems = problems;
    }
  }

  // ------------------------------------------------------------------ pass 1

  static Header header(Source source, JsonFactory factory, ReadOptions options) {
    Header h = new Header(new Problems(options.maxProblems()));
    try {
      String encoding = source.encodingProblem();
      if (encoding != null) {
        h.problems.error("", encoding);
        h.unreadable = true;
        return h;
      }
      long length = source.length();
      if (length > options.maxDocumentLength()) {
        String message = tooLong(length, options);
        h.problems.error("", message);
        h.unreadable = true;
        return h;
      }
      try (JsonParser p = source.openHeader(factory)) {
        readHeader(p, () -> source.openHeader(factory), options, h);
      }
      if (h.fatal != null) {
        // The header pass skipped the entries' bytes, so its locations may be off: read again.
        h = new Header(new Problems(options.maxProblems()));
        try (JsonParser p = source.open(factory)) {
          readHeader(p, () -> source.open(factory), options, h);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return h;
  }

  static String tooLong(long length, ReadOptions options) {
    return "the document is "
        + length
        + " bytes long; at most "
        + options.maxDocumentLength()
        + " are allowed (read option maxDocumentLength)";
  }

  /** Opens a parser at the start of the header pass's view of the document. */
  @FunctionalInterface
  interface Reopen {
    JsonParser open() throws IOException;
  }

  /**
   * Reads the top level. Sections after {@code community} are read at once, in the community's
   * currency; sections before it are skipped (their JSON still checked) and read in a second scan
   * once the currency is known. Nothing is buffered, so the memory the header pass needs is that of
   * the values it builds, never that of the document.
   */
  private static void readHeader(JsonParser p, Reopen reopen, ReadOptions options, Header h)
      throws IOException {
    Problems problems = h.problems;
    Cursor c = new Cursor(p, problems, options);
    int[] position = new int[SECTIONS.length];
    boolean[] deferred = new boolean[SECTIONS.length];
    boolean anyDeferred = false;
    Map<String, Object> read = new HashMap<>();
    Community community = null;
    boolean communitySeen = false;
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.error("", "the input is empty; expected a trust book (a JSON object)");
        return;
      }
      if (t != JsonToken.START_OBJECT) {
        problems.error("", "a trust book is a JSON object; found " + c.found());
        return;
      }
      int at = 0;
      Set<String> unknown = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        problems.section(++at);
        p.nextToken();
        int index = indexOf(name);
        if (index < 0) {
          unknown = c.unknownField(unknown, name, SECTIONS);
          continue;
        }
        if (position[index] != 0) {
          c.duplicateKey(name);
          continue;
        }
        position[index] = at;
        switch (index) {
          case FORMAT:
            format(c);
            break;
          case COMMUNITY:
            community = Values.community(c, currency -> h.currency = currency);
            communitySeen = true;
            break;
          case ENTRIES:
            h.entriesSection = at;
            if (p.currentToken() == JsonToken.START_ARRAY) {
              p.skipChildren();
            } else {
              c.wrongType("an array of entries");
            }
            break;
          default:
            if (communitySeen) {
              section(c, h.currency, SECTIONS[index], read);
            } else {
              p.skipChildren();
              deferred[index] = true;
              anyDeferred = true;
            }
            break;
        }
      }
      problems.section(Integer.MAX_VALUE);
      if (p.nextToken() != null) {
        problems.error("", "the book must be a single JSON object; more follows its closing brace");
      }
    } catch (JsonProcessingException | CharConversionException e) {
      h.fatal = fatal(p, problems, e);
      h.fatalAt = where(p, e);
      return;
    }
    if (anyDeferred) {
      try (JsonParser again = reopen.open()) {
        readDeferred(again, options, h, deferred, position, read);
      }
    }
    problems.section(0);
    for (int i = 0; i < SECTIONS.length; i++) {
      if (BOOK_FIELDS.isRequired(i) && position[i] == 0) {
        problems.error("/" + SECTIONS[i], "required section \"" + SECTIONS[i] + "\" is missing");
      }
    }
    sections(h, community, read, position);
  }

  /** The second scan: reads the sections that came before the community, now in its currency. */
  private static void readDeferred(
      JsonParser p,
      ReadOptions options,
      Header h,
      boolean[] deferred,
      int[] position,
      Map<String, Object> read)
      throws IOException {
    Cursor c = new Cursor(p, h.problems, options);
    p.nextToken();
    int at = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      int index = indexOf(p.currentName());
      p.nextToken();
      at++;
      if (index >= 0 && deferred[index] && position[index] == at) {
        h.problems.section(at);
        section(c, h.currency, SECTIONS[index], read);
      } else {
        p.skipChildren();
      }
    }
  }

  /** Reads one section other than format, community and entries into {@code read}. */
  private static void section(
      Cursor c, CurrencyUnit currency, String name, Map<String, Object> read) throws IOException {
    // Elements that could not be read are null, so that ids can still be checked across the
    // others; nothing is built from a section with problems.
    c.currency(currency);
    Object value = section(c, name);
    if (value != null) {
      read.put(name, value);
    }
  }

  private static void format(Cursor c) throws IOException {
    String format = c.text("a string (\"" + TrustBookFormat.FORMAT + "\")");
    if (format != null && !format.equals(TrustBookFormat.FORMAT)) {
      c.error(
          "unsupported format "
              + Cursor.quote(format)
              + "; this reader reads \""
              + TrustBookFormat.FORMAT
              + "\" only");
    }
  }

  private static int indexOf(String name) {
    for (int i = 0; i < SECTIONS.length; i++) {
      if (SECTIONS[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Checks what spans the sections read and builds the header book. */
  private static void sections(
      Header h, @Nullable Community community, Map<String, Object> read, int[] position) {
    Problems problems = h.problems;
    @SuppressWarnings("unchecked")
    List<Party> parties = (List<Party>) read.get("parties");
    @SuppressWarnings("unchecked")
    List<Unit> units = (List<Unit>) read.get("units");
    Contract contract = (Contract) read.get("contract");
    @SuppressWarnings("unchecked")
    List<Handover> handovers = (List<Handover>) read.get("handovers");
    @SuppressWarnings("unchecked")
    List<BudgetLine> budget = (List<BudgetLine>) read.get("budget");
    @SuppressWarnings("unchecked")
    List<Expenditure> expenditures = (List<Expenditure>) read.get("expenditures");
    @SuppressWarnings("unchecked")
    List<Vote> votes = (List<Vote>) read.get("votes");
    @SuppressWarnings("unchecked")
    List<BankStatement> statements = (List<BankStatement>) read.get("bankStatements");
    @SuppressWarnings("unchecked")
    List<Disclosure> disclosures = (List<Disclosure>) read.get("disclosures");
    @SuppressWarnings("unchecked")
    List<Ticket> tickets = (List<Ticket>) read.get("tickets");

    problems.section(position[2]);
    unique(problems, "parties", "party id", parties, Party::id, "/id");
    problems.section(position[3]);
    unique(problems, "units", "unit id", units, Unit::id, "/id");
    problems.section(position[6]);
    unique(problems, "budget", "budget line", budget, b -> b.year() + " " + b.line(), "");
    problems.section(position[8]);
    unique(problems, "expenditures", "expenditure id", expenditures, Expenditure::id, "/id");
    problems.section(position[9]);
    unique(problems, "votes", "vote id", votes, Vote::id, "/id");
    problems.section(position[10]);
    unique(
        problems,
        "bankStatements",
        "bank statement",
        statements,
        s -> s.account() + " " + s.period(),
        "");
    problems.section(position[12]);
    unique(problems, "tickets", "ticket id", tickets, Ticket::id, "/id");
    if (parties != null) {
      Map<String, Party> byId = new HashMap<>();
      for (Party party : parties) {
        if (party != null) {
          byId.putIfAbsent(party.id(), party);
        }
      }
      if (contract != null) {
        problems.section(position[4]);
        role(
            problems,
            byId,
            "/contract/trustee",
            "contract trustee",
            contract.trustee(),
            Role.TRUSTEE);
        role(
            problems,
            byId,
            "/contract/supervisor",
            "contract supervisor",
            contract.supervisor(),
            Role.SUPERVISOR);
      }
      if (handovers != null) {
        problems.section(position[5]);
        for (int i = 0; i < handovers.size(); i++) {
          Handover handover = handovers.get(i);
          if (handover == null) {
            continue;
          }
          String at = "/handovers/" + i;
          role(problems, byId, at + "/from", "handover from", handover.from(), Role.TRUSTEE);
          role(problems, byId, at + "/to", "handover to", handover.to(), Role.TRUSTEE);
        }
      }
    }
    if (problems.hasErrors()) {
      return;
    }
    problems.section(0);
    try {
      ImmutableTrustBook.Builder b =
          TrustBook.builder()
              .community(community)
              .addAllParties(parties)
              .addAllUnits(units)
              .contract(contract);
      if (handovers != null) {
        b.addAllHandovers(handovers);
      }
      if (budget != null) {
        b.addAllBudget(budget);
      }
      if (expenditures != null) {
        b.addAllExpenditures(expenditures);
      }
      if (votes != null) {
        b.addAllVotes(votes);
      }
      if (statements != null) {
        b.addAllBankStatements(statements);
      }
      if (disclosures != null) {
        b.addAllDisclosures(disclosures);
      }
      if (tickets != null) {
        b.addAllTickets(tickets);
      }
      h.book = b.build();
    } catch (TrustException e) {
      for (String problem : e.problems()) {
        problems.error("", problem);
      }
    }
  }

  private static @Nullable Object section(Cursor c, String name) throws IOException {
    switch (name) {
      case "parties":
        return c.list("an array of parties", () -> Values.party(c));
      case "units":
        return c.list("an array of units", () -> Values.unit(c));
      case "contract":
        return Values.contract(c);
      case "handovers":
        return c.list("an array of handovers", () -> Values.handover(c));
      case "budget":
        return c.list("an array of budget lines", () -> Values.budgetLine(c));
      case "expenditures":
        return c.list("an array of expenditures", () -> Values.expenditure(c));
      case "votes":
        return c.list("an array of votes", () -> Values.vote(c));
      case "bankStatements":
        return c.list("an array of bank statements", () -> Values.bankStatement(c));
      case "disclosures":
        return c.list("an array of disclosures", () -> Values.disclosure(c));
      case "tickets":
        return c.list("an array of tickets", () -> Values.ticket(c));
      default:
        throw new AssertionError(name);
    }
  }

  private static <T> void unique(
      Problems problems,
      String section,
      String what,
      @Nullable List<T> values,
      Function<T, String> key,
      String field) {
    if (values == null) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        continue;
      }
      String k = key.apply(values.get(i));
      Integer earlier = first.putIfAbsent(k, i);
      if (earlier != null) {
        problems.error(
            "/" + section + "/" + i + field,
            what
                + " "
                + Cursor.quote(k)
                + " appears twice (first at /"
                + section
                + "/"
                + earlier
                + "); it must be unique");
      }
    }
  }

  private static void role(
      Problems problems,
      Map<String, Party> parties,
      String path,
      String what,
      String id,
      Role role) {
    Party party = parties.get(id);
    if (party == null) {
      problems.error(path, what + " " + Cursor.quote(id) + " is not a party of the book");
    } else if (party.role() != role) {
      problems.error(
          path, what + " " + Cursor.quote(id) + " must be a " + role + ", not a " + party.role());
    }
  }

  // ------------------------------------------------------------------ pass 2

  /**
   * Reads the entries one at a time, handing each one read without error to the consumer until the
   * first problem; reading goes on to the end so that every problem is found.
   */
  static void entries(
      Source source,
      JsonFactory factory,
      ReadOptions options,
      Header header,
      Problems problems,
      @Nullable EntryConsumer consumer) {
    problems.section(header.entriesSection);
    try (JsonParser p = source.open(factory)) {
      Cursor c = new Cursor(p, problems, options);
      c.currency(header.currency);
      Entries reader = new Entries(c, options.maxLinesPerEntry());
      try {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return;
        }
        boolean done = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          boolean isEntries = !done && p.currentName().equals("entries");
          if (p.nextToken() == JsonToken.START_ARRAY && isEntries) {
            done = true;
            long index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              Entry entry = reader.entry();
              if (entry != null && consumer != null && !problems.hasErrors()) {
                consumer.accept(index, entry);
              }
              index++;
            }
          } else {
            p.skipChildren();
          }
        }
      } catch (JsonProcessingException | CharConversionException e) {
        // The header pass may have stopped at the same place (a truncated file, say): the
        // entries pass knows the path better, so its problem replaces the header pass's.
        ReadProblem found = problem(p, e);
        ReadProblem earlier = header.fatal;
        if (earlier != null && (where(p, e).equals(header.fatalAt) || sameError(earlier, found))) {
          header.problems.remove(earlier);
        }
        problems.error(found.path(), found.message());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ malformed JSON

  private static ReadProblem fatal(JsonParser p, Problems problems, IOException e) {
    ReadProblem found = problem(p, e);
    problems.error(found.path(), found.message());
    return found;
  }

  /**
   * Turns an error of the JSON parser into a problem naming the place and, for limits, the option.
   */
  static ReadProblem problem(JsonParser p, IOException e) {
    String path;
    try {
      JsonStreamContext context = p.getParsingContext();
      if (Limit.of(e) == Limit.NAME && context.getParent() != null) {
        // The name being read is not the context's yet: the problem is the object holding it.
        context = context.getParent();
      }
      path = context.pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      path = "";
    }
    return ReadProblem.of(path, describe(p, e));
  }

  /**
   * Whether two problems are the same error found by both passes: the same path and the same
   * message but for the figures (a limit found while buffering may be reported a few characters
   * apart by passes whose buffers differ).
   */
  private static boolean sameError(ReadProblem a, ReadProblem b) {
    return a.path().equals(b.path())
        && a.message().replaceAll("[0-9]+", "#").equals(b.message().replaceAll("[0-9]+", "#"));
  }

  private static String where(JsonParser p, IOException e) {
    JsonLocation at =
        e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
    if (at == null) {
      at = p.currentLocation();
    }
    return at == null ? "?" : at.getLineNr() + ":" + at.getColumnNr();
  }

  static String describe(JsonParser p, IOException e) {
    JsonLocation at = null;
    String message = e.getMessage();
    if (e instanceof JsonProcessingException) {
      at = ((JsonProcessingException) e).getLocation();
      message = ((JsonProcessingException) e).getOriginalMessage();
    }
    if (at == null) {
      at = p.currentLocation();
    }
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    message = String.valueOf(message);
    Limit limit = Limit.of(e);
    if (limit != null) {
      return "the book exceeds a read limit" + where + ": " + limitMessage(p, limit, message);
    }
    int hint = message.indexOf(": enable `");
    if (hint >= 0) {
      message = message.substring(0, hint);
    }
    int source = message.indexOf(" (start marker at [Source");
    if (source >= 0) {
      message = message.substring(0, source) + ")";
    }
    if (message.contains("'NaN'") || message.contains("Infinity'")) {
      message += " (NaN and Infinity are not JSON; amounts are decimal strings)";
    }
    if (e instanceof JsonEOFException || message.contains("end-of-input")) {
      return "the input ends too early (is the book truncated?)" + where + ": " + message;
    }
    return "malformed JSON" + where + ": " + message;
  }

  /**
   * The limits of the JSON parser, told apart by the accessor of {@link
   * com.fasterxml.jackson.core.StreamReadConstraints} that the parser's message names (an API name,
   * stable where the message's wording is not), each with the read option that sets it.
   */
  enum Limit {
    DOCUMENT("getMaxDocumentLength", "maxDocumentLength"),
    NESTING("getMaxNestingDepth", "maxNestingDepth"),
    NUMBER("getMaxNumberLength", "maxNumberLength"),
    STRING("getMaxStringLength", "maxStringLength"),
    NAME("getMaxNameLength", "maxNameLength"),
    /**
     * A limit of the parser that no read option sets (the token count, which the options leave
     * unbounded, or one a later parser adds): reported without naming an option.
     */
    OTHER("", "");

    private static final Pattern REFERENCE =
        Pattern.compile(",? ?from `StreamReadConstraints\\.([A-Za-z]+)\\(\\)`");

    private final String accessor;
    private final String option;

    Limit(String accessor, String option) {
      this.accessor = accessor;
      this.option = option;
    }

    /** The read option that sets this limit, or empty for {@link #OTHER}. */
    String option() {
      return option;
    }

    /** The limit an error of the parser reports, or null when it is not a limit. */
    static @Nullable Limit of(IOException e) {
      if (!(e instanceof StreamConstraintsException)) {
        return null;
      }
      Matcher m = REFERENCE.matcher(String.valueOf(e.getMessage()));
      if (m.find()) {
        for (Limit limit : values()) {
          if (limit.accessor.equals(m.group(1))) {
            return limit;
          }
        }
      }
      return OTHER;
    }
  }

  /**
   * The parser's message about a limit, with its reference to the parser's own API replaced by the
   * read option that sets the limit (or dropped when no option does).
   */
  private static String limitMessage(JsonParser p, Limit limit, String message) {
    if (limit == Limit.STRING && p.currentToken() != JsonToken.VALUE_STRING) {
      // Strings are read when asked for, numbers at once: a limit on text reached while the
      // parser moves to the next token was reached by a number, which grew past the string limit
      // before its own limit (checked once the number ends) could apply.
      Matcher allowed = Pattern.compile("maximum allowed \\(([0-9]+)").matcher(message);
      return "Number value length (more than "
          + (allowed.find() ? allowed.group(1) : "the longest string's")
          + " characters) exceeds the maximum allowed (read option "
          + Limit.NUMBER.option()
          + ")";
    }
    Matcher reference = Limit.REFERENCE.matcher(message);
    if (!reference.find()) {
      return message;
    }
    String option = limit == Limit.OTHER ? "" : ", read option " + limit.option();
    return message.substring(0, reference.start()) + option + message.substring(reference.end());
  }
}
