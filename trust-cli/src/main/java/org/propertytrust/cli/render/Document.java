package org.propertytrust.cli.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report as a sequence of titled sections, independent of how it is rendered.
 *
 * <p>This class is mutable while it is built; renderers only read it.
 */
public final class Document {
  private final String title;
  private final List<String> subtitle = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final List<String> footer = new ArrayList<>();
  private final List<String> signature = new ArrayList<>();
  private final String language;

  /**
   * Starts a document.
   *
   * @param title the title; not null
   * @param language the BCP 47 language tag of the text, for HTML; not null
   */
  public Document(String title, String language) {
    this.title = title;
    this.language = language;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the language tag.
   *
   * @return the tag
   */
  public String language() {
    return language;
  }

  /**
   * Adds a line under the title.
   *
   * @param line the line; not null
   * @return this document
   */
  public Document subtitle(String line) {
    subtitle.add(line);
    return this;
  }

  /**
   * Returns the lines under the title.
   *
   * @return the lines
   */
  public List<String> subtitle() {
    return Collections.unmodifiableList(subtitle);
  }

  /**
   * Adds a section.
   *
   * @param heading the section's heading; not null
   * @return the new section, to fill
   */
  public Section section(String heading) {
    Section section = new Section(heading);
    sections.add(section);
    return section;
  }

  /**
   * Returns the sections.
   *
   * @return the sections, in order
   */
  public List<Section> sections() {
    return Collections.unmodifiableList(sections);
  }

  /**
   * Adds a closing line.
   *
   * @param line the line; not null
   * @return this document
   */
  public Document footer(String line) {
    footer.add(line);
    return this;
  }

  /**
   * Returns the closing lines.
   *
   * @return the lines
   */
  public List<String> footer() {
    return Collections.unmodifiableList(footer);
  }

  /**
   * Adds a line of the signature that closes the document (落款: who issues it, and the date), set
   * apart at the right where the format allows.
   *
   * @param line the line; not null
   * @return this document
   */
  public Document signature(String line) {
    signature.add(line);
    return this;
  }

  /**
   * Returns the lines of the signature.
   *
   * @return the lines
   */
  public List<String> signature() {
    return Collections.unmodifiableList(signature);
  }

  /** A titled part of a document: paragraphs, key-value lists and tables, in order. */
  public static final class Section {
    private final String heading;
    private final List<Object> blocks = new ArrayList<>();

    Section(String heading) {
      this.heading = heading;
    }

    /**
     * Returns the heading.
     *
     * @return the heading
     */
    public String heading() {
      return heading;
    }

    /**
     * Adds a paragraph.
     *
     * @param text the text; not null
     * @return this section
     */
    public Section paragraph(String text) {
      blocks.add(new Paragraph(text));
      return this;
    }

    /**
     * Adds a list of labelled values.
     *
     * @param pairs label, value, label, value, ...; not null, even in number
     * @return this section
     */
    public Section values(String... pairs) {
      List<String[]> rows = new ArrayList<>();
      for (int i = 0; i + 1 < pairs.length; i += 2) {
        rows.add(new String[] {pairs[i], pairs[i + 1]});
      }
      blocks.add(new Values(rows));
      return this;
    }

    /**
     * Adds a table.
     *
     * @param table the table; not null
     * @return this section
     */
    public Section table(Table table) {
      blocks.add(table);
      return this;
    }

    /**
     * Returns the blocks: {@link Paragraph}, {@link Values} and {@link Table} instances.
     *
     * @return the blocks, in order
     */
    public List<Object> blocks() {
      return Collections.unmodifiableList(blocks);
    }
  }

  /**
   * A paragraph of text.
   *
   * @param text the text
   */
  public record Paragraph(String text) {}

  /**
   * Labelled values, one pair per row.
   *
   * @param rows the label and value of each row
   */
  public record Values(List<String[]> rows) {}
}
