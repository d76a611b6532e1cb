package org.conflictkit.pipelines.stress;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.jcas.JCas;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.conflictkit.pipelines.cli.PipelineOption;
import org.conflictkit.pipelines.io.TextFileDocument;
import org.conflictkit.pipelines.stress.HostileInputs.HostileInput;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conflictkit stress}: runs a pipeline on every generated hostile input at two sizes and
 * fails when the time grows faster than the size (a quadratic loop or a backtracking regular
 * expression), then measures the peak heap of {@code annotate} on one large document and on many
 * small ones. Speed is measured here, never asserted by timed unit tests. Times are the CPU time
 * of the annotating thread, the fastest of a few runs, so that a busy machine does not fake a
 * super-linear ratio.
 */
@Command(name = "stress", hidden = true, mixinStandardHelpOptions = true,
        description = "Checks that time grows linearly on hostile inputs and measures peak heap.")
public final class StressCommand
    implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private PipelineOption pipeline;

    @Option(names = "--scale", paramLabel = "X", defaultValue = "1",
            description = "Multiplies every input's base size (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--factor", paramLabel = "N", defaultValue = "4",
            description = "The larger size is N times the base size (default: ${DEFAULT-VALUE}).")
    private int factor;

    @Option(names = "--tolerance", paramLabel = "X", defaultValue = "2.5",
            description = "Fail when the time ratio exceeds the size ratio times X (default: ${DEFAULT-VALUE}).")
    private double tolerance;

    @Option(names = "--floor", paramLabel = "SECONDS", defaultValue = "0.1",
            description = "Ratios of runs taking less CPU time are too noisy to judge (default: ${DEFAULT-VALUE}).")
    private double floorSeconds;

    @Option(names = "--only", split = ",", paramLabel = "INPUT",
            description = "Only these hostile inputs.")
    private List<String> only;

    @Option(names = "--large-mb", paramLabel = "MB", defaultValue = "20",
            description = "Size of the large document annotated for the heap figure; 0 skips (default: ${DEFAULT-VALUE}).")
    private int largeMb;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "10000",
            description = "Number of small documents annotated for the heap figure; 0 skips (default: ${DEFAULT-VALUE}).")
    private int documents;

    @Override
    public Integer call() throws Exception
    {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "pipeline %s; max heap %d MB; %d cores; Java %s%n%n",
                pipeline.name(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        AnalysisEngine engine = createEngine(Pipelines.create(pipeline.name()));
        JCas jcas = engine.newJCas();
        for (int i = 0; i < 3; i++) {
            run(engine, jcas, HostileInputs.news(300_000, i)); // JIT warm-up
        }

        out.printf(Locale.ROOT, "%-26s %12s %8s %8s %7s %7s %10s%n", "input", "characters",
                "wall s", "CPU s", "ratio", "limit", "peak heap");
        int superLinear = 0;
        for (HostileInput input : HostileInputs.all()) {
            if (!input.scales() || (only != null && !only.contains(input.name()))) {
                continue;
            }
            int base = (int) Math.max(1, input.testScale() * scale);
            Run small = measure(engine, jcas, input, base);
            Run large = measure(engine, jcas, input, base * factor);
            double sizeRatio = (double) large.characters / small.characters;
            double timeRatio = large.seconds / Math.max(small.seconds, 1e-3);
            double limit = sizeRatio * tolerance;
            boolean judged = large.seconds >= floorSeconds;
            boolean bad = judged && timeRatio > limit;
            superLinear += bad ? 1 : 0;
            out.printf(Locale.ROOT, "%-26s %12d %8.3f %8.3f %7s %7s %7d MB%n", input.name(),
                    small.characters, small.wallSeconds, small.seconds, "", "", small.peakHeapMb);
            out.printf(Locale.ROOT, "%-26s %12d %8.3f %8.3f %7s %7.1f %7d MB%s%n", "",
                    large.characters, large.wallSeconds, large.seconds,
                    judged ? String.format(Locale.ROOT, "%.1f", timeRatio) : "(fast)", limit,
                    large.peakHeapMb, bad ? "  SUPER-LINEAR" : "");
            out.flush();
        }
        engine.destroy();

        boolean annotateFailed = false;
        if (largeMb > 0 || documents > 0) {
            out.printf(Locale.ROOT, "%n%-40s %9s %10s%n", "annotate (xmi,json)", "seconds",
                    "peak heap");
        }
        if (largeMb > 0) {
            annotateFailed |= !annotate(out, "1 document of " + largeMb + " MB", 1,
                    largeMb * 1024 * 1024);
        }
        if (documents > 0) {
            annotateFailed |= !annotate(out, documents + " documents of 2 KB", documents, 2048);
        }
        if (superLinear > 0) {
            spec.commandLine().getErr().println(superLinear
                    + " input(s) took super-linear time; see SUPER-LINEAR above");
        }
        return superLinear > 0 || annotateFailed ? ConflictKitCommand.EXIT_FAILURES : 0;
    }

    /** A measurement: CPU seconds of the fastest run, wall seconds of that run, peak heap. */
    private record Run(int characters, double seconds, double wallSeconds, long peakHeapMb)
    {
    }

    /**
     * The fastest of up to three runs on the input at a scale (fewer when runs are slow): a
     * single run of a large text can be several times slower than the next, as the JIT and the
     * heap settle, which says nothing about the algorithm.
     */
    private static Run measure(AnalysisEngine engine, JCas jcas, HostileInput input, int scale)
        throws Exception
    {
        String text = TextFileDocument.decodeUtf8(input.bytes(scale));
        Run best = null;
        double spent = 0;
        resetPeakHeap();
        for (int i = 0; i < 3 && spent < 6; i++) {
            Run run = run(engine, jcas, text);
            best = best == null || run.seconds < best.seconds ? run : best;
            spent += run.wallSeconds;
        }
        return new Run(best.characters, best.seconds, best.wallSeconds, peakHeapMb());
    }

    /** The CPU seconds the pipeline takes on the text in this thread, and the wall seconds. */
    private static Run run(AnalysisEngine engine, JCas jcas, String text) throws Exception
    {
        jcas.reset();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        engine.process(jcas);
        return new Run(text.length(), (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                (System.nanoTime() - wall) / 1e9, 0);
    }

    /** Runs {@code conflictkit annotate} in this JVM on generated news documents. */
    private boolean annotate(PrintWriter out, String label, int count, int bytesEach)
        throws IOException
    {
        Path dir = Files.createTempDirectory("conflictkit-stress");
        try {
            Path input = Files.createDirectories(dir.resolve("in"));
            for (int i = 0; i < count; i++) {
                Files.writeString(input.resolve(String.format(Locale.ROOT, "doc-%05d.txt", i)),
                        HostileInputs.news(bytesEach, i));
            }
            StringWriter log = new StringWriter();
            CommandLine annotate = ConflictKitCommand.commandLine();
            annotate.setOut(new PrintWriter(log, true));
            annotate.setErr(new PrintWriter(log, true));
            resetPeakHeap();
            long start = System.nanoTime();
            int exit = annotate.execute("annotate", "--input", input.toString(), "--output",
                    dir.resolve("out").toString(), "--format", "xmi,json");
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%-40s %9.1f %7d MB%s%n", label, seconds, peakHeapMb(),
                    exit == 0 ? "" : "  FAILED (exit " + exit + "): " + log.toString().strip());
            out.flush();
            return exit == 0;
        }
        finally {
            deleteTree(dir);
        }
    }

    private static void resetPeakHeap()
    {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the true peak). */
    private static long peakHeapMb()
    {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static void deleteTree(Path dir) throws IOException
    {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
