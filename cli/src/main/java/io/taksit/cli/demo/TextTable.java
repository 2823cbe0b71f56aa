package io.taksit.cli.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table: columns as wide as their widest cell, two spaces apart, numbers aligned to
 * the right. Widths count characters, which keeps Turkish text aligned (Arabic, written right to
 * left, is kept out of tables).
 */
final class TextTable {

  private final String[] headers;
  private final boolean[] rightAligned;
  private final List<String[]> rows = new ArrayList<>();

  private TextTable(String... headers) {
    this.headers = headers.clone();
    this.rightAligned = new boolean[headers.length];
  }

  static TextTable of(String... headers) {
    return new TextTable(headers);
  }

  /** Aligns these columns (0-based) to the right: amounts, counts. */
  TextTable right(int... columns) {
    for (int column : columns) {
      rightAligned[column] = true;
    }
    return this;
  }

  TextTable row(Object... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
          + headers.length + " columns");
    }
    rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
    return this;
  }

  /** The lines of the table, header first, each starting with {@code indent}. */
  List<String> lines(String indent) {
    int[] widths = new int[headers.length];
    for (int c = 0; c < headers.length; c++) {
      widths[c] = headers[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(line(indent, headers, widths));
    for (String[] row : rows) {
      lines.add(line(indent, row, widths));
    }
    return lines;
  }

  private String line(String indent, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      String padding = " ".repeat(widths[c] - cell.length());
      line.append(rightAligned[c] ? padding + cell : cell + (c == cells.length - 1 ? "" : padding));
      if (c < cells.length - 1) {
        line.append("  ");
      }
    }
    return line.toString();
  }
}
