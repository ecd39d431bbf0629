package org.propertytrust.cli.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RendererTest {
  private static Document document() {
    Document d = new Document("Owners' <notice> & co", "en");
    d.subtitle("sub");
    d.section("Money")
        .paragraph("a *star* | pipe")
        .values("Label", "<b>value</b>")
        .table(new Table("名称", "Amount#").row("物业费", "1,234.56").row("x|y", "7.00"));
    d.footer("end");
    return d;
  }

  @Test
  void htmlEscapesEveryText() {
    String html = Renderer.HTML.render(document());
    assertThat(html)
        .contains("<title>Owners&#39; &lt;notice&gt; &amp; co</title>")
        .contains("<dd>&lt;b&gt;value&lt;/b&gt;</dd>")
        .contains("<td class=\"num\">1,234.56</td>")
        .doesNotContain("<b>value</b>");
  }

  @Test
  void markdownEscapesTableCellsAndEmphasis() {
    String md = Renderer.MARKDOWN.render(document());
    assertThat(md).contains("| x\\|y | 7.00 |", "a \\*star\\* | pipe", "| --- | ---: |");
  }

  @Test
  void textAlignsWideCharactersAndNumbers() {
    String text = Renderer.TEXT.render(document());
    // 名称 and 物业费 are 4 and 6 columns wide; amounts align right
    assertThat(text).contains("  名称      Amount\n", "  物业费  1,234.56\n", "  x|y         7.00\n");
    assertThat(Renderer.width("物业费A")).isEqualTo(7);
  }

  /** A document whose every text comes from a hostile book. */
  private static Document hostile() {
    Document d = new Document("\u001B[2J\u001B[31mRed Garden\u001B[0m", "en");
    d.subtitle("Trustee: \u001B]0;pwned\u0007Acme\rCorp");
    d.section("# Money")
        .paragraph("[click](http://evil.example) ![img](x.png)")
        .paragraph("# not a heading")
        .paragraph("1. not a list")
        .paragraph("- not a list either")
        .paragraph("> not a quote")
        .paragraph("line one\nline two\ttabbed\u0000\u007F\u009B31m end")
        .paragraph("\u202Egnp.exe")
        .values("Balance", "-1,234.50")
        .table(new Table("Name", "Amount#").row("Li\u001B[1mBold\nWang", "-7.00"));
    return d;
  }

  private static void noControlCharacters(String rendering) {
    for (int i = 0; i < rendering.length(); i++) {
      char c = rendering.charAt(i);
      assertThat(c == '\n' || !Character.isISOControl(c))
          .as("control character %04x at %d", (int) c, i)
          .isTrue();
      assertThat(c).isNotEqualTo('\u202E');
    }
  }

  @Test
  void controlCharactersNeverReachTheOutput() {
    for (Renderer r : Renderer.values()) {
      String out = r.render(hostile());
      noControlCharacters(out);
      assertThat(out).as(r.name()).contains("Red Garden").doesNotContain("[31m", "[2J", "pwned");
    }
    String text = Renderer.TEXT.render(hostile());
    assertThat(text)
        .contains("Trustee: Acme Corp\n", "line one line two tabbed end\n", "gnp.exe\n")
        // the cell's line break does not break the table's alignment
        .contains("  LiBold Wang   -7.00\n");
    assertThat(Renderer.plain("a\u001B[1;31mb\u001B[0m\u0007c")).isEqualTo("abc");
    assertThat(Renderer.plain("张伟")).isSameAs("张伟");
  }

  @Test
  void markdownEscapesLinksHeadingsListsAndQuotes() {
    String md = Renderer.MARKDOWN.render(hostile());
    assertThat(md)
        .contains(
            "## \\# Money\n",
            "\n\\[click\\](http://evil.example) !\\[img\\](x.png)\n",
            "\n\\# not a heading\n",
            "\n1\\. not a list\n",
            "\n\\- not a list either\n",
            "\n\\> not a quote\n",
            "\nline one line two tabbed end\n",
            "- **Balance**: -1,234.50\n",
            "| LiBold Wang | -7.00 |")
        .doesNotContain("[click](http", "\n# not", "\n1. not", "\n- not", "\n> not");
    // a number, a negative amount or a "#3" are left as they are
    Document plain = new Document("t", "en");
    plain.section("s").paragraph("#3 of 2024").paragraph("-1.50").paragraph("7.00");
    assertThat(Renderer.MARKDOWN.render(plain)).contains("\n#3 of 2024\n", "\n-1.50\n", "\n7.00\n");
  }

  @Test
  void theSignatureIsSetApartAtTheRight() {
    Document d = new Document("Notice", "zh");
    d.footer("A footer line of some length.");
    d.signature("业主委员会").signature("2024年4月8日");
    String text = Renderer.TEXT.render(d);
    // 29 columns: 业主委员会 is 10 wide, 2024年4月8日 is 12
    assertThat(text).endsWith("\n\n                   业主委员会\n                 2024年4月8日\n");
    assertThat(Renderer.HTML.render(d))
        .contains("<div class=\"sign\">\n<p>业主委员会</p>\n<p>2024年4月8日</p>\n</div>");
    assertThat(Renderer.MARKDOWN.render(d)).endsWith("\n\n业主委员会  \n2024年4月8日  \n");
  }

  @Test
  void formatsByName() {
    assertThat(Renderer.of("md")).isEqualTo(Renderer.MARKDOWN);
    assertThatThrownBy(() -> Renderer.of("pdf"))
        .hasMessage("unknown format pdf; expected text, markdown or html");
  }
}
