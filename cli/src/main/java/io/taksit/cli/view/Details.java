package io.taksit.cli.view;

import java.util.ArrayList;
import java.util.List;

/** Labelled lines, the values aligned: {@code status    SUCCEEDED}. */
final class Details {

  private final List<String[]> lines = new ArrayList<>();

  Details add(String label, Object value) {
    lines.add(new String[] {label, value == null ? "-" : value.toString()});
    return this;
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  String render(String indent) {
    int width = lines.stream().mapToInt(line -> line[0].length()).max().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String[] line : lines) {
      text.append(indent).append(line[0]).append(" ".repeat(width - line[0].length() + 2))
          .append(line[1]).append(System.lineSeparator());
    }
    return text.toString();
  }
}
