package io.taksit.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/configuration.md stays true: its full example loads, and it documents every key. */
class ConfigurationDocTest {

  private static final Path DOC = Path.of("..", "docs", "configuration.md");

  @Test
  void theFullExampleLoads() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int marker = doc.indexOf("<!-- full-example -->");
    int start = doc.indexOf("```yaml", marker) + "```yaml".length();
    String example = doc.substring(start, doc.indexOf("```", start));

    TaksitConfig config = TaksitConfig.parse(example, ConfigFormat.YAML, Path.of("/srv"),
        Map.of("TAKSIT_DB_PASSWORD", "p", "MOMKN_PASSWORD", "p", "SIPAY_CLIENT_SECRET", "s",
            "PAYWALL_API_KEY_PUBLIC", "k", "PAYWALL_API_CLIENT_PUBLIC", "c",
            "TEQPAY_API_KEY", "k", "TEQPAY_SECRET_KEY", "s"));

    assertThat(config.providers()).containsExactly("momkn", "sipay", "paywall", "teqpay");
    assertThat(config.billers().map(b -> b.id().value()))
        .containsExactly("momkn-362", "sipay-turk-telekom");
    assertThat(config.feeSchedules()).hasSize(1);
    assertThat(config.storage()).isInstanceOf(StorageSettings.Postgresql.class);
  }

  @Test
  void everyKeyOfTheFileModelIsDocumented() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<String> keys = new ArrayList<>();
    collect(ConfigFile.class, "", keys);

    assertThat(keys).hasSizeGreaterThan(80);
    for (String key : keys) {
      String documented = key.replaceFirst("^providers\\.(momkn|sipay|paywall|teqpay)\\.http\\.",
          "providers.<name>.http.");
      assertThat(doc).as("docs/configuration.md documents %s", key)
          .contains("| `" + documented + "` |");
    }
  }

  /** Keys as the documentation writes them: {@code billers[].feeSchedule.tiers[].from}. */
  private static void collect(Class<?> section, String prefix, List<String> keys) {
    for (RecordComponent component : section.getRecordComponents()) {
      String key = prefix + component.getName();
      Type type = component.getGenericType();
      if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
        Type element = list.getActualTypeArguments()[0];
        if (element instanceof Class<?> item && item.isRecord()) {
          collect(item, key + "[].", keys);
        } else {
          keys.add(key);
        }
      } else if (component.getType().isRecord()) {
        collect(component.getType(), key + ".", keys);
      } else {
        keys.add(key);
      }
    }
  }
}
