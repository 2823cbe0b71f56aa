package io.taksit.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A plain text table: columns padded to their widest cell, numbers right-aligned. */
final class Table {

  private final List<String> headers;
  private final Set<Integer> rightAligned = new HashSet<>();
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  Table alignRight(int... columns) {
    for (int column : columns) {
      rightAligned.add(column);
    }
    return this;
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row has " + headers.size() + " cells");
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "-" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render(String indent) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder text = new StringBuilder();
    line(text, indent, headers, widths);
    List<String> rules = new ArrayList<>();
    for (int width : widths) {
      rules.add("-".repeat(width));
    }
    line(text, indent, rules, widths);
    for (List<String> row : rows) {
      line(text, indent, row, widths);
    }
    return text.toString();
  }

  private void line(StringBuilder text, String indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String padding = " ".repeat(widths[c] - cell.length());
      if (c > 0) {
        line.append("  ");
      }
      line.append(rightAligned.contains(c) ? padding + cell : cell + padding);
    }
    text.append(line.toString().stripTrailing()).append(System.lineSeparator());
  }
}
