package io.taksit.bootstrap.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one table renderer of Taksit's tools: the CLI's views, the demo's narration and the
 * benchmark report. Plain text pads columns to their widest cell, two spaces apart, with numbers
 * aligned to the right; widths count characters, which keeps Turkish text aligned (Arabic,
 * written right to left, is kept out of tables). The same rows also render as Markdown. Lives in
 * bootstrap because the CLI and the benchmarks both depend on it and on nothing else in common
 * that fits.
 */
public final class TextTable {

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(String... headers) {
    this.headers = List.of(headers);
    this.rightAligned = new boolean[headers.length];
  }

  public static TextTable of(String... headers) {
    return new TextTable(headers);
  }

  /** Aligns these columns (0-based) to the right: amounts, counts. */
  public TextTable right(int... columns) {
    for (int column : columns) {
      rightAligned[column] = true;
    }
    return this;
  }

  /** Adds a row of one cell a column; a null cell shows as {@code -}. */
  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
          + headers.size() + " columns");
    }
    rows.add(Arrays.stream(cells).map(cell -> cell == null ? "-" : cell.toString()).toList());
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The lines of the table, header first, each starting with {@code indent}. */
  public List<String> lines(String indent) {
    int[] widths = widths();
    List<String> lines = new ArrayList<>();
    lines.add(line(indent, headers, widths));
    for (List<String> row : rows) {
      lines.add(line(indent, row, widths));
    }
    return lines;
  }

  /** The header, a rule of dashes under each column, then the rows, each line ended. */
  public String render(String indent) {
    int[] widths = widths();
    List<String> lines = new ArrayList<>(lines(indent));
    lines.add(1, line(indent, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append(System.lineSeparator()));
    return text.toString();
  }

  /** The table in Markdown: one line a row, right-aligned columns marked {@code ---:}. */
  public String markdown() {
    StringBuilder text = new StringBuilder(markdownLine(headers)).append('\n');
    text.append('|');
    for (boolean right : rightAligned) {
      text.append(right ? "---:|" : "---|");
    }
    text.append('\n');
    rows.forEach(row -> text.append(markdownLine(row)).append('\n'));
    return text.toString();
  }

  private static String markdownLine(List<String> cells) {
    return cells.stream().collect(Collectors.joining(" | ", "| ", " |"));
  }

  private int[] widths() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    return widths;
  }

  private String line(String indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String padding = " ".repeat(widths[c] - cell.length());
      if (c > 0) {
        line.append("  ");
      }
      line.append(rightAligned[c] ? padding + cell : cell + padding);
    }
    return line.toString().stripTrailing();
  }
}
