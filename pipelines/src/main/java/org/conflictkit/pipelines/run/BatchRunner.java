package org.conflictkit.pipelines.run;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.pipelines.io.CasWriter;
import org.conflictkit.pipelines.io.Failures;
import org.conflictkit.pipelines.io.InputException;
import org.conflictkit.pipelines.io.SourceDocument;
import org.conflictkit.type.Layers;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Runs a pipeline over many documents with one engine instance and one CAS per thread (the
 * engines share their lexicons) and hands each annotated document to the writers, which write
 * every document into its own file, so the workers share no lock while they annotate and write:
 * each takes the next document from an atomic counter and gathers its figures on its own, merged
 * into the summary when it ends. A document that fails is
 * reported with its origin and skipped; the others go on. A resumed run skips the documents
 * whose output every writer reports complete.
 * <p>
 * A document whose reading and annotation take longer than the time limit fails alone: a
 * watchdog thread interrupts its worker, the engines stop at their next
 * {@link org.conflictkit.annotators.rules.Interruption#check() check}, and the worker goes on
 * with the next document. The watchdog interrupts only while a document is read or annotated,
 * never while it is written: the writers' files are NIO channels, which an interrupt closes.
 */
public final class BatchRunner
{
    /**
     * The default time limit per document: far above the fraction of a second a news report
     * takes, so that only a document that hangs the engines meets it.
     */
    public static final int DEFAULT_MAX_SECONDS = 60;

    private final AnalysisEngineDescription pipeline;
    private final List<CasWriter> writers;
    private final int threads;
    private final int maxSeconds;
    private final PrintWriter errors;

    /**
     * @param maxSeconds
     *            the time limit per document for reading and annotating it, at least 1.
     */
    public BatchRunner(AnalysisEngineDescription pipeline, List<CasWriter> writers, int threads,
            int maxSeconds, PrintWriter errors)
    {
        this.pipeline = pipeline;
        this.writers = writers;
        this.threads = Math.max(1, threads);
        this.maxSeconds = Math.max(1, maxSeconds);
        this.errors = errors;
    }

    /**
     * Annotates the documents and writes them; the writers are started before and closed after.
     *
     * @param resume
     *            skip documents whose outputs are complete, and keep the outputs of earlier runs.
     * @param progress
     *            makes the progress reporter for the number of documents to annotate.
     */
    public RunSummary run(List<SourceDocument> all, boolean resume, IntFunction<Progress> progress)
        throws ResourceInitializationException, InterruptedException, IOException
    {
        RunSummary summary = new RunSummary();
        for (CasWriter writer : writers) {
            writer.start(all.stream().map(SourceDocument::id).toList(), resume);
        }
        List<SourceDocument> documents = resume ? all.stream()
                .filter(d -> !writers.stream().allMatch(w -> w.isComplete(d.id()))).toList()
                : all;
        summary.setSkipped(all.size() - documents.size());
        if (!documents.isEmpty()) {
            annotate(documents, summary, progress.apply(documents.size()));
        }
        for (CasWriter writer : writers) {
            try {
                writer.close();
            }
            catch (IOException e) {
                fail(summary, Failures.describe(e));
            }
        }
        return summary;
    }

    private void annotate(List<SourceDocument> documents, RunSummary summary, Progress progress)
        throws ResourceInitializationException, InterruptedException
    {
        long start = System.nanoTime();
        int workers = Math.min(threads, documents.size());
        List<AnalysisEngine> engines = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            engines.add(createEngine(pipeline));
        }
        long started = System.nanoTime();
        summary.setStartupSeconds((started - start) / 1e9);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Watch> watches = new CopyOnWriteArrayList<>();
        ScheduledExecutorService watchdog = startWatchdog(watches);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (AnalysisEngine engine : engines) {
                running.add(pool.submit(() -> {
                    WorkerUsage usage = WorkerUsage.start();
                    RunSummary own = new RunSummary();
                    JCas jcas = engine.newJCas();
                    Watch watch = new Watch(Thread.currentThread());
                    watches.add(watch);
                    // A worker interrupted by anything but its watch stops: the pool is shut down.
                    for (int i = next.getAndIncrement(); i < documents.size()
                            && !Thread.currentThread().isInterrupted();
                            i = next.getAndIncrement()) {
                        process(engine, jcas, documents.get(i), own, watch);
                        progress.documentDone();
                    }
                    summary.merge(own);
                    usage.addTo(summary);
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        }
        catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A worker failed: " + e.getCause(), e.getCause());
        }
        finally {
            watchdog.shutdownNow();
            pool.shutdownNow();
            engines.forEach(AnalysisEngine::destroy);
        }
        progress.finish();
        summary.setSeconds((System.nanoTime() - started) / 1e9);
    }

    /** A thread that checks the workers' documents against the time limit, ten times per limit. */
    private ScheduledExecutorService startWatchdog(List<Watch> watches)
    {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "conflictkit-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long limit = TimeUnit.SECONDS.toNanos(maxSeconds);
        long period = Math.min(1000, maxSeconds * 100L);
        watchdog.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            watches.forEach(w -> w.interruptIfOver(now, limit));
        }, period, period, TimeUnit.MILLISECONDS);
        return watchdog;
    }

    private void process(AnalysisEngine engine, JCas jcas, SourceDocument document,
            RunSummary summary, Watch watch)
    {
        jcas.reset();
        String failure = null;
        watch.begin();
        try {
            document.loadInto(jcas);
            engine.process(jcas);
        }
        catch (InputException e) {
            failure = e.getMessage();
        }
        catch (Exception | StackOverflowError | OutOfMemoryError e) {
            failure = Failures.describe(e);
        }
        if (watch.end()) {
            failure = String.format(Locale.ROOT, "annotation took longer than the limit of %,d s "
                    + "per document (--max-seconds)", maxSeconds);
        }
        if (failure == null) {
            try {
                for (CasWriter writer : writers) {
                    writer.write(jcas, document.id());
                }
                summary.addDocument(jcas.getAnnotationIndex(Token.class).size(),
                        countOurTypes(jcas));
                return;
            }
            catch (Exception | StackOverflowError | OutOfMemoryError e) {
                failure = Failures.describe(e);
            }
        }
        fail(summary, document.origin() + ": " + failure);
    }

    private void fail(RunSummary summary, String message)
    {
        summary.addFailure(message);
        synchronized (errors) {
            errors.println("error: " + message);
        }
    }

    /**
     * The document one worker is reading or annotating, for the watchdog. The watchdog interrupts
     * the worker under this object's lock and only while that document is under way; the worker
     * ends the document under the same lock and clears the interrupt then, so an interrupt never
     * reaches the writers or the worker's next document.
     */
    private static final class Watch
    {
        private final Thread worker;
        private long started;
        private boolean underWay;
        private boolean interrupted;

        Watch(Thread worker)
        {
            this.worker = worker;
        }

        synchronized void begin()
        {
            started = System.nanoTime();
            underWay = true;
            interrupted = false;
        }

        synchronized void interruptIfOver(long now, long limit)
        {
            if (underWay && !interrupted && now - started > limit) {
                interrupted = true;
                worker.interrupt();
            }
        }

        /** Ends the document; true when it went over the limit, whose interrupt is then cleared. */
        synchronized boolean end()
        {
            underWay = false;
            if (interrupted) {
                Thread.interrupted();
            }
            return interrupted;
        }
    }

    /** Annotations per ConflictKit layer, by short type name. */
    public static Map<String, Integer> countOurTypes(JCas jcas)
    {
        Map<String, Integer> counts = new HashMap<>();
        for (Annotation annotation : jcas.getAnnotationIndex()) {
            String name = annotation.getType().getName();
            if (Layers.isLayer(name)) {
                counts.merge(annotation.getType().getShortName(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
