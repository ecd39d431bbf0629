package org.propertytrust.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md documents every rule of the standard catalog with its id, Chinese title and
 * severity, in catalog order, and nothing else: the page cannot drift from the code.
 */
class RulesDocTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([^`]+)` \\| (ERROR|WARNING) \\| (.+?) \\|$");
  private static final Pattern HEADING = Pattern.compile("^### `([^`]+)` — (.+)$");

  /** Finds docs/rules.md in the repository: from the working directory up to the root. */
  static Path rulesDoc() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path doc = dir.resolve("docs").resolve("rules.md");
      if (Files.isRegularFile(doc) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return doc;
      }
      dir = dir.getParent();
    }
    throw new AssertionError("docs/rules.md not found above " + Path.of("").toAbsolutePath());
  }

  private static List<String> lines() throws IOException {
    return Files.readAllLines(rulesDoc(), StandardCharsets.UTF_8);
  }

  @Test
  void theTableListsEveryRuleWithItsSeverityAndTitleInCatalogOrder() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : lines()) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        assertThat(rows.put(m.group(1), new String[] {m.group(2), m.group(3)}))
            .as("row of %s listed twice", m.group(1))
            .isNull();
      }
    }
    List<Rule> catalog = RuleSet.standard().rules();
    assertThat(rows.keySet()).containsExactlyElementsOf(catalog.stream().map(Rule::id).toList());
    for (Rule rule : catalog) {
      assertThat(rows.get(rule.id()))
          .as(rule.id())
          .containsExactly(rule.severity().name(), rule.titleZh());
    }
  }

  @Test
  void eachRuleHasASectionWithItsTitleSeverityTriggerExampleAndFix() throws IOException {
    List<String> lines = lines();
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> sections = new LinkedHashMap<>();
    String current = null;
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      Matcher m = HEADING.matcher(line);
      if (m.matches() || line.startsWith("## ")) {
        if (current != null) {
          sections.put(current, body.toString());
        }
        current = null;
        body = new StringBuilder();
        if (m.matches()) {
          current = m.group(1);
          assertThat(titles.put(current, m.group(2))).as("section %s twice", current).isNull();
        }
      } else if (current != null) {
        body.append(line).append('\n');
      }
    }
    if (current != null) {
      sections.put(current, body.toString());
    }
    List<String> ids = new ArrayList<>();
    for (Rule rule : RuleSet.standard().rules()) {
      ids.add(rule.id());
      assertThat(titles.get(rule.id())).as("title of %s", rule.id()).isEqualTo(rule.titleZh());
      assertThat(sections.get(rule.id()))
          .as("section of %s", rule.id())
          .contains(
              "**Severity:** " + rule.severity().name() + ".",
              "**Triggered when:**",
              "**Example:**",
              "**Fix:**");
    }
    assertThat(titles.keySet()).containsExactlyElementsOf(ids);
  }
}
