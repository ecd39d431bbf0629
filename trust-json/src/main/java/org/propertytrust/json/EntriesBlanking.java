package org.propertytrust.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a book without the content of its top-level {@code entries} array, which reads as
 * {@code []}: the header pass then does not tokenize what only the entries pass reads. The entries
 * pass reads the original bytes and finds any problem inside the array. Locations after the array
 * shift, so a header pass that finds malformed JSON is run again on the original bytes.
 *
 * <p>The scan follows JSON's strings and nesting byte by byte. It recognises only the key {@code
 * "entries"} written without escapes directly in the top-level object and followed by an array;
 * anything else is passed through unchanged and left to the parser.
 */
final class EntriesBlanking extends InputStream {
  private static final byte[] KEY = {'e', 'n', 't', 'r', 'i', 'e', 's'};

  private final InputStream in;
  private int depth;
  private boolean inString;
  private boolean escaped;
  private int keyLength;
  private boolean keyMatches;
  private boolean sawKey;
  private boolean afterColon;

  /** The nesting inside the entries array while it is being dropped; 0 outside it. */
  private int dropDepth;

  private boolean dropInString;
  private boolean dropEscaped;

  EntriesBlanking(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    do {
      n = read(one, 0, 1);
    } while (n == 0);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      int n = in.read(b, off, len);
      if (n < 0) {
        return -1;
      }
      int kept = filter(b, off, off + n);
      if (kept > 0) {
        return kept;
      }
    }
  }

  /** Filters {@code b[from, to)} in place; returns how many bytes were kept, from {@code from}. */
  private int filter(byte[] b, int from, int to) {
    int out = from;
    int i = from;
    while (i < to) {
      if (dropDepth > 0) {
        i = drop(b, i, to);
        if (dropDepth == 0) {
          b[out++] = ']';
        }
        continue;
      }
      byte c = b[i++];
      b[out++] = c;
      keep(c);
    }
    return out - from;
  }

  /** Which bytes matter while dropping: quote, backslash and brackets; 0 for all others. */
  private static final byte[] SPECIAL = new byte[256];

  static {
    SPECIAL['"'] = 1;
    SPECIAL['\\'] = 2;
    SPECIAL['['] = 3;
    SPECIAL['{'] = 3;
    SPECIAL[']'] = 4;
    SPECIAL['}'] = 4;
  }

  /** Skips dropped bytes from {@code i}; returns where it stopped (after the closing bracket). */
  private int drop(byte[] b, int i, int to) {
    int d = dropDepth;
    boolean str = dropInString;
    boolean esc = dropEscaped;
    while (i < to) {
      int kind = SPECIAL[b[i++] & 0xFF];
      if (kind == 0) {
        esc = false;
        continue;
      }
      if (str) {
        if (esc) {
          esc = false;
        } else if (kind == 2) {
          esc = true;
        } else if (kind == 1) {
          str = false;
        }
      } else if (kind == 1) {
        str = true;
      } else if (kind == 3) {
        d++;
      } else if (kind == 4 && --d == 0) {
        break;
      }
    }
    dropDepth = d;
    dropInString = str;
    dropEscaped = esc;
    return i;
  }

  private void keep(byte c) {
    if (inString) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
        keyMatches = false;
      } else if (c == '"') {
        inString = false;
        sawKey = keyMatches && keyLength == KEY.length;
      } else if (keyMatches) {
        keyMatches = keyLength < KEY.length && KEY[keyLength] == c;
        keyLength++;
      }
      return;
    }
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        return;
      case '"':
        inString = true;
        keyLength = 0;
        keyMatches = depth == 1 && !afterColon;
        sawKey = false;
        afterColon = false;
        return;
      case ':':
        afterColon = sawKey;
        sawKey = false;
        return;
      case '[':
        if (afterColon) {
          afterColon = false;
          dropDepth = 1;
          return;
        }
        depth++;
        break;
      case '{':
        depth++;
        break;
      case ']':
      case '}':
        depth--;
        break;
      default:
        break;
    }
    sawKey = false;
    afterColon = false;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
