package io.taksit.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is optional: a host without it on its class path builds, uses and closes Taksit.
 * Run in a class loader made of this test's class path minus every Micrometer jar, since here
 * Micrometer is on the class path (it would hide a Micrometer type that leaks into the builder).
 */
class WithoutMicrometerTest {

  @Test
  void taksitBuildsAndRunsWithNoMicrometerClassAnywhere() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("micrometer")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      assertThat(loadable(loader, "io.micrometer.core.instrument.MeterRegistry")).isFalse();
      Class<?> configs = loader.loadClass("io.taksit.bootstrap.config.TaksitConfig");
      Class<?> format = loader.loadClass("io.taksit.bootstrap.config.ConfigFormat");
      Object yaml = format.getField("YAML").get(null);
      Method parse = configs.getMethod("parse", String.class, format, Path.class, Map.class);
      Object config = parse.invoke(null, """
          storage:
            kind: memory
          providers:
            iyzico:
              baseUrl: http://127.0.0.1:1/iyzico
              apiKey: key-without-micrometer
              secretKey: secret-without-micrometer
          """, yaml, Path.of("."), Map.of());

      try (AutoCloseable taksit = (AutoCloseable) configs.getMethod("build").invoke(config)) {
        Object payments = taksit.getClass().getMethod("findPayments").invoke(taksit);
        assertThat(payments).isNotNull();
        assertThat(taksit.getClass().getMethod("providerActivity").invoke(taksit)).isNotNull();
      }
    }
  }

  private static boolean loadable(ClassLoader loader, String name) {
    try {
      loader.loadClass(name);
      return true;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }
}
