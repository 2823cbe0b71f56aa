package io.taksit.bootstrap.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  private final TextTable table = TextTable.of("provider", "count", "note").right(1)
      .row("Sipay", 12, "cheapest")
      .row("Paywall", 3, null);

  @Test
  void padsColumnsToTheWidestCellNumbersRightAndNoTrailingSpaces() {
    assertThat(table.lines("  ")).containsExactly(
        "  provider  count  note",
        "  Sipay        12  cheapest",
        "  Paywall       3  -");
  }

  @Test
  void renderPutsARuleUnderTheHeader() {
    String n = System.lineSeparator();
    assertThat(table.render("")).isEqualTo("provider  count  note" + n
        + "--------  -----  --------" + n
        + "Sipay        12  cheapest" + n
        + "Paywall       3  -" + n);
  }

  @Test
  void markdownMarksRightAlignedColumns() {
    assertThat(table.markdown()).isEqualTo("| provider | count | note |\n"
        + "|---|---:|---|\n"
        + "| Sipay | 12 | cheapest |\n"
        + "| Paywall | 3 | - |\n");
  }

  @Test
  void refusesARowOfTheWrongWidth() {
    assertThat(TextTable.of("a").isEmpty()).isTrue();
    assertThatThrownBy(() -> TextTable.of("a", "b").row(List.of("only one")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
