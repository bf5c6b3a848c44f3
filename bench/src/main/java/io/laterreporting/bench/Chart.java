package io.laterreporting.bench;

import java.util.List;
import java.util.Locale;

/** A hand-written SVG: wall time and the latency ideal against concurrency, log-log. */
final class Chart {
  private Chart() {}

  static String svg(List<double[]> points, int defaultConcurrency) {
    int w = 640;
    int h = 400;
    int left = 70;
    int right = 20;
    int top = 40;
    int bottom = 60;
    double minC = points.stream().mapToDouble(p -> p[0]).min().orElse(1);
    double maxC = points.stream().mapToDouble(p -> p[0]).max().orElse(2);
    double minT = points.stream().mapToDouble(p -> Math.min(p[1], p[2])).min().orElse(0.1);
    double maxT = points.stream().mapToDouble(p -> Math.max(p[1], p[2])).max().orElse(1);
    double lo = Math.pow(10, Math.floor(Math.log10(minT)));
    double hi = Math.pow(10, Math.ceil(Math.log10(maxT)));
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            w,
            h));
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"22\" font-size=\"14\">LaterReportingIO.read(): wall time vs ideal (requests x 50 ms / c), log-log</text>%n",
            left));
    for (double t = lo; t <= hi * 1.0001; t *= 10) {
      for (int k = 1; k < 10; k++) {
        double v = t * k;
        if (v > hi * 1.0001) {
          break;
        }
        double y = y(v, lo, hi, top, h - bottom);
        s.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                left,
                w - right,
                y,
                y,
                k == 1 ? "#bbb" : "#eee"));
        if (k == 1 || k == 2 || k == 5) {
          s.append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s s</text>%n",
                  left - 6,
                  y + 4,
                  fmt(v)));
        }
      }
    }
    for (double[] p : points) {
      double x = x(p[0], minC, maxC, left, w - right);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"%s\"/>%n",
              x,
              x,
              top,
              h - bottom,
              p[0] == defaultConcurrency ? "#9c9" : "#eee"));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d%s</text>%n",
              x,
              h - bottom + 16,
              (int) p[0],
              p[0] == defaultConcurrency ? " (default)" : ""));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">withMaxConcurrentRequests (c)</text>%n",
            (left + w - right) / 2,
            h - 20));
    s.append(
        polyline(points, 2, "#888", "6,4", minC, maxC, lo, hi, left, w - right, top, h - bottom));
    s.append(
        polyline(points, 1, "#c33", null, minC, maxC, lo, hi, left, w - right, top, h - bottom));
    for (double[] p : points) {
      s.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#c33\"/>%n",
              x(p[0], minC, maxC, left, w - right),
              y(p[1], lo, hi, top, h - bottom)));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" fill=\"#c33\">%.2fx</text>%n",
              x(p[0], minC, maxC, left, w - right) + 5,
              y(p[1], lo, hi, top, h - bottom) - 6,
              p[1] / p[2]));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#c33\" stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">measured wall time (ratio to ideal)</text>%n",
            w - 260,
            w - 235,
            top + 10,
            top + 10,
            w - 230,
            top + 14));
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#888\" stroke-width=\"2\" stroke-dasharray=\"6,4\"/><text x=\"%d\" y=\"%d\">ideal: requests x latency / c</text>%n",
            w - 260,
            w - 235,
            top + 28,
            top + 28,
            w - 230,
            top + 32));
    s.append("</svg>\n");
    return s.toString();
  }

  private static String polyline(
      List<double[]> points,
      int index,
      String color,
      String dash,
      double minC,
      double maxC,
      double lo,
      double hi,
      int x0,
      int x1,
      int y0,
      int y1) {
    StringBuilder s =
        new StringBuilder("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"" + color + "\"");
    if (dash != null) {
      s.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    s.append(" points=\"");
    for (double[] p : points) {
      s.append(
          String.format(
              Locale.ROOT, "%.1f,%.1f ", x(p[0], minC, maxC, x0, x1), y(p[index], lo, hi, y0, y1)));
    }
    return s.append("\"/>\n").toString();
  }

  private static double x(double c, double minC, double maxC, int x0, int x1) {
    double span = Math.log(maxC) - Math.log(minC);
    return x0 + 30 + (span == 0 ? 0 : (Math.log(c) - Math.log(minC)) / span) * (x1 - x0 - 60);
  }

  private static double y(double t, double lo, double hi, int y0, int y1) {
    return y1 - (Math.log(t) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * (y1 - y0);
  }

  private static String fmt(double v) {
    return v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2g", v);
  }
}
