package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.propertytrust.core.TrustException;
import org.propertytrust.core.ledger.Account;
import org.propertytrust.core.ledger.Entry;
import org.propertytrust.core.ledger.EntryKind;
import org.propertytrust.core.ledger.ImmutableEntry;
import org.propertytrust.core.ledger.ImmutableLine;
import org.propertytrust.core.ledger.Line;
import org.propertytrust.core.ledger.Side;

/**
 * Reads entries and their lines straight from parser tokens: no tree, no data binding, one reused
 * list of lines, and the repeated texts (account codes, unit ids, fee codes, periods) looked up in
 * the cursor's bounded caches. Nothing is kept from one entry to the next.
 */
final class Entries {
  /**
   * The fields of an entry, in the format's order; the bit of each in {@link #entry()} is {@code 1
   * << index}.
   */
  static final Fields ENTRY_FIELDS =
      Fields.of("id", "date", "kind", "memo", "expenditure", "reverses", "trustee", "lines")
          .required("id", "date", "kind", "lines");

  /**
   * The fields of a line, in the format's order; the bit of each in {@link #line()} is {@code 1 <<
   * index}. A line also has exactly one of debit and credit.
   */
  static final Fields LINE_FIELDS =
      Fields.of("account", "debit", "credit", "unit", "period", "fee").required("account");

  private final Cursor c;
  private final int maxLines;
  private final List<Line> lines = new ArrayList<>();

  Entries(Cursor c, int maxLines) {
    this.c = c;
    this.maxLines = maxLines;
  }

  /** Reads one entry; null (with problems recorded) when it is malformed. */
  @Nullable Entry entry() throws IOException {
    if (c.token() != JsonToken.START_OBJECT) {
      c.wrongType("an object (an entry)");
      return null;
    }
    long before = c.problems.errorCount();
    String id = null;
    LocalDate date = null;
    EntryKind kind = null;
    String memo = null;
    String expenditure = null;
    String reverses = null;
    String trustee = null;
    boolean linesOk = false;
    int seen = 0;
    java.util.Set<String> unknown = null;
    lines.clear();
    while (c.next() == JsonToken.FIELD_NAME) {
      String name = c.p.currentName();
      int bit = entryBit(name);
      c.next();
      if (bit == 0) {
        unknown = c.unknownField(unknown, name, ENTRY_FIELDS.names());
        continue;
      }
      if ((seen & bit) != 0) {
        c.duplicateKey(name);
        continue;
      }
      seen |= bit;
      switch (bit) {
        case 1:
          id = c.id("entry id");
          break;
        case 2:
          date = c.date("entry date");
          break;
        case 4:
          kind = c.entryKind();
          break;
        case 8:
          memo = c.text("a string (the memo)");
          break;
        case 16:
          expenditure = c.sharedId("expenditure id");
          break;
        case 32:
          reverses = c.id("reversed entry id");
          break;
        case 64:
          trustee = c.sharedId("trustee id");
          break;
        default:
          linesOk = lines();
          break;
      }
    }
    long required = ENTRY_FIELDS.required();
    if ((seen & required) != required) {
      String[] names = ENTRY_FIELDS.names();
      for (int i = 0; i < names.length; i++) {
        if (ENTRY_FIELDS.isRequired(i) && (seen & (1 << i)) == 0) {
          c.errorAt(
              Cursor.child(c.path(), names[i]), "required field \"" + names[i] + "\" is missing");
        }
      }
    }
    if (c.problems.errorCount() != before || !linesOk) {
      return null;
    }
    try {
      ImmutableEntry.Builder b = Entry.builder().id(id).date(date).kind(kind).addAllLines(lines);
      if (memo != null) {
        b.memo(memo);
      }
      if (expenditure != null) {
        b.expenditure(expenditure);
      }
      if (reverses != null) {
        b.reverses(reverses);
      }
      if (trustee != null) {
        b.trustee(trustee);
      }
      return b.build();
    } catch (TrustException e) {
      c.error(e.getMessage());
      return null;
    }
  }

  private boolean lines() throws IOException {
    if (c.token() != JsonToken.START_ARRAY) {
      c.wrongType("an array of lines");
      return false;
    }
    long before = c.problems.errorCount();
    int count = 0;
    while (c.next() != JsonToken.END_ARRAY) {
      if (count == maxLines) {
        c.errorAt(
            parentPath(),
            "an entry may have at most "
                + maxLines
                + " lines (read option maxLinesPerEntry); this one has more");
        c.p.skipChildren();
        while (c.next() != JsonToken.END_ARRAY) {
          c.p.skipChildren();
        }
        return false;
      }
      count++;
      Line line = line();
      if (line != null) {
        lines.add(line);
      }
    }
    return c.problems.errorCount() == before;
  }

  /** The path of the array holding the current element. */
  private String parentPath() {
    String element = c.path();
    return element.substring(0, Math.max(0, element.lastIndexOf('/')));
  }

  /** Reads one line on its own, outside an entry. */
  @Nullable Line standaloneLine() throws IOException {
    return line();
  }

  private @Nullable Line line() throws IOException {
    if (c.token() != JsonToken.START_OBJECT) {
      c.wrongType("an object (a line)");
      return null;
    }
    long before = c.problems.errorCount();
    Account account = null;
    Money amount = null;
    Side side = null;
    String unit = null;
    java.time.YearMonth period = null;
    String fee = null;
    int seen = 0;
    java.util.Set<String> unknown = null;
    while (c.next() == JsonToken.FIELD_NAME) {
      String name = c.p.currentName();
      int bit = lineBit(name);
      c.next();
      if (bit == 0) {
        unknown = c.unknownField(unknown, name, LINE_FIELDS.names());
        continue;
      }
      if ((seen & bit) != 0) {
        c.duplicateKey(name);
        continue;
      }
      seen |= bit;
      switch (bit) {
        case 1:
          account = c.account();
          break;
        case 2:
        case 4:
          amount = c.amount(name, false);
          side = bit == 2 ? Side.DEBIT : Side.CREDIT;
          if (amount != null && amount.isZero()) {
            c.error(name + " " + Cursor.quote(c.p.getText()) + " must be positive");
            amount = null;
          }
          break;
        case 8:
          unit = c.sharedId("line unit");
          break;
        case 16:
          period = c.month("line period");
          break;
        default:
          fee = c.sharedId("line fee");
          break;
      }
    }
    long required = LINE_FIELDS.required();
    if ((seen & required) != required) {
      String[] names = LINE_FIELDS.names();
      for (int i = 0; i < names.length; i++) {
        if (LINE_FIELDS.isRequired(i) && (seen & (1 << i)) == 0) {
          c.errorAt(
              Cursor.child(c.path(), names[i]), "required field \"" + names[i] + "\" is missing");
        }
      }
    }
    if ((seen & 6) == 6) {
      c.error("a line has exactly one of debit and credit; this one has both");
    } else if ((seen & 6) == 0) {
      c.error("a line has exactly one of debit and credit; this one has neither");
    }
    if (c.problems.errorCount() != before) {
      return null;
    }
    try {
      ImmutableLine.Builder b = Line.builder().account(account).side(side).amount(amount);
      if (unit != null) {
        b.unit(unit);
      }
      if (period != null) {
        b.period(period);
      }
      if (fee != null) {
        b.fee(fee);
      }
      return b.build();
    } catch (TrustException e) {
      c.error(e.getMessage());
      return null;
    }
  }

  /** The bit of an entry field: {@code 1 << } its index in {@link #ENTRY_FIELDS}, or 0. */
  static int entryBit(String name) {
    switch (name) {
      case "id":
        return 1;
      case "date":
        return 2;
      case "kind":
        return 4;
      case "memo":
        return 8;
      case "expenditure":
        return 16;
      case "reverses":
        return 32;
      case "trustee":
        return 64;
      case "lines":
        return 128;
      default:
        return 0;
    }
  }

  /** The bit of a line field: {@code 1 << } its index in {@link #LINE_FIELDS}, or 0. */
  static int lineBit(String name) {
    switch (name) {
      case "account":
        return 1;
      case "debit":
        return 2;
      case "credit":
        return 4;
      case "unit":
        return 8;
      case "period":
        return 16;
      case "fee":
        return 32;
      default:
        return 0;
    }
  }
}
