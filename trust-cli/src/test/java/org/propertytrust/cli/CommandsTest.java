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
        .contains(
            "广景山庄", "92.00%", "红星新村", "0.00%", "75.00%", "怡和花园", "140,000.00", "清潭花苑18幢", "100.00%")
        .doesNotContain("校验未通过");
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
