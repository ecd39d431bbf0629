package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a book is read from, opened once per pass. Byte sources must be UTF-8: a UTF-8 byte-order
 * mark is accepted (and skipped), UTF-16 and UTF-32 are refused.
 */
abstract class Source {
  /** Opens a parser at the start of the document. */
  abstract JsonParser open(JsonFactory factory) throws IOException;

  /**
   * Opens a parser for the header pass: byte sources leave out the content of the top-level entries
   * array (see {@link EntriesBlanking}), which the entries pass reads.
   */
  JsonParser openHeader(JsonFactory factory) throws IOException {
    return open(factory);
  }

  /** The length of the document in bytes (or characters), or -1 when unknown. */
  abstract long length() throws IOException;

  /** Why the document cannot be read as UTF-8, or null. */
  @Nullable String encodingProblem() throws IOException {
    return null;
  }

  static Source of(byte[] bytes) {
    return new Source() {
      @Override
      JsonParser open(JsonFactory factory) throws IOException {
        return factory.createParser(bytes);
      }

      @Override
      JsonParser openHeader(JsonFactory factory) throws IOException {
        return factory.createParser(new EntriesBlanking(new java.io.ByteArrayInputStream(bytes)));
      }

      @Override
      long length() {
        return bytes.length;
      }

      @Override
      @Nullable String encodingProblem() {
        return Source.encodingProblem(bytes, Math.min(4, bytes.length));
      }
    };
  }

  static Source of(Path file) {
    return new Source() {
      @Override
      JsonParser open(JsonFactory factory) throws IOException {
        return factory.createParser(Files.newInputStream(file));
      }

      @Override
      JsonParser openHeader(JsonFactory factory) throws IOException {
        return factory.createParser(new EntriesBlanking(Files.newInputStream(file)));
      }

      @Override
      long length() throws IOException {
        return Files.size(file);
      }

      @Override
      @Nullable String encodingProblem() throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
          n = in.readNBytes(head, 0, 4);
        }
        return Source.encodingProblem(head, n);
      }
    };
  }

  static Source of(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new Source() {
      @Override
      JsonParser open(JsonFactory factory) throws IOException {
        return factory.createParser(body);
      }

      @Override
      long length() {
        return body.length();
      }
    };
  }

  static Source of(TokenBuffer tokens) {
    return new Source() {
      @Override
      JsonParser open(JsonFactory factory) {
        return tokens.asParser();
      }

      @Override
      long length() {
        return -1;
      }
    };
  }

  /**
   * Reads a stream whole into memory; null, without reading further, once it is longer than the
   * limit.
   */
  static byte @Nullable [] readAll(InputStream in, long limit) throws IOException {
    long cap = Math.min(limit, Integer.MAX_VALUE - 16L);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) >= 0) {
      if (out.size() + (long) n > cap) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  static @Nullable String encodingProblem(byte[] b, int n) {
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return "the book is UTF-32 (byte-order mark 00 00 FE FF); trust-book/1 is UTF-8";
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "the book is UTF-32 (byte-order mark FF FE 00 00); trust-book/1 is UTF-8";
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return "the book is UTF-16 (byte-order mark FE FF); trust-book/1 is UTF-8";
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return "the book is UTF-16 (byte-order mark FF FE); trust-book/1 is UTF-8";
    }
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return "the book starts with a NUL byte (UTF-16 or UTF-32 text?); trust-book/1 is UTF-8";
      }
    }
    return null;
  }
}
