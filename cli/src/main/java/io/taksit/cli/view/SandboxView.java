package io.taksit.cli.view;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code taksit sandbox}: where the provider sandbox serves each provider, and the configuration
 * written for it ({@code configFile} and {@code storeDirectory} null when none was asked for).
 *
 * @param providers each provider's base URL, in the order the sandbox lists them
 */
public record SandboxView(int port, Map<String, String> providers, String configFile,
    String storeDirectory) implements View {

  public static SandboxView of(int port, Map<String, String> providers, Path file, Path store) {
    return new SandboxView(port, providers, file == null ? null : file.toString(),
        store == null ? null : store.toString());
  }

  @Override
  public String text() {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder("Provider sandbox on http://127.0.0.1:")
        .append(port).append(" (demo credentials, no real money)").append(nl);
    int width = providers.keySet().stream().mapToInt(String::length).max().orElse(0);
    providers.forEach((id, url) -> text.append(String.format(Locale.ROOT,
        "  %-" + width + "s  %s", id, url)).append(nl));
    if (configFile == null) {
      text.append("No configuration written: add --config-out FILE for one that talks to it.")
          .append(nl);
    } else {
      // A path with spaces is quoted so the commands below can be pasted as they are.
      String config = configFile.contains(" ") ? "\"" + configFile + "\"" : configFile;
      text.append("Configuration written to ").append(configFile).append(" (H2 store ")
          .append(storeDirectory).append(")").append(nl)
          .append("Try:").append(nl)
          .append("  taksit -c ").append(config)
          .append(" inquire --biller momkn-362 --account 1000000101").append(nl)
          .append("  taksit -c ").append(config)
          .append(" installments --bin 454360 --amount 1000 --currency TRY").append(nl);
    }
    return text.append("Serving until stopped (Ctrl+C).").append(nl).toString();
  }
}
