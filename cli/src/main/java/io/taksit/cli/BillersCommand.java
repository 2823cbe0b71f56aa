package io.taksit.cli;

import io.taksit.application.port.in.ListBillers;
import io.taksit.application.port.in.SyncCatalog;
import io.taksit.cli.view.BillersView;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code taksit billers [--sync <provider>] [--full] [--json]}: the billers offered, configured
 * and synced, with the input fields each asks for; {@code --sync} first fetches the provider's
 * catalog (only what changed since the last sync, unless {@code --full}).
 */
@Command(name = "billers", mixinStandardHelpOptions = true,
    description = "List the billers (configured and synced from providers' catalogs) with their"
        + " amount rules and input fields; --sync fetches a provider's catalog first.")
final class BillersCommand implements Callable<Integer> {

  private static final Map<String, String> OPTIONS = Map.of("provider", "--sync");

  @ParentCommand
  private TaksitCli cli;

  @Option(names = "--sync", paramLabel = "<provider>",
      description = "fetch this provider's service catalog first (e.g. momkn)")
  private String sync;

  @Option(names = "--full",
      description = "with --sync: the whole catalog, not only what changed since the last sync")
  private boolean full;

  @Option(names = "--provider", paramLabel = "<provider>",
      description = "only this provider's billers")
  private String provider;

  @Override
  public Integer call() {
    return cli.withTaksit("taksit billers", taksit -> {
      Terminal terminal = cli.terminal();
      SyncCatalog.Report report = null;
      if (sync != null) {
        var synced = taksit.syncCatalog().sync(new SyncCatalog.Command(sync, full));
        if (synced.isLeft()) {
          return terminal.failed("taksit billers --sync", synced.getLeft(), OPTIONS);
        }
        report = synced.get();
      }
      SyncCatalog.Report made = report;
      return taksit.listBillers().list(new ListBillers.Query(provider)).fold(
          failure -> terminal.failed("taksit billers", failure, Map.of("provider", "--provider")),
          listings -> terminal.show(BillersView.of(made, listings), ExitCodes.OK));
    });
  }
}
