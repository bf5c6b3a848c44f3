package io.laterreporting.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Turns {@code --name value} arguments into builder settings; a bad option is a one-line error. */
final class CommandLineOptions {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar later-reporting-emulator.jar [options]",
          "  --port N                   listen port on 127.0.0.1 (default 8080; 0 = any free port)",
          "  --pagination page|cursor   generation A (page numbers) or B (cursor) (default page)",
          "  --layout nested|flat|flat-legacy   row layout (default nested)",
          "  --seed N                   dataset and fault seed (default 1)",
          "  --instances N              number of instances (default 5)",
          "  --campaigns N              mean campaigns per instance (default 40)",
          "  --token-ttl-seconds N      JWT lifetime (default 43200)",
          "  --latency-ms N             added latency per request (default 0)",
          "  --rate-limit N             requests per window (default: no limit)",
          "  --rate-window-seconds N    rate window (default 60)",
          "  --no-retry-after           omit Retry-After on budget 429s",
          "  --fault-rate F             fraction of requests failing, 0..1 (default 0)",
          "  --drift-every K --drift-max M   insert a campaign every K data requests, up to M",
          "  --client-id ID --client-secret SECRET   accepted credentials (default demo-client/demo-secret)",
          "  --unstable-order           shuffle rows that tie on the sort key on every request",
          "  --legacy-errors            older gateway error types",
          "  --strict-parameters        400 for any query parameter the route/generation does not document",
          "  --cursor-bound-to-all      a cursor is valid only with every other parameter unchanged",
          "  --no-page-totals           page numbers without totalPages/totalItems",
          "  --repeating-cursor         nextCursor repeats the cursor sent (from page 2 on)",
          "  --page-number-quirk none|page-omitted|stuck   no 'page' member, or pageNumber ignored",
          "  --churn-every K --churn-max M   delete one campaign and create another every K data requests",
          "  --archived-share F         share of campaigns absent from /v2/campaigns, 0..1 (default 0)",
          "  --help                     this text");

  /** An option the emulator cannot run with. */
  static final class BadOption extends Exception {
    BadOption(String message) {
      super(message);
    }
  }

  private CommandLineOptions() {}

  /** Returns null when help was asked for. */
  static ReportingApiEmulator.Builder parse(List<String> args) throws BadOption {
    ReportingApiEmulator.Builder builder = ReportingApiEmulator.builder().port(8080);
    int rateLimit = 0;
    int rateWindowSeconds = 60;
    double faultRate = 0;
    long seed = 1;
    int driftEvery = 0;
    int driftMax = 0;
    int churnEvery = 0;
    int churnMax = 0;
    String clientId = "demo-client";
    String clientSecret = "demo-secret";
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      switch (option) {
        case "--help", "-h" -> {
          return null;
        }
        case "--unstable-order" -> builder.unstableOrder(true);
        case "--legacy-errors" -> builder.legacyErrors(true);
        case "--no-retry-after" -> builder.retryAfterHeader(false);
        case "--strict-parameters" -> builder.strictParameters(true);
        case "--cursor-bound-to-all" -> builder.cursorBoundToAllParameters(true);
        case "--no-page-totals" -> builder.pageTotals(false);
        case "--repeating-cursor" -> builder.repeatingCursor(true);
        default -> {
          if (i + 1 >= args.size()) {
            throw new BadOption(
                option.startsWith("--")
                    ? "option " + option + " needs a value"
                    : "unexpected argument '" + option + "'; see --help");
          }
          String value = args.get(++i);
          switch (option) {
            case "--port" -> builder.port(integer(option, value, 0, 65535));
            case "--pagination" ->
                builder.pagination(
                    choice(option, value, List.of("page", "cursor")).equals("page")
                        ? Pagination.PAGE_NUMBER
                        : Pagination.CURSOR);
            case "--layout" ->
                builder.layout(
                    RowLayout.valueOf(
                        choice(option, value, List.of("nested", "flat", "flat-legacy"))
                            .replace('-', '_')
                            .toUpperCase(Locale.ROOT)));
            case "--seed" -> seed = longValue(option, value);
            case "--instances" -> builder.instances(integer(option, value, 1, 100_000));
            case "--campaigns" ->
                builder.campaignsPerInstance(integer(option, value, 0, 1_000_000));
            case "--token-ttl-seconds" ->
                builder.tokenTtl(Duration.ofSeconds(integer(option, value, 0, Integer.MAX_VALUE)));
            case "--latency-ms" ->
                builder.latency(Duration.ofMillis(integer(option, value, 0, 600_000)));
            case "--rate-limit" -> rateLimit = integer(option, value, 1, Integer.MAX_VALUE);
            case "--rate-window-seconds" -> rateWindowSeconds = integer(option, value, 1, 86_400);
            case "--fault-rate" -> faultRate = fraction(option, value);
            case "--drift-every" -> driftEvery = integer(option, value, 1, Integer.MAX_VALUE);
            case "--drift-max" -> driftMax = integer(option, value, 0, Integer.MAX_VALUE);
            case "--page-number-quirk" ->
                builder.pageNumberQuirk(
                    PageNumberQuirk.valueOf(
                        choice(option, value, List.of("none", "page-omitted", "stuck"))
                            .replace("stuck", "stuck-on-first-page")
                            .replace('-', '_')
                            .toUpperCase(Locale.ROOT)));
            case "--churn-every" -> churnEvery = integer(option, value, 1, Integer.MAX_VALUE);
            case "--churn-max" -> churnMax = integer(option, value, 0, Integer.MAX_VALUE);
            case "--archived-share" -> builder.archivedCampaigns(fraction(option, value));
            case "--client-id" -> clientId = value;
            case "--client-secret" -> clientSecret = value;
            default -> throw new BadOption("unknown option " + option + "; see --help");
          }
        }
      }
    }
    builder.seed(seed).credentials(clientId, clientSecret);
    if (rateLimit > 0) {
      builder.rateLimit(rateLimit, Duration.ofSeconds(rateWindowSeconds));
    }
    if (faultRate > 0) {
      builder.faults(FaultPlan.of(faultRate, seed));
    }
    if (driftEvery > 0) {
      builder.drift(driftEvery, driftMax);
    }
    if (churnEvery > 0) {
      builder.membershipChurn(churnEvery, churnMax);
    }
    return builder;
  }

  private static int integer(String option, String value, int min, int max) throws BadOption {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw new BadOption(
        "option " + option + ": '" + value + "' is not an integer from " + min + " to " + max);
  }

  private static long longValue(String option, String value) throws BadOption {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new BadOption("option " + option + ": '" + value + "' is not an integer");
    }
  }

  private static double fraction(String option, String value) throws BadOption {
    try {
      double parsed = Double.parseDouble(value);
      if (parsed >= 0 && parsed <= 1) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw new BadOption("option " + option + ": '" + value + "' is not a number from 0 to 1");
  }

  private static String choice(String option, String value, List<String> allowed) throws BadOption {
    if (!allowed.contains(value)) {
      throw new BadOption(
          "option " + option + ": '" + value + "' is not one of " + String.join(", ", allowed));
    }
    return value;
  }
}
