package org.conflictkit.pipelines.eval;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.jcas.JCas;
import org.conflictkit.pipelines.io.Documents;
import org.conflictkit.pipelines.run.Progress;

/**
 * Runs a pipeline on the text of gold documents, one engine instance per thread, and scores what
 * it finds in document order. A document the pipeline fails on is reported and left out.
 */
public final class Evaluator
{
    private Evaluator()
    {
    }

    /**
     * @param failures
     *            receives a line per document the pipeline failed on, naming it
     */
    public static Scorer evaluate(List<GoldDocument> gold, GoldScope scope,
            AnalysisEngineDescription pipeline, int threads, IntFunction<Progress> progress,
            List<String> failures)
        throws UIMAException, InterruptedException
    {
        List<List<EvalAnnotation>> predictions = predict(gold, pipeline, threads, progress,
                failures);
        Scorer scorer = new Scorer(scope);
        for (int i = 0; i < gold.size(); i++) {
            GoldDocument document = gold.get(i);
            if (predictions.get(i) != null) {
                scorer.add(document.id(), document.text(), document.annotations(),
                        predictions.get(i));
            }
        }
        return scorer;
    }

    /**
     * The pipeline's annotations of each gold document's text, in order; null for a document the
     * pipeline failed on, which gets a line in {@code failures}.
     */
    public static List<List<EvalAnnotation>> predict(List<GoldDocument> gold,
            AnalysisEngineDescription pipeline, int threads, IntFunction<Progress> progress,
            List<String> failures)
        throws UIMAException, InterruptedException
    {
        int workers = Math.max(1, Math.min(threads, gold.size()));
        List<AnalysisEngine> engines = new ArrayList<>();
        List<List<EvalAnnotation>> predictions = new ArrayList<>();
        gold.forEach(d -> predictions.add(null));
        String[] errors = new String[gold.size()];
        Progress reporter = progress.apply(gold.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            for (int i = 0; i < workers; i++) {
                engines.add(createEngine(pipeline));
            }
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (AnalysisEngine engine : engines) {
                running.add(pool.submit(() -> {
                    JCas jcas = engine.newJCas();
                    for (int i = next.getAndIncrement(); i < gold.size(); i = next
                            .getAndIncrement()) {
                        GoldDocument document = gold.get(i);
                        jcas.reset();
                        try {
                            Documents.initialise(jcas, document.id(), document.id(),
                                    document.text());
                            engine.process(jcas);
                            predictions.set(i, CasAnnotations.of(jcas.getCas()));
                        }
                        catch (Exception | StackOverflowError e) {
                            errors[i] = document.id() + ": the pipeline failed (" + e + ")";
                        }
                        reporter.documentDone();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("An evaluation worker failed: " + e.getCause(),
                    e.getCause());
        }
        finally {
            pool.shutdownNow();
            engines.forEach(AnalysisEngine::destroy);
        }
        reporter.finish();
        for (String error : errors) {
            if (error != null) {
                failures.add(error);
            }
        }
        return predictions;
    }
}
