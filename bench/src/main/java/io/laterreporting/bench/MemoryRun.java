package io.laterreporting.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.laterreporting.beam.planning.Granularity;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Scenario M, in its own JVM (started by {@link Benchmark}): one {@code LaterReportingIO.read()} on
 * the FlinkRunner (embedded, batch), rows counted and dropped, against an emulator in the parent
 * process. Prints one line {@code MEM rows=.. liveAfterGcPeak=.. usedPeak=.. wallMs=..}.
 *
 * <p>Peak heap is measured two ways: the largest heap left after any garbage collection (the live
 * set: what the read really holds) and the largest heap in use sampled every 5 ms (also counts
 * garbage not collected yet, so it depends on -Xmx and GC timing).
 */
public final class MemoryRun {
  private MemoryRun() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    LocalDate start = LocalDate.parse(args[1]);
    LocalDate end = LocalDate.parse(args[2]);
    Granularity granularity = Granularity.valueOf(args[3]);
    String runner = args.length > 4 ? args[4] : "flink";
    int concurrency = args.length > 5 ? Integer.parseInt(args[5]) : 8;
    int maxRequestsPerMinute = args.length > 6 ? Integer.parseInt(args[6]) : 0;

    AtomicLong liveAfterGc = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, h) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    n.getType())) {
                  return;
                }
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long after = 0;
                for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                  after += u.getUsed();
                }
                // non-heap pools (metaspace, code cache) are in the map too: subtract them
                after -= nonHeap(info);
                liveAfterGc.accumulateAndGet(after, Math::max);
              },
              null,
              null);
    }
    AtomicLong usedPeak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                usedPeak.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();

    PipelineOptions options;
    if (runner.equals("flink")) {
      FlinkPipelineOptions flink = PipelineOptionsFactory.create().as(FlinkPipelineOptions.class);
      flink.setRunner(FlinkRunner.class);
      flink.setFlinkMaster("[local]");
      flink.setParallelism(2);
      options = flink;
    } else {
      options = Contenders.directOptions();
    }
    long t0 = System.nanoTime();
    Contenders.Outcome o =
        Contenders.connector(
            baseUrl, start, end, granularity, concurrency, options, maxRequestsPerMinute);
    long wallMs = (System.nanoTime() - t0) / 1_000_000;
    sampler.interrupt();
    System.out.println(
        "MEM rows="
            + o.rows
            + " failed="
            + o.failed
            + " liveAfterGcPeak="
            + liveAfterGc.get()
            + " usedPeak="
            + usedPeak.get()
            + " wallMs="
            + wallMs
            + " maxHeap="
            + Runtime.getRuntime().maxMemory()
            + " note="
            + o.note.replace('\n', ' '));
    System.exit(0);
  }

  private static long nonHeap(GarbageCollectionNotificationInfo info) {
    long sum = 0;
    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      String pool = e.getKey();
      if (pool.contains("Metaspace") || pool.contains("Code") || pool.contains("Class")) {
        sum += e.getValue().getUsed();
      }
    }
    return sum;
  }
}
