package org.propertytrust.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a book with the content of its top-level {@code entries} array replaced by white
 * space, so that the header pass does not tokenize what only the entries pass reads. Every byte
 * keeps its place (line breaks are kept, everything else inside the array becomes a space), so
 * locations in messages stay right; the entries pass reads the original bytes and finds any problem
 * inside the array.
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
  private int blankDepth;

  EntriesBlanking(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    for (int i = off; i < off + n; i++) {
      b[i] = filter(b[i]);
    }
    return n;
  }

  private byte filter(byte c) {
    if (blankDepth > 0) {
      return blank(c);
    }
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
      return c;
    }
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        return c;
      case '"':
        inString = true;
        keyLength = 0;
        keyMatches = depth == 1 && !afterColon;
        sawKey = false;
        afterColon = false;
        return c;
      case ':':
        afterColon = sawKey;
        sawKey = false;
        return c;
      case '[':
        if (afterColon) {
          afterColon = false;
          blankDepth = 1;
          return c;
        }
        depth++;
        return c;
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
    return c;
  }

  private boolean blankInString;
  private boolean blankEscaped;

  private byte blank(byte c) {
    if (blankInString) {
      if (blankEscaped) {
        blankEscaped = false;
      } else if (c == '\\') {
        blankEscaped = true;
      } else if (c == '"') {
        blankInString = false;
      }
    } else if (c == '"') {
      blankInString = true;
    } else if (c == '[' || c == '{') {
      blankDepth++;
    } else if (c == ']' || c == '}') {
      blankDepth--;
      if (blankDepth == 0) {
        return c;
      }
    }
    return c == '\n' || c == '\r' ? c : (byte) ' ';
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
