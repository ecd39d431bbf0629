package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertytrust.json.HostileBooks;

/**
 * {@code trust validate} on every book of the hostile corpus: a book that cannot be read exits 2
 * and lists its problems with their paths, as text and as JSON; a book that reads exits 0 or 1; and
 * nothing, whatever the input, prints a stack trace or an unexpected error.
 */
class HostileBooksCliTest {
  @TempDir static Path dir;

  static Stream<HostileBooks.Case> cases() {
    return HostileBooks.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void validateExitsAsExpectedWithoutAStackTrace(HostileBooks.Case c) throws IOException {
    Path file = c.writeTo(dir);
    try {
      Cli.Result text = Cli.run(args(c, file, false));
      noStackTrace(text);
      assertThat(text.exit()).as("%s: %s", c, text.err()).isEqualTo(c.validateExit());
      if (c.outcome() == HostileBooks.Outcome.REFUSED) {
        String where = c.path().isEmpty() ? "(document)" : c.path();
        assertThat(text.err())
            .startsWith("trust: cannot read ")
            .contains("  " + where + ": ")
            .contains(c.words());
        // The JSON report lists the same problem for a platform to act on.
        Cli.Result json = Cli.run(args(c, file, true));
        noStackTrace(json);
        assertThat(json.exit()).isEqualTo(2);
        JsonNode report = json.json();
        assertThat(report.get("problems"))
            .anySatisfy(
                p -> {
                  assertThat(p.get("path").asText()).isEqualTo(c.path());
                  assertThat(p.get("message").asText()).contains(c.words());
                });
      } else if (c.validateExit() == 2) {
        // It reads, but its sums would overflow: refused with the reason, not judged.
        assertThat(text.err()).startsWith("trust: ").contains("overflows after entry");
      } else {
        assertThat(text.out()).contains(c.validateExit() == 0 ? "clean" : "NOT clean");
      }
    } finally {
      Files.delete(file);
    }
  }

  private static String[] args(HostileBooks.Case c, Path file, boolean json) {
    List<String> args = new ArrayList<>(List.of("--lang", "en", "validate", file.toString()));
    if (c.lenient()) {
      args.add("--lenient");
    }
    if (json) {
      args.add("--json");
    }
    return args.toArray(String[]::new);
  }

  private static void noStackTrace(Cli.Result result) {
    for (String printed : List.of(result.out(), result.err())) {
      assertThat(printed)
          .doesNotContain("\tat ")
          .doesNotContain("Exception")
          .doesNotContain("unexpected error")
          .doesNotContain("Error:");
    }
  }
}
