package io.laterreporting.emulator;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs the emulator until the process is stopped. Exit code 2 for bad options. */
public final class EmulatorMain {
  private EmulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    ReportingApiEmulator.Builder builder;
    try {
      builder = CommandLineOptions.parse(List.of(args));
    } catch (CommandLineOptions.BadOption e) {
      System.err.println("later-reporting-emulator: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (builder == null) {
      System.out.println(CommandLineOptions.USAGE);
      return;
    }
    ReportingApiEmulator emulator = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "later-emulator-shutdown"));
    // The demo credentials guard nothing real, so printing them is the convenient thing to do.
    System.out.println(
        "Later Reporting API emulator listening on "
            + emulator.baseUrl()
            + " (clientId="
            + emulator.clientId()
            + ", clientSecret="
            + emulator.clientSecret()
            + ", pagination="
            + (emulator.pagination() == Pagination.PAGE_NUMBER ? "page" : "cursor")
            + ", layout="
            + emulator.layout().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + ")");
    new CountDownLatch(1).await();
  }
}
