package io.laterreporting.emulator;

/** How the API rounds and derives values: money to cents, rates null when the denominator is 0. */
final class MetricMath {
  private MetricMath() {}

  static double cents(double value) {
    return Math.round(value * 100) / 100.0;
  }

  static Double ratio(double numerator, double denominator) {
    return denominator == 0 ? null : numerator / denominator;
  }

  static Double percent(double numerator, double denominator) {
    return denominator == 0 ? null : numerator / denominator * 100;
  }

  static Double perMille(double numerator, double denominator) {
    return denominator == 0 ? null : numerator / denominator * 1000;
  }
}
