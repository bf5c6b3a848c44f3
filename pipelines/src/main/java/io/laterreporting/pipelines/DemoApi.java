package io.laterreporting.pipelines;

import io.laterreporting.emulator.FaultPlan;
import io.laterreporting.emulator.Pagination;
import io.laterreporting.emulator.ReportingApiEmulator;

/**
 * The API of {@code --demo}: an emulator started in this process, with seeded, realistic data, and
 * the options that point the export at it. Options the user gave are kept; only missing connection
 * settings and the date range are filled in, so a demo can still show any filter or granularity.
 */
final class DemoApi implements AutoCloseable {
  static final String START_DATE = "2024-01-01";
  static final String END_DATE = "2025-06-30";

  private final ReportingApiEmulator emulator;

  private DemoApi(ReportingApiEmulator emulator) {
    this.emulator = emulator;
  }

  /**
   * @throws IllegalArgumentException for a bad {@link DemoOptions} value, before anything starts
   */
  static DemoApi startFor(ExportOptions options) {
    DemoOptions demo = options.as(DemoOptions.class);
    Pagination pagination = pagination(demo.getDemoPagination());
    double faultRate = demo.getDemoFaultRate();
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException(
          "demoFaultRate must be a number from 0 to 1, but was " + demo.getDemoFaultRate());
    }
    if (demo.getDemoInstances() < 1) {
      throw new IllegalArgumentException(
          "demoInstances must be at least 1, but was " + demo.getDemoInstances());
    }
    if (demo.getDemoCampaigns() < 0) {
      throw new IllegalArgumentException(
          "demoCampaigns must be at least 0, but was " + demo.getDemoCampaigns());
    }
    ReportingApiEmulator emulator =
        ReportingApiEmulator.builder()
            .seed(demo.getDemoSeed())
            .instances(demo.getDemoInstances())
            .campaignsPerInstance(demo.getDemoCampaigns())
            .pagination(pagination)
            .faults(faultRate == 0 ? FaultPlan.none() : FaultPlan.of(faultRate, demo.getDemoSeed()))
            .start();
    options.setApiBaseUrl(emulator.baseUrl());
    if (options.getClientId() == null) {
      options.setClientId(emulator.clientId());
    }
    if (options.getClientSecret() == null) {
      options.setClientSecret(emulator.clientSecret());
    }
    if (options.getStartDate() == null
        && options.getEndDate() == null
        && options.getLookbackDays() == null) {
      options.setStartDate(START_DATE);
      options.setEndDate(END_DATE);
    }
    return new DemoApi(emulator);
  }

  ReportingApiEmulator emulator() {
    return emulator;
  }

  @Override
  public void close() {
    emulator.close();
  }

  private static Pagination pagination(String value) {
    switch (value == null ? "" : value.trim()) {
      case "page":
        return Pagination.PAGE_NUMBER;
      case "cursor":
        return Pagination.CURSOR;
      default:
        throw new IllegalArgumentException(
            "demoPagination must be page or cursor, but was '" + value + "'");
    }
  }
}
