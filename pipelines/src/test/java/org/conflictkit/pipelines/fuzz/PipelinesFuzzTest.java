package org.conflictkit.pipelines.fuzz;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.testing.AssertAnnotations;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.eval.EvalAnnotation;
import org.conflictkit.pipelines.eval.GoldDocument;
import org.conflictkit.pipelines.eval.GoldFormatException;
import org.conflictkit.pipelines.eval.GoldMarkup;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the gold markup reader and of every engine of the default pipeline.
 * Without JAZZER_FUZZ=1 the targets run once on their seeds as regression tests.
 */
class PipelinesFuzzTest
{
    private static AnalysisEngine pipeline;

    @FuzzTest(maxDuration = "30s")
    void markupReaderRejectsOrReadsConsistently(FuzzedDataProvider data)
    {
        String marked = data.consumeRemainingAsString();
        GoldDocument document;
        try {
            document = GoldMarkup.parse(marked, "fuzz");
        }
        catch (GoldFormatException e) {
            return;
        }
        for (EvalAnnotation a : document.annotations()) {
            assertTrue(0 <= a.begin() && a.begin() <= a.end() && a.end() <= document.text().length());
            assertEquals(document.text().substring(a.begin(), a.end()), a.text());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void everyEngineKeepsValidOffsetsOnAnyText(FuzzedDataProvider data) throws Exception
    {
        String text = data.consumeRemainingAsString();
        JCas jcas = pipeline().newJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        pipeline().process(jcas);
        for (Annotation annotation : JCasUtil.select(jcas, Annotation.class)) {
            AssertAnnotations.assertValidSpan(text, annotation);
        }
    }

    private static synchronized AnalysisEngine pipeline() throws Exception
    {
        if (pipeline == null) {
            pipeline = createEngine(Pipelines.create(Pipelines.DEFAULT));
        }
        return pipeline;
    }
}
