package org.conflictkit.pipelines.run;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * Runs a pipeline over many documents with one engine instance and one CAS per thread (the
 * engines share their lexicons) and hands each annotated document to the writers, which write
 * every document into its own file, so the workers share no lock while they annotate and write:
 * each takes the next document from an atomic counter and gathers its figures on its own, merged
 * into the summary when it ends. A document that fails is
 * reported with its origin and skipped; the others go on. A resumed run skips the documents
 * whose output every writer reports complete.
 */
public final class BatchRunner
{
    private static final String TYPE_PACKAGE = "org.conflictkit.type.";

    private final AnalysisEngineDescription pipeline;
    private final List<CasWriter> writers;
    private final int threads;
    private final PrintWriter errors;

    public BatchRunner(AnalysisEngineDescription pipeline, List<CasWriter> writers, int threads,
            PrintWriter errors)
    {
        this.pipeline = pipeline;
        this.writers = writers;
        this.threads = Math.max(1, threads);
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
        try {
            List<Future<?>> running = new ArrayList<>();
            for (AnalysisEngine engine : engines) {
                running.add(pool.submit(() -> {
                    WorkerUsage usage = WorkerUsage.start();
                    RunSummary own = new RunSummary();
                    JCas jcas = engine.newJCas();
                    for (int i = next.getAndIncrement(); i < documents.size(); i = next
                            .getAndIncrement()) {
                        process(engine, jcas, documents.get(i), own);
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
            pool.shutdownNow();
            engines.forEach(AnalysisEngine::destroy);
        }
        progress.finish();
        summary.setSeconds((System.nanoTime() - started) / 1e9);
    }

    private void process(AnalysisEngine engine, JCas jcas, SourceDocument document,
            RunSummary summary)
    {
        jcas.reset();
        try {
            document.loadInto(jcas);
            engine.process(jcas);
            for (CasWriter writer : writers) {
                writer.write(jcas, document.id());
            }
            summary.addDocument(jcas.getAnnotationIndex(Token.class).size(), countOurTypes(jcas));
        }
        catch (InputException e) {
            fail(summary, document.origin() + ": " + e.getMessage());
        }
        catch (Exception | StackOverflowError | OutOfMemoryError e) {
            fail(summary, document.origin() + ": " + Failures.describe(e));
        }
    }

    private void fail(RunSummary summary, String message)
    {
        summary.addFailure(message);
        synchronized (errors) {
            errors.println("error: " + message);
        }
    }

    /** Annotations per ConflictKit type, by short type name. */
    public static Map<String, Integer> countOurTypes(JCas jcas)
    {
        Map<String, Integer> counts = new HashMap<>();
        for (Annotation annotation : jcas.getAnnotationIndex()) {
            String name = annotation.getType().getName();
            if (name.startsWith(TYPE_PACKAGE)) {
                counts.merge(annotation.getType().getShortName(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
