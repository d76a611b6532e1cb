package org.conflictkit.pipelines.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.uima.jcas.JCas;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.io.CasWriter;
import org.conflictkit.pipelines.io.InputException;
import org.conflictkit.pipelines.io.OutputFormat;
import org.conflictkit.pipelines.io.SourceDocument;

/**
 * Measures pipeline presets the way {@code annotate} runs them: for each preset and output
 * (engine only, or writing one format into a temporary folder), warm-up passes with one
 * thread until the throughput per CPU-second changes by less than {@value #STABLE} between two
 * passes, then for 1, 2, 4, ... threads several passes of at least the given seconds, each made of
 * whole rounds over the corpus through {@link BatchRunner}, reporting the median pass. A pass
 * counts wall time and the CPU time of the whole process (garbage collector and compiler threads
 * included), so that tokens per CPU-second stay comparable on a machine busy with other work,
 * where wall-clock figures and speed-ups are not.
 */
public final class Benchmark
{
    /** Relative change of throughput between two warm-up passes below which the JIT is done. */
    static final double STABLE = 0.05;
    /** The output name of a run that writes nothing. */
    public static final String ENGINE_ONLY = "none";

    private static final com.sun.management.OperatingSystemMXBean SYSTEM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** What to measure and how long. */
    public record Settings(List<String> presets, List<String> outputs, int maxThreads,
            double passSeconds, int passes, int maxWarmUpPasses)
    {
    }

    /** One pass: whole rounds over the corpus until at least the pass length is over. */
    public record Pass(int rounds, long documents, long tokens, double seconds, double cpuSeconds,
            long allocatedBytes, long blockedMillis, double loadAverage)
    {
        double tokensPerSecond()
        {
            return tokens / Math.max(seconds, 1e-9);
        }

        double tokensPerCpuSecond()
        {
            return tokens / Math.max(cpuSeconds, 1e-9);
        }
    }

    /** The median pass of one thread count, with the speed-ups over one thread. */
    public record ThreadFigures(int threads, double documentsPerSecond, double tokensPerSecond,
            double tokensPerCpuSecond, double speedup, double cpuEfficiency,
            double cpuCoresBusy, double allocationMbPerSecond, double allocatedBytesPerToken,
            double blockedPercent, double loadAverage, List<Pass> passes)
    {
    }

    /** The measurements of one preset with one output. */
    public record PresetResult(String preset, String output, long tokens, double startupSeconds,
            int warmUpPasses, long peakHeapMb, double gcSeconds, List<ThreadFigures> threads)
    {
    }

    /** The measurements of every preset and output on the same corpus. */
    public record Result(int documents, long tokens, int cores, long maxHeapMb, String java,
            String garbageCollectors, List<String> jvmOptions, double jvmStartSeconds,
            double passSeconds, int passes, double loadAverageAtStart,
            List<PresetResult> presets)
    {
        /** The figures as a table, one line per preset, output and thread count. */
        public String render()
        {
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                    "%d documents, %d tokens; %d cores, max heap %d MB, Java %s, %s; "
                            + "JVM start %.2f s%npasses of at least %.0f s, median of %d; "
                            + "load average %.1f at start%n%n",
                    documents, tokens, cores, maxHeapMb, java, garbageCollectors, jvmStartSeconds,
                    passSeconds, passes, loadAverageAtStart));
            table.append(String.format(Locale.ROOT,
                    "%-10s %-6s %7s %10s %9s %10s %12s %8s %8s %7s %10s %9s %10s %5s%n", "preset",
                    "output", "threads", "start-up s", "docs/s", "tokens/s", "tokens/CPU-s",
                    "speed-up", "CPU eff.", "cores", "alloc MB/s", "blocked %", "peak heap MB",
                    "load"));
            for (PresetResult preset : presets) {
                for (ThreadFigures figures : preset.threads()) {
                    boolean first = figures == preset.threads().get(0);
                    table.append(String.format(Locale.ROOT,
                            "%-10s %-6s %7d %10s %9.1f %10.0f %12.0f %8.2f %8.2f %7.2f %10.0f "
                                    + "%9.2f %12s %5.1f%n",
                            preset.preset(), preset.output(), figures.threads(),
                            first ? String.format(Locale.ROOT, "%.2f", preset.startupSeconds())
                                    : "",
                            figures.documentsPerSecond(), figures.tokensPerSecond(),
                            figures.tokensPerCpuSecond(), figures.speedup(),
                            figures.cpuEfficiency(), figures.cpuCoresBusy(),
                            figures.allocationMbPerSecond(), figures.blockedPercent(),
                            first ? String.valueOf(preset.peakHeapMb()) : "",
                            figures.loadAverage()));
                }
            }
            return table.toString();
        }

        /**
         * The figures as the Markdown table of docs/benchmark.md: a line on the corpus and the
         * machine, then one row per preset, output and thread count, with bytes per token and
         * collector seconds, which the plain table leaves out.
         */
        public String markdown()
        {
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                    "%,d documents, %,d tokens; %d cores, max heap %d MB, Java %s, %s; "
                            + "JVM options %s; passes of at least %.0f s, median of %d; "
                            + "load average %.1f at start\n\n",
                    documents, tokens, cores, maxHeapMb, java, garbageCollectors,
                    jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions), passSeconds,
                    passes, loadAverageAtStart));
            table.append("| preset | output | threads | start-up s | tokens/s | tokens/CPU-s "
                    + "| speed-up | CPU eff. | cores busy | alloc MB/s | alloc B/token "
                    + "| blocked % | peak heap MB | GC s | load |\n");
            table.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (PresetResult preset : presets) {
                for (ThreadFigures figures : preset.threads()) {
                    boolean first = figures == preset.threads().get(0);
                    table.append(String.format(Locale.ROOT,
                            "| %s | %s | %d | %s | %,.0f | %,.0f | %.2f | %.2f | %.2f | %,.0f "
                                    + "| %,.0f | %.2f | %s | %s | %.1f |\n",
                            preset.preset(), preset.output(), figures.threads(),
                            first ? String.format(Locale.ROOT, "%.2f", preset.startupSeconds())
                                    : "",
                            figures.tokensPerSecond(), figures.tokensPerCpuSecond(),
                            figures.speedup(), figures.cpuEfficiency(), figures.cpuCoresBusy(),
                            figures.allocationMbPerSecond(), figures.allocatedBytesPerToken(),
                            figures.blockedPercent(),
                            first ? String.valueOf(preset.peakHeapMb()) : "",
                            first ? String.format(Locale.ROOT, "%.3f", preset.gcSeconds()) : "",
                            figures.loadAverage()));
                }
            }
            return table.toString();
        }
    }

    private Benchmark()
    {
    }

    /**
     * The documents cycled or cut to {@code size} documents (all of them once when size is 0),
     * renamed so that every copy has its own output.
     */
    public static List<SourceDocument> corpus(List<SourceDocument> documents, int size)
    {
        if (size == 0) {
            return documents;
        }
        List<SourceDocument> corpus = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            corpus.add(new Copy(String.format(Locale.ROOT, "bench-%06d", i),
                    documents.get(i % documents.size())));
        }
        return corpus;
    }

    /** A document of the corpus under the id of its copy. */
    private record Copy(String id, SourceDocument source)
        implements SourceDocument
    {
        @Override
        public String origin()
        {
            return source.origin();
        }

        @Override
        public void loadInto(JCas jcas) throws InputException
        {
            source.loadInto(jcas);
        }
    }

    /** The thread counts measured: 1, 2, 4, ... up to and including {@code max}. */
    public static List<Integer> threadCounts(int max)
    {
        List<Integer> counts = new ArrayList<>();
        for (int n = 1; n < max; n *= 2) {
            counts.add(n);
        }
        counts.add(Math.max(1, max));
        return counts;
    }

    public static Result run(Settings settings, List<SourceDocument> corpus, PrintWriter errors)
        throws Exception
    {
        double jvmStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        double loadAtStart = SYSTEM.getSystemLoadAverage();
        ManagementFactory.getThreadMXBean().setThreadContentionMonitoringEnabled(true);
        List<PresetResult> results = new ArrayList<>();
        for (String preset : settings.presets()) {
            for (String output : settings.outputs()) {
                results.add(measure(preset, output, settings, corpus, errors));
            }
        }
        return new Result(corpus.size(), results.get(0).tokens(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), jvmStart,
                settings.passSeconds(), settings.passes(), loadAtStart, results);
    }

    private static PresetResult measure(String preset, String output, Settings settings,
            List<SourceDocument> corpus, PrintWriter errors)
        throws Exception
    {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcMillis = gcMillis();
        RunSummary first = round(preset, output, corpus, 1, errors).summary();
        int warmUps = 0;
        double previous = 0;
        while (warmUps < settings.maxWarmUpPasses()) {
            double rate = pass(preset, output, corpus, 1, settings.passSeconds() / 2, errors)
                    .tokensPerCpuSecond();
            warmUps++;
            if (Math.abs(rate - previous) < STABLE * rate) {
                break;
            }
            previous = rate;
        }
        List<ThreadFigures> figures = new ArrayList<>();
        for (int threads : threadCounts(settings.maxThreads())) {
            List<Pass> passes = new ArrayList<>();
            for (int i = 0; i < settings.passes(); i++) {
                passes.add(pass(preset, output, corpus, threads, settings.passSeconds(), errors));
            }
            figures.add(figures(threads, passes, figures.isEmpty() ? null : figures.get(0)));
        }
        return new PresetResult(preset, output, first.tokens(), first.startupSeconds(), warmUps, peakHeapMb(),
                (gcMillis() - gcMillis) / 1e3, figures);
    }

    private static ThreadFigures figures(int threads, List<Pass> passes, ThreadFigures single)
    {
        Pass median = passes.stream().sorted(Comparator.comparingDouble(Pass::tokensPerSecond))
                .toList().get(passes.size() / 2);
        double tokensPerSecond = median.tokensPerSecond();
        double tokensPerCpuSecond = median.tokensPerCpuSecond();
        double seconds = Math.max(median.seconds(), 1e-9);
        return new ThreadFigures(threads, median.documents() / seconds, tokensPerSecond,
                tokensPerCpuSecond,
                single == null ? 1 : tokensPerSecond / single.tokensPerSecond(),
                single == null ? 1 : tokensPerCpuSecond / single.tokensPerCpuSecond(),
                median.cpuSeconds() / seconds, median.allocatedBytes() / seconds / 1e6,
                median.allocatedBytes() / (double) Math.max(1, median.tokens()),
                100.0 * median.blockedMillis() / (1e3 * seconds * threads),
                median.loadAverage(), passes);
    }

    /** Rounds over the corpus until {@code seconds} are over; at least one. */
    private static Pass pass(String preset, String output, List<SourceDocument> corpus,
            int threads, double seconds, PrintWriter errors)
        throws Exception
    {
        double load = SYSTEM.getSystemLoadAverage();
        int rounds = 0;
        long documents = 0;
        long tokens = 0;
        double wall = 0;
        double cpu = 0;
        long allocated = 0;
        long blocked = 0;
        do {
            Round round = round(preset, output, corpus, threads, errors);
            RunSummary summary = round.summary();
            rounds++;
            documents += summary.documents();
            tokens += summary.tokens();
            wall += round.seconds();
            cpu += round.cpuSeconds();
            allocated += summary.workerAllocatedBytes();
            blocked += summary.workerBlockedMillis();
        }
        while (wall < seconds);
        return new Pass(rounds, documents, tokens, wall, cpu, allocated, blocked,
                (load + SYSTEM.getSystemLoadAverage()) / 2);
    }

    /** One run over the corpus, timed from creating the engines to closing the writers. */
    private record Round(RunSummary summary, double seconds, double cpuSeconds)
    {
    }

    private static Round round(String preset, String output, List<SourceDocument> corpus,
            int threads, PrintWriter errors)
        throws Exception
    {
        Path folder = Files.createTempDirectory("conflictkit-benchmark");
        try {
            List<CasWriter> writers = new ArrayList<>();
            if (!output.equals(ENGINE_ONLY)) {
                writers.add(OutputFormat.of(output).writer(folder));
            }
            BatchRunner runner = new BatchRunner(Pipelines.create(preset), writers, threads,
                    BatchRunner.DEFAULT_MAX_SECONDS, errors);
            PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
            long cpu = SYSTEM.getProcessCpuTime();
            long start = System.nanoTime();
            RunSummary summary = runner.run(corpus, false, n -> new Progress(silent, false, n));
            return new Round(summary, (System.nanoTime() - start) / 1e9,
                    (SYSTEM.getProcessCpuTime() - cpu) / 1e9);
        }
        finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException
    {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long gcMillis()
    {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long peakHeapMb()
    {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
