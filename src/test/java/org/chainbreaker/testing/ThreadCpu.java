package org.chainbreaker.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads, added up by kind of thread over the intervals a benchmark times (Linux:
 * {@code /proc/self/task}; elsewhere it stays empty). Says where a side's time went — the database's Bolt workers,
 * the JIT compiler, driver and Bolt I/O, the calling thread, the garbage collector — which wall-clock time cannot.
 */
public final class ThreadCpu {

  /** Thread names as Linux keeps them (at most 15 characters, each run of digits made #), and their kind. */
  private static final Map<String, String> KINDS = Map.of(
      "neo#j.BoltWorke", "database (Bolt workers)",
      "C# CompilerThre", "JIT compiler",
      "Neo#jDriverIO-#", "driver I/O",
      "neo#j.BoltNetwo", "Bolt server I/O",
      "import-read-ahe", "import read-ahead",
      "java", "calling thread",
      "GC Thread##", "garbage collector");

  private static final Path TASKS = Path.of("/proc/self/task");
  private static final double TICKS_PER_SECOND = 100.0;

  private final Map<String, Long> ticksByKind = new HashMap<>();

  /** Each live thread's CPU ticks (user + system) with its kind, keyed by thread id. */
  public static Map<String, Map.Entry<String, Long>> snapshot() {
    Map<String, Map.Entry<String, Long>> threads = new HashMap<>();
    try (Stream<Path> tasks = Files.list(TASKS)) {
      for (Path task : tasks.toList()) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "#");
          // fields after "(comm) ": state is the first; utime and stime are the 12th and 13th
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          threads.put(task.getFileName().toString(), Map.entry(KINDS.getOrDefault(name, name), ticks));
        } catch (IOException | RuntimeException ended) {
          // the thread ended between listing and reading
        }
      }
    } catch (IOException noProc) {
      // not Linux: nothing measured
    }
    return threads;
  }

  /**
   * Adds what each thread spent between two snapshots (threads started in between: all they spent). A thread that
   * ended before the second snapshot is not in it and not counted (e.g. the import's read-ahead thread, which ends
   * with its input).
   */
  public void add(Map<String, Map.Entry<String, Long>> before, Map<String, Map.Entry<String, Long>> after) {
    after.forEach((thread, now) -> {
      Map.Entry<String, Long> then = before.get(thread);
      long spent = now.getValue() - (then == null ? 0 : then.getValue());
      ticksByKind.merge(now.getKey(), spent, Long::sum);
    });
  }

  /** "total 99.5 s: database (Bolt workers) 43.9 s, JIT compiler 40.3 s, ..." — the {@code top} largest kinds. */
  public String summary(int top) {
    if (ticksByKind.isEmpty()) {
      return "not measured (no /proc/self/task)";
    }
    long total = ticksByKind.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> largest = ticksByKind.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    List<String> parts = largest.entrySet().stream()
        .map(kind -> String.format(Locale.ROOT, "%s %.1f s", kind.getKey(), kind.getValue() / TICKS_PER_SECOND))
        .toList();
    return String.format(Locale.ROOT, "total %.1f s: %s", total / TICKS_PER_SECOND, String.join(", ", parts));
  }
}
