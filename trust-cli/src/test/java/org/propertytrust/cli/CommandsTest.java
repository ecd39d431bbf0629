package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertytrust.rules.RuleSet;

class CommandsTest {
  @Test
  void helpAndVersion() {
    Cli.Result help = Cli.run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("validate", "metrics", "statement", "rules", "demo", "scenario");
    Cli.Result version = Cli.run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("trust ");
  }

  @Test
  void theRuleCatalogIsListed() {
    Cli.Result r = Cli.run("rules");
    assertThat(r.exit()).isZero();
    RuleSet.standard()
        .rules()
        .forEach(rule -> assertThat(r.out()).contains(rule.id(), rule.titleZh()));
    Cli.Result json = Cli.run("rules", "--json");
    assertThat(json.json()).hasSize(RuleSet.standard().rules().size());
    assertThat(json.json().get(0).get("id").asText()).isEqualTo("ledger.unbalanced");
  }

  @Test
  void theDemoShowsTheFourCasesFromTheLibrarysFigures() {
    Cli.Result r = Cli.run("--lang", "zh", "demo");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("广景山庄", "92.00%", "红星新村", "75.00%", "怡和花园", "140,000.00", "清潭花苑18幢", "100.00%")
        .doesNotContain("校验未通过");
    // 红星新村's January: 40 households x 12.00 cleaning fee billed, nobody paid it yet
    String hongxing = between(r.out(), "红星新村\n", "怡和花园\n");
    assertThat(hongxing).containsPattern("2024年1月 +480\\.00 +0\\.00 +0\\.00% +0\\.00%\\n");
    assertThat(hongxing).containsPattern("2024年6月 +480\\.00 +360\\.00 +75\\.00% +75\\.00%\\n");
    // 怡和花园's statement is the month of the handover, when the ¥140,000 came back
    String yihe = between(r.out(), "怡和花园\n", "清潭花苑18幢\n");
    assertThat(yihe).contains("怡和花园信托制物业2024年3月收支公示").containsPattern("原物业移交追回 +140,000\\.00\\n");
  }

  @Test
  void theDemoMasksEveryOwnersName() {
    Cli.Result r = Cli.run("--lang", "zh", "demo");
    assertThat(r.exit()).isZero();
    // the arrears lists show owners as surname and asterisks (张伟 becomes 张*)
    assertThat(r.out()).contains("张*", "王*");
    for (var book : DemoBooks.all()) {
      for (var unit : book.units()) {
        assertThat(unit.owner()).isPresent();
        assertThat(r.out()).as(unit.id()).doesNotContain(unit.owner().get());
      }
    }
  }

  @Test
  void theDemoPartiesHaveNamesOfTheirOwn() {
    java.util.Set<String> supervisors = new java.util.HashSet<>();
    for (var book : DemoBooks.all()) {
      String supervisor = book.party(book.contract().supervisor()).orElseThrow().name();
      assertThat(supervisor).doesNotContain("社区监察人");
      supervisors.add(supervisor);
      assertThat(book.parties())
          .allSatisfy(p -> assertThat(p.name()).doesNotStartWith("原物业").doesNotContain("开户银行"));
    }
    assertThat(supervisors).hasSize(DemoBooks.all().size());
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start + 1);
    assertThat(start).as(from).isNotNegative();
    assertThat(end).as(to).isGreaterThan(start);
    return text.substring(start, end);
  }

  @Test
  void theRulesAreDescribedInChineseUnderLangZh() {
    Cli.Result zh = Cli.run("--lang", "zh", "rules");
    assertThat(zh.exit()).isZero();
    Messages m = Messages.of(java.util.Locale.CHINESE);
    for (var rule : RuleSet.standard().rules()) {
      String description = m.ruleDescription(rule);
      assertThat(description).as(rule.id()).isNotEqualTo(rule.description());
      assertThat(zh.out()).contains(description);
      assertThat(zh.out()).doesNotContain(rule.description());
    }
    Cli.Result en = Cli.run("--lang", "en", "rules");
    RuleSet.standard().rules().forEach(rule -> assertThat(en.out()).contains(rule.description()));
  }

  @Test
  void theHelpSaysViolationMessagesAreInEnglish() {
    Cli.Result help = Cli.run("validate", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Violation messages are in English");
  }

  @Test
  void theDemoBooksCanBeWrittenOutAndValidated(@TempDir Path dir) {
    Cli.Result r = Cli.run("demo", "--write", dir.toString());
    assertThat(r.exit()).isZero();
    for (DemoCommand.Demo demo : DemoCommand.DEMOS) {
      Path file = dir.resolve(demo.id() + ".json");
      assertThat(Files.exists(file)).isTrue();
      assertThat(Cli.run("validate", file.toString()).exit()).isZero();
    }
  }

  @Test
  void scenariosRunFromASpecAndFromABook(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("out.csv");
    Path chart = dir.resolve("fan.png");
    Cli.Result example =
        Cli.run(
            "scenario",
            "--example",
            "--runs",
            "200",
            "--seed",
            "7",
            "--csv",
            csv.toString(),
            "--chart",
            chart.toString());
    assertThat(example.exit()).as(example.err()).isZero();
    assertThat(Files.readAllLines(csv).get(0)).contains("scenario", "month");
    assertThat(Files.size(chart)).isPositive();
    Cli.Result again =
        Cli.run(
            "scenario",
            "--example",
            "--runs",
            "200",
            "--seed",
            "7",
            "--csv",
            dir.resolve("again.csv").toString());
    assertThat(Files.readAllBytes(dir.resolve("again.csv"))).isEqualTo(Files.readAllBytes(csv));
    assertThat(again.exit()).isZero();
    Cli.Result fromBook =
        Cli.run(
            "--lang",
            "en",
            "scenario",
            "--from-book",
            Cli.example("three-units.json"),
            "--months",
            "6",
            "--runs",
            "0");
    assertThat(fromBook.exit()).as(fromBook.err()).isZero();
    assertThat(fromBook.out())
        .contains("Roll rates estimated from three-units", "Current collection rate");
    Cli.Result neither = Cli.run("scenario");
    assertThat(neither.exit()).isEqualTo(2);
  }
}
