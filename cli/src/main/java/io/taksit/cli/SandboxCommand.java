package io.taksit.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.cli.sandbox.SandboxStore;
import io.taksit.cli.view.SandboxView;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code taksit sandbox}: the embedded provider sandbox as a process of its own, so that the
 * other commands (or a host under development) can be pointed at it. It writes, on request, a
 * ready configuration file that talks to it, then serves in the foreground until the process is
 * stopped.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
    description = {
        "Start the embedded provider sandbox on 127.0.0.1 (every provider it has, their demo"
            + " data and credentials, no real money) and keep it running until stopped (Ctrl+C).",
        "With --config-out it writes a ready configuration for the other commands: every"
            + " provider it serves, its billers, and an H2 store next to the file (emptied at"
            + " every start: the sandbox starts from its seed data every time)."})
public final class SandboxCommand implements Callable<Integer> {

  /** The H2 store of the written configuration, a directory next to the file. */
  static final String STORE_DIRECTORY = "taksit-sandbox-store";

  private static final String COMMAND = "taksit sandbox";

  @ParentCommand
  private TaksitCli cli;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "the loopback port to listen on (default: 0, a random free one)")
  private int port;

  @Option(names = "--config-out", paramLabel = "FILE",
      description = "write a ready YAML configuration that talks to the sandbox to FILE")
  private Path configOut;

  private final Foreground foreground;

  /** For picocli: runs until the process is stopped. */
  public SandboxCommand() {
    this(SandboxCommand::untilStopped);
  }

  /** With the wait in the foreground made by {@code foreground}: tests run against it instead. */
  SandboxCommand(Foreground foreground) {
    this.foreground = Objects.requireNonNull(foreground, "foreground");
  }

  @Override
  public Integer call() {
    Terminal terminal = cli.terminal();
    if (port < 0 || port > 65_535) {
      return terminal.usage(COMMAND, "usage", "--port: must be within 0 and 65535, was " + port);
    }
    ProviderSandbox sandbox;
    try {
      sandbox = ProviderSandbox.start(SandboxSettings.defaults().withPort(port));
    } catch (UncheckedIOException cannotBind) {
      return terminal.crashed(COMMAND, cannotBind);
    }
    try (sandbox) {
      Path file = configOut == null ? null : configOut.toAbsolutePath();
      Path store = file == null ? null : file.resolveSibling(STORE_DIRECTORY);
      if (file != null) {
        try {
          write(sandbox, file, store);
        } catch (IOException | UncheckedIOException | IllegalStateException cannotWrite) {
          return terminal.usage(COMMAND, "usage", "--config-out: cannot write " + file + " ("
              + cannotWrite.getClass().getSimpleName() + ")");
        }
      }
      terminal.show(started(sandbox, file, store), ExitCodes.OK);
      foreground.hold(sandbox);
      return ExitCodes.OK;
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      return ExitCodes.OK;
    }
  }

  /** The configuration file: the sandbox's ready configuration, an H2 store emptied. */
  private static void write(ProviderSandbox sandbox, Path file, Path store) throws IOException {
    ObjectNode configuration = sandbox.configuration();
    ObjectNode storage = JsonNodeFactory.instance.objectNode()
        .put("kind", "h2")
        .put("directory", STORE_DIRECTORY);
    ObjectNode ordered = JsonNodeFactory.instance.objectNode();
    ordered.set("storage", storage);
    ordered.setAll(configuration);
    // Taksit reads it back before it is written: a sandbox whose configuration Taksit would
    // refuse is a bug to report here, not in the user's next command.
    ReadyConfiguration.parse(ordered, file.getParent());
    SandboxStore.emptyIfPresent(store);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# Written by taksit sandbox: it talks to the provider sandbox on"
        + " port " + sandbox.port() + "\n# (demo credentials, no real money). Its store is"
        + " emptied whenever the sandbox starts.\n" + ReadyConfiguration.yaml(ordered),
        StandardCharsets.UTF_8);
  }

  /** What the command shows once the sandbox serves. */
  static SandboxView started(ProviderSandbox sandbox, Path file, Path store) {
    Map<String, String> providers = new LinkedHashMap<>();
    sandbox.providers().forEach(id -> providers.put(id.value(), sandbox.baseUrl(id).toString()));
    return SandboxView.of(sandbox.port(), providers, file, store);
  }

  /** Until the process is stopped: a shutdown hook closes the sandbox, then this returns. */
  private static void untilStopped(ProviderSandbox sandbox) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "taksit-sandbox-shutdown"));
    stopped.await();
  }

  /** What the command does while the sandbox serves; it closes the sandbox when this returns. */
  @FunctionalInterface
  interface Foreground {
    void hold(ProviderSandbox sandbox) throws InterruptedException;
  }
}
