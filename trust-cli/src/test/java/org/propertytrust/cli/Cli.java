package org.propertytrust.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the trust command in-process and captures what it prints. */
final class Cli {
  /** The repository's examples folder (copies of the format's reference books). */
  static final Path EXAMPLES = Path.of("..", "examples");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Cli() {}

  /** What a run printed, and its exit code. */
  record Result(int exit, String out, String err) {
    JsonNode json() {
      try {
        return MAPPER.readTree(out);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  static Result runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        TrustCommand.run(
            args,
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  static JsonNode readJson(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (Exception e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }
}
