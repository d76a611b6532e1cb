package org.conflictkit.pipelines.run;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.io.SourceDocument;
import org.conflictkit.pipelines.io.StringDocument;

/**
 * Measures pipeline presets on a corpus in memory: start-up (creating the first engine, with its
 * lexicons), documents and tokens per second with 1 to N threads after a warm-up pass over the
 * whole corpus with one thread (so that the JIT compiler has done its work before the measured
 * passes), and the peak heap. No output is written, so the figures are those of annotation alone. Lexicons are
 * loaded once per JVM: a preset measured after another that shares its lexicons starts faster
 * than it would alone.
 */
public final class Benchmark
{
    /** One measured pass of a preset over the corpus. */
    public record Pass(int threads, double seconds, double documentsPerSecond,
            double tokensPerSecond, double speedup)
    {
    }

    /** The measurements of one preset. */
    public record PresetResult(String preset, double startupSeconds, long peakHeapMb,
            List<Pass> passes)
    {
    }

    /** The measurements of every preset on the same corpus. */
    public record Result(int documents, long tokens, int cores, long maxHeapMb, String java,
            List<PresetResult> presets)
    {
        /** The figures as a table, one line per preset and thread count. */
        public String render()
        {
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                    "%d documents, %d tokens; %d cores, max heap %d MB, Java %s%n%n", documents,
                    tokens, cores, maxHeapMb, java));
            table.append(String.format(Locale.ROOT, "%-12s %7s %10s %9s %10s %8s %12s%n",
                    "preset", "threads", "start-up s", "docs/s", "tokens/s", "speed-up",
                    "peak heap MB"));
            for (PresetResult preset : presets) {
                for (Pass pass : preset.passes()) {
                    boolean first = pass == preset.passes().get(0);
                    table.append(String.format(Locale.ROOT, "%-12s %7d %10s %9.1f %10.0f %8.2f %12s%n",
                            preset.preset(), pass.threads(),
                            first ? String.format(Locale.ROOT, "%.2f", preset.startupSeconds()) : "",
                            pass.documentsPerSecond(), pass.tokensPerSecond(), pass.speedup(),
                            first ? String.valueOf(preset.peakHeapMb()) : ""));
                }
            }
            return table.toString();
        }
    }

    private Benchmark()
    {
    }

    /** A corpus of {@code size} documents cycling through the given texts. */
    public static List<SourceDocument> corpus(List<String> texts, int size)
    {
        List<SourceDocument> corpus = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            corpus.add(new StringDocument(String.format(Locale.ROOT, "bench-%06d", i),
                    "benchmark document " + i, texts.get(i % texts.size())));
        }
        return corpus;
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

    public static Result run(List<String> presets, List<SourceDocument> corpus, int maxThreads,
            PrintWriter errors)
        throws Exception
    {
        List<PresetResult> results = new ArrayList<>();
        long tokens = 0;
        for (String preset : presets) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            RunSummary warmUp = pass(preset, corpus, 1, errors);
            List<Pass> passes = new ArrayList<>();
            double single = 0;
            for (int threads : threadCounts(maxThreads)) {
                RunSummary summary = pass(preset, corpus, threads, errors);
                tokens = summary.tokens();
                double seconds = Math.max(summary.seconds(), 1e-9);
                double documentsPerSecond = summary.documents() / seconds;
                if (threads == 1) {
                    single = documentsPerSecond;
                }
                passes.add(new Pass(threads, summary.seconds(), documentsPerSecond,
                        summary.tokens() / seconds, documentsPerSecond / single));
            }
            results.add(new PresetResult(preset, warmUp.startupSeconds(), peakHeapMb(), passes));
        }
        return new Result(corpus.size(), tokens, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
                results);
    }

    private static RunSummary pass(String preset, List<SourceDocument> documents, int threads,
            PrintWriter errors)
        throws Exception
    {
        BatchRunner runner = new BatchRunner(Pipelines.create(preset), List.of(), threads, errors);
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        return runner.run(documents, false, n -> new Progress(silent, false, n));
    }

    private static long peakHeapMb()
    {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
