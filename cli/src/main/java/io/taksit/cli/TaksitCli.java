package io.taksit.cli;

import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.config.InvalidConfigurationException;
import io.taksit.bootstrap.config.StorageUnavailableException;
import io.taksit.bootstrap.config.TaksitConfig;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.cli.demo.DemoCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code taksit}: Taksit's use cases from a shell, against the Taksit that a configuration file
 * describes (a new one per invocation: state that must outlive it lives in the configured
 * storage, {@code h2} or {@code postgresql}).
 */
@Command(name = "taksit",
    mixinStandardHelpOptions = true,
    versionProvider = TaksitCli.Version.class,
    description = {
        "Pay bills and quote card installment plans through many providers, never charging twice.",
        ""},
    subcommands = {
        InquireCommand.class, FeesCommand.class, PayCommand.class, RetryCommand.class,
        StatusCommand.class, ReconcileCommand.class, ResolveCommand.class,
        InstallmentsCommand.class, PaymentsCommand.class, EventsCommand.class,
        BillersCommand.class,
        DemoCommand.class, SandboxCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done (the payment SUCCEEDED)",
        "1:refused: declined, invalid amount or request, unknown id, already paid",
        "2:usage or configuration error (a card number instead of a BIN too)",
        "3:provider unreachable, or the payment's outcome is not settled yet"},
    footer = {"", "Configuration: docs/configuration.md (keys, $${NAME} secrets, examples)."})
public final class TaksitCli implements Callable<Integer> {

  /** Where {@code --config} points by default, unless {@code TAKSIT_CONFIG} says otherwise. */
  static final String DEFAULT_CONFIG = "taksit.yaml";

  private static final Pattern LONG_DIGITS = Pattern.compile(".*\\d{4,}.*");

  @Option(names = {"-c", "--config"}, paramLabel = "<file>", scope = ScopeType.INHERIT,
      description = "the configuration file (default: $TAKSIT_CONFIG, else " + DEFAULT_CONFIG + ")")
  private Path config;

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "print one JSON document instead of tables (errors too)")
  private boolean json;

  @Spec
  private CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;

  private TaksitCli(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = Map.copyOf(environment);
  }

  /** The {@code taksit} executable: exits with {@link #run}'s code. UTF-8 out and err. */
  public static void main(String... args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
        StandardCharsets.UTF_8);
    System.exit(run(out, err, System.getenv(), args));
  }

  /**
   * Runs one {@code taksit} command line.
   *
   * @param environment where {@code TAKSIT_CONFIG} and the configuration's {@code ${NAME}}
   *     references are looked up
   * @return the exit code: 0 ok, 1 refused, 2 usage or configuration error, 3 unsettled
   */
  public static int run(PrintStream out, PrintStream err, Map<String, String> environment,
      String... args) {
    return run(out, err, environment, CommandLine.defaultFactory(), args);
  }

  /**
   * {@link #run(PrintStream, PrintStream, Map, String...)} with the commands made by
   * {@code factory}: tests hand a command what the real process would wait for.
   */
  static int run(PrintStream out, PrintStream err, Map<String, String> environment,
      CommandLine.IFactory factory, String... args) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    TaksitCli cli = new TaksitCli(out, err, Objects.requireNonNull(environment, "environment"));
    CommandLine commandLine = new CommandLine(cli, Objects.requireNonNull(factory, "factory"))
        .setOut(writerOf(out))
        .setErr(writerOf(err))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(cli::usageError)
        .setExecutionExceptionHandler((broken, command, parsed) ->
            cli.terminal().crashed(command.getCommandSpec().qualifiedName(), broken));
    return commandLine.execute(args);
  }

  /** {@code taksit} alone: what it can do, exit 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** This invocation's terminal ({@code --json} or tables). */
  /** A variable of the environment the CLI was started with, or null. */
  String environmentVariable(String name) {
    return environment.get(name);
  }

  Terminal terminal() {
    return new Terminal(out, err, json);
  }

  /**
   * Loads the configuration, builds Taksit, runs {@code work} on it and closes it. A bad
   * configuration is exit 2 with every problem listed, and so is a store that cannot be opened
   * (nothing was sent); a provider that cannot be set up is exit 3.
   */
  int withTaksit(String command, Function<Taksit, Integer> work) {
    Terminal terminal = terminal();
    TaksitConfig loaded;
    try {
      loaded = TaksitConfig.load(configFile(), environment);
    } catch (InvalidConfigurationException invalid) {
      return terminal.invalidConfiguration(command, invalid);
    }
    Taksit taksit;
    try {
      taksit = loaded.withRuntime(RuntimeSettings.OFF).build();
    } catch (StorageUnavailableException storage) {
      return terminal.storageUnavailable(command, storage);
    } catch (RuntimeException setupFailed) {
      return terminal.crashed(command, setupFailed);
    }
    try (taksit) {
      return work.apply(taksit);
    }
  }

  private Path configFile() {
    if (config != null) {
      return config;
    }
    String fromEnvironment = environment.get("TAKSIT_CONFIG");
    return Path.of(fromEnvironment == null || fromEnvironment.isBlank()
        ? DEFAULT_CONFIG : fromEnvironment);
  }

  private int usageError(CommandLine.ParameterException problem, String[] args) {
    String command = problem.getCommandLine().getCommandSpec().qualifiedName();
    String message;
    if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
      message = "unexpected argument" + (unmatched.getUnmatched().size() == 1 ? " " : "s ")
          + String.join(" ", unmatched.getUnmatched().stream()
              .map(arg -> LONG_DIGITS.matcher(arg).matches() ? "<digits hidden>" : "'" + arg + "'")
              .toList());
    } else {
      message = problem.getMessage().startsWith("Error: ")
          ? problem.getMessage().substring("Error: ".length()) : problem.getMessage();
    }
    int exitCode = terminal().usage(command, "usage", message);
    err.println("Run '" + command + " --help' for usage.");
    err.flush();
    return exitCode;
  }

  /** Picocli writes help and its own messages through the caller's streams and their charset. */
  private static PrintWriter writerOf(PrintStream stream) {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        stream.print(new String(buffer, offset, length));
      }

      @Override
      public void flush() {
        stream.flush();
      }

      @Override
      public void close() {
        stream.flush();
      }
    }, true);
  }

  /** {@code taksit --version}: the jar's Implementation-Version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Taksit.class.getPackage().getImplementationVersion();
      return new String[] {"taksit " + (version == null ? "(development build)" : version)};
    }
  }
}
