package org.propertytrust.cli.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table: headers, rows of cells, and which columns hold numbers (aligned right).
 *
 * <p>This class is mutable while it is built.
 */
public final class Table {
  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Starts a table; a header ending in {@code "#"} marks a numeric column (the mark is dropped).
   *
   * @param headers the column headers; not null
   */
  public Table(String... headers) {
    this.headers = new ArrayList<>();
    this.numeric = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      String h = headers[i];
      numeric[i] = h.endsWith("#");
      this.headers.add(numeric[i] ? h.substring(0, h.length() - 1) : h);
    }
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column; not null
   * @return this table
   * @throws IllegalArgumentException if the number of cells differs from the columns
   */
  public Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row needs " + headers.size() + " cells, not " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /**
   * Returns the headers.
   *
   * @return the headers
   */
  public List<String> headers() {
    return Collections.unmodifiableList(headers);
  }

  /**
   * Tells whether a column holds numbers.
   *
   * @param column the column index
   * @return true to align it right
   */
  public boolean isNumeric(int column) {
    return numeric[column];
  }

  /**
   * Returns the rows.
   *
   * @return the rows
   */
  public List<List<String>> rows() {
    return Collections.unmodifiableList(rows);
  }

  /**
   * Tells whether the table has no rows.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
