package org.propertytrust.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            "监察人 同意 2024-03-11",
            "业主大会表决V1",
            "监察人 提出异议 2024-03-19; 业委会 处理异议 2024-03-25",
            "当期收缴率",
            "100.00%",
            "公示日期：2024年4月8日",
            "第九百四十三条");
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
        .doesNotContain("<script");
  }
}
