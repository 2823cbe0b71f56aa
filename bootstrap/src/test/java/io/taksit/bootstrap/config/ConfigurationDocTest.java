package io.taksit.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taksit.adapters.http.spi.ProviderPlugin;
import io.taksit.adapters.http.spi.ProviderPlugins;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    assertThat(config.providerIds()).startsWith("momkn", "sipay", "paywall", "teqpay");
    assertThat(config.billers().map(b -> b.id().value()))
        .containsExactly("momkn-362", "sipay-turk-telekom");
    assertThat(config.feeSchedules()).hasSize(1);
    assertThat(config.storage()).isInstanceOf(StorageSettings.Postgresql.class);
  }

  @Test
  void everyKeyOfTheFileModelAndOfEveryInstalledProviderIsDocumented() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<String> keys = new ArrayList<>();
    collect(ConfigFile.class, "", keys);
    for (ProviderPlugin<?> plugin : ProviderPlugins.installed()) {
      collectBound(plugin.configType(), "providers." + plugin.id() + ".", keys);
    }

    assertThat(keys).hasSizeGreaterThan(80);
    for (String key : keys) {
      String documented = key.replaceFirst("^providers\\.[a-z0-9-]+\\.http\\.",
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
      } else if (!Map.class.isAssignableFrom(component.getType())) {
        keys.add(key);
      }
    }
  }

  /**
   * The keys Jackson binds a provider's section with: the parameters of its {@code @JsonCreator}
   * (or a record's components), nested sections followed.
   */
  private static void collectBound(Class<?> type, String prefix, List<String> keys) {
    Optional<Method> creator = Arrays.stream(type.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(JsonCreator.class)).findFirst();
    if (creator.isPresent()) {
      for (Parameter parameter : creator.get().getParameters()) {
        String key = prefix + parameter.getAnnotation(JsonProperty.class).value();
        followOrAdd(parameter.getType(), key, keys);
      }
    } else {
      for (RecordComponent component : type.getRecordComponents()) {
        followOrAdd(component.getType(), prefix + component.getName(), keys);
      }
    }
  }

  private static void followOrAdd(Class<?> type, String key, List<String> keys) {
    boolean section = type.isRecord() && !type.getPackageName().startsWith("java.");
    if (section) {
      collectBound(type, key + ".", keys);
    } else {
      keys.add(key);
    }
  }
}
