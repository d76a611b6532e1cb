package org.conflictkit.pipelines.eval;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.util.List;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.jcas.JCas;
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
        AnalysisEngine engine = createEngine(pipeline);
        try {
            JCas jcas = engine.newJCas();
            Scorer scorer = new Scorer();
            for (GoldDocument document : gold) {
                jcas.reset();
                Documents.initialise(jcas, document.id(), document.id(), document.text());
                engine.process(jcas);
                scorer.add(document.id(), document.annotations(), CasAnnotations.of(jcas.getCas()));
            }
            return scorer;
        }
        finally {
            engine.destroy();
        }
    }
}
