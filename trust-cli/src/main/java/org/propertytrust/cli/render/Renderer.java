package org.propertytrust.cli.render;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders a {@link Document} as plain text, Markdown or HTML. */
public enum Renderer {
  /** Plain text for a terminal or a notice board, columns aligned for CJK wide characters. */
  TEXT {
    @Override
    public String render(Document d) {
      StringBuilder out = new StringBuilder();
      String title = plain(d.title());
      out.append(title).append('\n');
      out.append("=".repeat(Math.max(8, width(title)))).append('\n');
      for (String line : d.subtitle()) {
        out.append(plain(line)).append('\n');
      }
      for (Document.Section section : d.sections()) {
        String heading = plain(section.heading());
        out.append('\n').append(heading).append('\n');
        out.append("-".repeat(Math.max(8, width(heading)))).append('\n');
        for (Object block : section.blocks()) {
          if (block instanceof Document.Paragraph p) {
            out.append(plain(p.text())).append('\n');
          } else if (block instanceof Document.Values v) {
            int w = 0;
            for (String[] row : v.rows()) {
              w = Math.max(w, width(plain(row[0])));
            }
            for (String[] row : v.rows()) {
              out.append("  ")
                  .append(pad(plain(row[0]), w, false))
                  .append("  ")
                  .append(plain(row[1]))
                  .append('\n');
            }
          } else if (block instanceof Table t) {
            appendTable(out, t);
          }
        }
      }
      int right = 0;
      for (String line : d.footer()) {
        right = Math.max(right, width(plain(line)));
      }
      if (!d.footer().isEmpty()) {
        out.append('\n');
        for (String line : d.footer()) {
          out.append(plain(line)).append('\n');
        }
      }
      if (!d.signature().isEmpty()) {
        for (String line : d.signature()) {
          right = Math.max(right, width(plain(line)));
        }
        out.append('\n');
        for (String line : d.signature()) {
          out.append(pad(plain(line), right, true)).append('\n');
        }
      }
      return out.toString();
    }
  },
  /** GitHub-flavoured Markdown. */
  MARKDOWN {
    @Override
    public String render(Document d) {
      StringBuilder out = new StringBuilder();
      out.append("# ").append(md(d.title())).append("\n\n");
      for (String line : d.subtitle()) {
        out.append(md(line)).append("  \n");
      }
      for (Document.Section section : d.sections()) {
        out.append("\n## ").append(md(section.heading())).append("\n\n");
        for (Object block : section.blocks()) {
          if (block instanceof Document.Paragraph p) {
            out.append(md(p.text())).append("\n\n");
          } else if (block instanceof Document.Values v) {
            for (String[] row : v.rows()) {
              out.append("- **").append(md(row[0])).append("**: ").append(md(row[1])).append('\n');
            }
            out.append('\n');
          } else if (block instanceof Table t) {
            out.append('|');
            for (String h : t.headers()) {
              out.append(' ').append(cell(h)).append(" |");
            }
            out.append("\n|");
            for (int i = 0; i < t.headers().size(); i++) {
              out.append(t.isNumeric(i) ? " ---: |" : " --- |");
            }
            out.append('\n');
            for (List<String> row : t.rows()) {
              out.append('|');
              for (String c : row) {
                out.append(' ').append(cell(c)).append(" |");
              }
              out.append('\n');
            }
            out.append('\n');
          }
        }
      }
      if (!d.footer().isEmpty()) {
        out.append("---\n\n");
        for (String line : d.footer()) {
          out.append(md(line)).append("  \n");
        }
      }
      if (!d.signature().isEmpty()) {
        out.append('\n');
        for (String line : d.signature()) {
          out.append(md(line)).append("  \n");
        }
      }
      return out.toString();
    }
  },
  /** A standalone HTML page, styled for screen and print. */
  HTML {
    @Override
    public String render(Document d) {
      StringBuilder out = new StringBuilder();
      out.append("<!DOCTYPE html>\n<html lang=\"")
          .append(esc(d.language()))
          .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .append(esc(d.title()))
          .append("</title>\n<style>\n")
          .append(CSS)
          .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
          .append(esc(d.title()))
          .append("</h1>\n");
      for (String line : d.subtitle()) {
        out.append("<p class=\"sub\">").append(esc(line)).append("</p>\n");
      }
      out.append("</header>\n");
      for (Document.Section section : d.sections()) {
        out.append("<section>\n<h2>").append(esc(section.heading())).append("</h2>\n");
        for (Object block : section.blocks()) {
          if (block instanceof Document.Paragraph p) {
            out.append("<p>").append(esc(p.text())).append("</p>\n");
          } else if (block instanceof Document.Values v) {
            out.append("<dl>\n");
            for (String[] row : v.rows()) {
              out.append("<dt>")
                  .append(esc(row[0]))
                  .append("</dt><dd>")
                  .append(esc(row[1]))
                  .append("</dd>\n");
            }
            out.append("</dl>\n");
          } else if (block instanceof Table t) {
            out.append("<table>\n<thead><tr>");
            for (int i = 0; i < t.headers().size(); i++) {
              out.append(t.isNumeric(i) ? "<th class=\"num\">" : "<th>")
                  .append(esc(t.headers().get(i)))
                  .append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : t.rows()) {
              out.append("<tr>");
              for (int i = 0; i < row.size(); i++) {
                out.append(t.isNumeric(i) ? "<td class=\"num\">" : "<td>")
                    .append(esc(row.get(i)))
                    .append("</td>");
              }
              out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
          }
        }
        out.append("</section>\n");
      }
      if (!d.footer().isEmpty() || !d.signature().isEmpty()) {
        out.append("<footer>\n");
        for (String line : d.footer()) {
          out.append("<p>").append(esc(line)).append("</p>\n");
        }
        if (!d.signature().isEmpty()) {
          out.append("<div class=\"sign\">\n");
          for (String line : d.signature()) {
            out.append("<p>").append(esc(line)).append("</p>\n");
          }
          out.append("</div>\n");
        }
        out.append("</footer>\n");
      }
      return out.append("</main>\n</body>\n</html>\n").toString();
    }
  };

  private static final String CSS =
      "body{font-family:\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;"
          + "margin:0;background:#f4f1ea;color:#222}\n"
          + "main{max-width:60rem;margin:1.5rem auto;background:#fff;padding:2rem 2.5rem;"
          + "border-top:.5rem solid #b22222;box-shadow:0 0 .5rem rgba(0,0,0,.15)}\n"
          + "h1{text-align:center;font-size:1.6rem;margin:.2rem 0 .6rem}\n"
          + ".sub{text-align:center;margin:.1rem 0;color:#555}\n"
          + "h2{font-size:1.15rem;border-left:.3rem solid #b22222;padding-left:.5rem;"
          + "margin-top:1.6rem}\n"
          + "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}\n"
          + "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
          + "th{background:#f6eeee;white-space:nowrap}\n"
          + ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
          + "dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}\n"
          + "dt{color:#555}dd{margin:0;font-weight:600}\n"
          + "footer{margin-top:2rem;border-top:1px solid #ccc;font-size:.85rem;color:#555}\n"
          + ".sign{text-align:right;margin-top:1.5rem;font-size:1rem;color:#222}\n"
          + ".sign p{margin:.2rem 0}\n"
          + "@media print{body{background:#fff}main{box-shadow:none;margin:0;max-width:none}}\n";

  /**
   * Renders a document.
   *
   * @param document the document; not null
   * @return the rendering
   */
  public abstract String render(Document document);

  /**
   * Returns the renderer of a format name.
   *
   * @param name {@code text}, {@code markdown} (or {@code md}) or {@code html}; not null
   * @return the renderer
   * @throws IllegalArgumentException for another name
   */
  public static Renderer of(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "text":
        return TEXT;
      case "markdown":
      case "md":
        return MARKDOWN;
      case "html":
        return HTML;
      default:
        throw new IllegalArgumentException(
            "unknown format " + name + "; expected text, markdown or html");
    }
  }

  /**
   * Renders a table alone as aligned plain text, two spaces between columns.
   *
   * @param table the table; not null
   * @return the text, one line per row, headers and a rule first
   */
  public static String textTable(Table table) {
    StringBuilder out = new StringBuilder();
    appendTable(out, table);
    return out.toString();
  }

  private static void appendTable(StringBuilder out, Table t) {
    int n = t.headers().size();
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = width(plain(t.headers().get(i)));
      for (List<String> row : t.rows()) {
        w[i] = Math.max(w[i], width(plain(row.get(i))));
      }
    }
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < n; i++) {
      line.append(pad(plain(t.headers().get(i)), w[i], t.isNumeric(i)))
          .append(i + 1 < n ? "  " : "");
    }
    out.append(line.toString().stripTrailing()).append('\n').append("  ");
    for (int i = 0; i < n; i++) {
      out.append("-".repeat(w[i])).append(i + 1 < n ? "  " : "");
    }
    out.append('\n');
    for (List<String> row : t.rows()) {
      StringBuilder cells = new StringBuilder("  ");
      for (int i = 0; i < n; i++) {
        cells.append(pad(plain(row.get(i)), w[i], t.isNumeric(i))).append(i + 1 < n ? "  " : "");
      }
      out.append(cells.toString().stripTrailing()).append('\n');
    }
  }

  /**
   * Returns the number of terminal columns a string takes: East Asian wide and full-width
   * characters take two.
   *
   * @param s the string; not null
   * @return the display width
   */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - width(s)));
    return right ? fill + s : s + fill;
  }

  private static String esc(String text) {
    String s = plain(text);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Makes text safe to print on a terminal or put in a document: terminal escape sequences and
   * every other control character are removed (line breaks and tabs become spaces), and so are the
   * characters that reorder text (bidirectional overrides and isolates), so that a name in a book
   * cannot move the cursor, recolour the screen, or disguise what it says.
   *
   * @param s the text; not null
   * @return the text without control characters
   */
  public static String plain(String s) {
    boolean clean = true;
    for (int i = 0; i < s.length() && clean; i++) {
      clean = !isControl(s.charAt(i));
    }
    if (clean) {
      return s;
    }
    String noEscapes = ESCAPE_SEQUENCE.matcher(s).replaceAll("");
    StringBuilder out = new StringBuilder(noEscapes.length());
    for (int i = 0; i < noEscapes.length(); i++) {
      char c = noEscapes.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        if (c == '\n' && i > 0 && noEscapes.charAt(i - 1) == '\r') {
          continue;
        }
        out.append(' ');
      } else if (!isControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** ECMA-48 control sequences (CSI, and OSC ended by BEL or ST) and other two-byte escapes. */
  private static final Pattern ESCAPE_SEQUENCE =
      Pattern.compile(
          "\u001B\\[[0-?]*[ -/]*[@-~]"
              + "|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?"
              + "|\u009B[0-?]*[ -/]*[@-~]"
              + "|\u001B[@-_]");

  private static boolean isControl(char c) {
    return Character.getType(c) == Character.CONTROL
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Escapes text for Markdown: the characters that start emphasis, code, links, images and HTML,
   * and at the start of a line those that start a heading, a quote, a list or a rule.
   */
  private static String md(String text) {
    // leading spaces would make an indented code block, trailing ones a line break
    String s = plain(text).strip();
    StringBuilder out = new StringBuilder(s.length() + 8);
    int from = 0;
    Matcher marker = LINE_START_MARKER.matcher(s);
    if (marker.lookingAt()) {
      // a backslash escapes punctuation only: before "#", ">", "-", "+", "=", after the digits of
      // an ordered list's "1."
      int at = Character.isDigit(s.charAt(0)) ? marker.end() - 1 : 0;
      out.append(s, 0, at).append('\\').append(s.charAt(at));
      from = at + 1;
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '*', '_', '`', '[', ']', '~' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * What makes the start of a line a heading, a quote, a list item, or the underline of a heading
   * (CommonMark): a "-1.50" or a "#3" stays as it is.
   */
  private static final Pattern LINE_START_MARKER =
      Pattern.compile(
          "#{1,6}(?=[ \\t]|$)|>|[-+](?=[ \\t]|$)|[-=]+[ \\t]*$|\\d{1,9}[.)](?=[ \\t]|$)");

  private static String cell(String s) {
    return md(s).replace("|", "\\|");
  }
}
