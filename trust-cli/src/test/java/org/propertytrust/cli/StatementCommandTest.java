package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertytrust.cli.render.Renderer;

class StatementCommandTest {
  @Test
  void aChineseNoticeWithEveryFigureFromTheBook() {
    Cli.Result r =
        Cli.run(
            "--lang", "zh", "statement", Cli.example("maple-court.json"), "--period", "2024-03");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Maple Court信托制物业2024年3月收支公示",
            "受托人：Acme Property Services",
            "共有资金账户",
            "331.00",
            "维修资金账户",
            "5,000.00",
            "停车收益",
            "1,500.00",
            "原物业移交追回",
            "1,200.00",
            "监察人于2024年3月11日同意",
            "监察人于2024年3月10日同意；业委会于2024年3月11日同意；"
                + "业主大会表决V1（2024年3月10日）：通过，参与表决3户/4户、面积330.00/405.50㎡",
            "监察人于2024年3月19日提出异议；业委会于2024年3月25日处理异议",
            "当期收缴率",
            "100.00%",
            "统计期间：2024年3月1日至2024年3月31日（金额单位：元）",
            "二、各项费用收缴情况",
            "公示日期：2024年4月8日（按合同应于2024年4月10日前公示）",
            "第九百四十三条",
            "特此公示。")
        .doesNotContain("公示期间", "CNY", "公示期限", "2024-03-", "本期支出 · ", "本期收入 · ");
    // 落款: the owners' committee and the trustee, and the day the statement was published
    String[] lines = r.out().split("\n");
    String[] signature = java.util.Arrays.copyOfRange(lines, lines.length - 3, lines.length);
    assertThat(java.util.Arrays.stream(signature).map(String::strip))
        .containsExactly("Owners' committee", "Acme Property Services", "2024年4月8日");
    // set at the right: the three lines end in the same column
    assertThat(java.util.Arrays.stream(signature).map(Renderer::width).distinct()).hasSize(1);
    assertThat(lines[lines.length - 5]).isEqualTo("特此公示。");
    // nothing was owed at the start of March: no "— (0.00 / 0.00)"
    assertThat(r.out()).contains("清欠率      —（月初无欠费，无需清欠）").doesNotContain("0.00 / 0.00");
  }

  @Test
  void aVoteShowsItsOutcomeAndWhoTookPart(@TempDir Path dir) throws Exception {
    // V1 with 2 of 4 owners taking part: under the two thirds art. 278 asks for
    String book =
        Files.readString(Path.of(Cli.example("maple-court.json")), StandardCharsets.UTF_8)
            .replace("\"participatingOwners\": 3", "\"participatingOwners\": 2");
    Path file = dir.resolve("failed-vote.json");
    Files.writeString(file, book, StandardCharsets.UTF_8);
    Cli.Result zh = Cli.run("--lang", "zh", "statement", file.toString(), "--period", "2024-03");
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("业主大会表决V1（2024年3月10日）：未通过，参与表决2户/4户、面积330.00/405.50㎡");
    Cli.Result en = Cli.run("--lang", "en", "statement", file.toString(), "--period", "2024-03");
    assertThat(en.out())
        .contains(
            "supervisor approved on 2024-03-10; committee approved on 2024-03-11; "
                + "assembly vote V1 held on 2024-03-10: failed "
                + "(2 of 4 owners, 330.00 of 405.50 m² took part)");
  }

  @Test
  void whatWasCollectedForTheMonthIsApartFromArrearsRecovered(@TempDir Path dir) {
    assertThat(Cli.run("demo", "--write", dir.toString()).exit()).isZero();
    String book = dir.resolve("guangjing-villa.json").toString();
    // June: 25 units of 90 m² and 25 of 120 m² at 1.60 bill 8,400.00; two pairs (672.00) do not
    // pay; the pair that had not paid since January pays its five months, 5 x 336.00
    Cli.Result zh = Cli.run("--lang", "zh", "statement", book, "--period", "2024-06");
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out())
        .contains("费项    本月应收  当月费用实收  补缴往月欠费")
        .containsPattern("物业费 +8,400\\.00 +7,728\\.00 +1,680\\.00\\n")
        .contains("当期收缴率  92.00%（当月费用实收7,728.00，应收8,400.00）")
        .containsPattern("业主缴费 +9,408\\.00\\n")
        .contains("二、各项费用收缴情况");
    Cli.Result en = Cli.run("--lang", "en", "statement", book, "--period", "2024-06");
    assertThat(en.out())
        .contains("Billed for the month  Collected for the month  Arrears recovered")
        .containsPattern("property fee +8,400\\.00 +7,728\\.00 +1,680\\.00\\n");
  }

  @Test
  void ownersNamesAreMaskedUnlessFull() {
    Cli.Result masked =
        Cli.run(
            "--lang", "en", "statement", Cli.example("maple-court.json"), "--period", "2024-04");
    assertThat(masked.out()).contains("U3", "W***", "171.00").doesNotContain("Wang");
    Cli.Result full =
        Cli.run(
            "--lang",
            "en",
            "statement",
            Cli.example("maple-court.json"),
            "--period",
            "2024-04",
            "--full");
    assertThat(full.out()).contains("Wang");
  }

  @Test
  void markdownAndHtml(@TempDir Path dir) throws Exception {
    Cli.Result md =
        Cli.run(
            "--lang",
            "en",
            "statement",
            Cli.example("three-units.json"),
            "--period",
            "2024-02",
            "--format",
            "markdown");
    assertThat(md.out()).startsWith("# Three Units Garden").contains("| Fee |", "| ---: |");
    Path html = dir.resolve("statement.html");
    Cli.Result r =
        Cli.run(
            "statement",
            Cli.example("three-units.json"),
            "--period",
            "2024-02",
            "--format",
            "html",
            "--lang",
            "zh",
            "-o",
            html.toString());
    assertThat(r.exit()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"zh\">", "<table>", "当期收缴率", "66.72%", "Acme Property Services")
        .contains(
            "<p>特此公示。</p>",
            "<div class=\"sign\">\n<p>Owners&#39; committee</p>\n"
                + "<p>Acme Property Services</p>\n<p>2024年3月6日</p>\n</div>")
        .doesNotContain("<script");
    // the Markdown carries the same closing lines
    Cli.Result zhMd =
        Cli.run(
            "--lang",
            "zh",
            "statement",
            Cli.example("three-units.json"),
            "--period",
            "2024-02",
            "--format",
            "md");
    assertThat(zhMd.out())
        .endsWith("特此公示。  \n\nOwners' committee  \nAcme Property Services  \n2024年3月6日  \n");
  }
}
