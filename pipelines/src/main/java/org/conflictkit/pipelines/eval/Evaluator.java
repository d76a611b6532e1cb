package org.conflictkit.pipelines.eval;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.util.List;
import java.util.function.BiConsumer;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.jcas.JCas;
import org.apache.uima.UIMAException;
import org.conflictkit.pipelines.io.Documents;

/** Runs a pipeline on the text of gold documents and scores what it finds. */
public final class Evaluator
{
    private Evaluator()
    {
    }

    public static Scorer evaluate(List<GoldDocument> gold, AnalysisEngineDescription pipeline)
        throws UIMAException
    {
        Scorer scorer = new Scorer();
        run(gold, pipeline, (document, predicted) -> scorer.add(document.id(),
                document.annotations(), predicted));
        return scorer;
    }

    /** Runs a pipeline on each gold document's text and hands over what it found. */
    public static void run(List<GoldDocument> gold, AnalysisEngineDescription pipeline,
            BiConsumer<GoldDocument, List<EvalAnnotation>> found)
        throws UIMAException
    {
        AnalysisEngine engine = createEngine(pipeline);
        try {
            JCas jcas = engine.newJCas();
            for (GoldDocument document : gold) {
                jcas.reset();
                Documents.initialise(jcas, document.id(), document.id(), document.text());
                engine.process(jcas);
                found.accept(document, CasAnnotations.of(jcas.getCas()));
            }
        }
        finally {
            engine.destroy();
        }
    }
}
