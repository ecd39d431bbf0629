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
  static final String[] ENTRY_FIELDS = {
    "id", "date", "kind", "memo", "expenditure", "reverses", "trustee", "lines"
  };
  static final String[] LINE_FIELDS = {"account", "debit", "credit", "unit", "period", "fee"};

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
      int bit;
      switch (name) {
        case "id":
          bit = 1;
          break;
        case "date":
          bit = 2;
          break;
        case "kind":
          bit = 4;
          break;
        case "memo":
          bit = 8;
          break;
        case "expenditure":
          bit = 16;
          break;
        case "reverses":
          bit = 32;
          break;
        case "trustee":
          bit = 64;
          break;
        case "lines":
          bit = 128;
          break;
        default:
          bit = 0;
          break;
      }
      c.next();
      if (bit == 0) {
        unknown = c.unknownField(unknown, name, ENTRY_FIELDS);
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
    if ((seen & 0b10000111) != 0b10000111) {
      missing(seen, 1, "id");
      missing(seen, 2, "date");
      missing(seen, 4, "kind");
      missing(seen, 128, "lines");
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

  private void missing(int seen, int bit, String name) {
    if ((seen & bit) == 0) {
      c.errorAt(Cursor.child(c.path(), name), "required field \"" + name + "\" is missing");
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
      int bit;
      switch (name) {
        case "account":
          bit = 1;
          break;
        case "debit":
          bit = 2;
          break;
        case "credit":
          bit = 4;
          break;
        case "unit":
          bit = 8;
          break;
        case "period":
          bit = 16;
          break;
        case "fee":
          bit = 32;
          break;
        default:
          bit = 0;
          break;
      }
      c.next();
      if (bit == 0) {
        unknown = c.unknownField(unknown, name, LINE_FIELDS);
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
    if ((seen & 1) == 0) {
      c.errorAt(Cursor.child(c.path(), "account"), "required field \"account\" is missing");
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
}
