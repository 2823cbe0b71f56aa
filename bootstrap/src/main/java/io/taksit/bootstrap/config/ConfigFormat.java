package io.taksit.bootstrap.config;

import java.nio.file.Path;
import java.util.Locale;

/** How a configuration file is written. */
public enum ConfigFormat {
  /** YAML (the documented format): sections as mappings, billers as a list. */
  YAML,
  /**
   * Java properties with the same keys written out in full: {@code storage.kind=h2},
   * {@code billers[0].id=momkn-362}, {@code checkSchedule[0]=1m}.
   */
  PROPERTIES;

  /** {@link #PROPERTIES} for a {@code .properties} file, {@link #YAML} for anything else. */
  public static ConfigFormat of(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".properties")
        ? PROPERTIES : YAML;
  }
}
