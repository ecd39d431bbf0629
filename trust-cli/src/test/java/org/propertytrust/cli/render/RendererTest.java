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

  @Test
  void formatsByName() {
    assertThat(Renderer.of("md")).isEqualTo(Renderer.MARKDOWN);
    assertThatThrownBy(() -> Renderer.of("pdf"))
        .hasMessage("unknown format pdf; expected text, markdown or html");
  }
}
