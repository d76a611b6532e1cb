package org.conflictkit.pipelines.fuzz;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.testing.AssertAnnotations;
import org.conflictkit.annotators.testing.FuzzDuration;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.pipelines.eval.EvalAnnotation;
import org.conflictkit.pipelines.eval.GoldDocument;
import org.conflictkit.pipelines.eval.GoldFormatException;
import org.conflictkit.pipelines.eval.GoldMarkup;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the gold markup reader, of the default pipeline and of each engine
 * preset alone. Without JAZZER_FUZZ=1 the targets run once on their seeds as regression tests.
 */
class PipelinesFuzzTest
{
    private static final Map<String, AnalysisEngine> pipelines = new HashMap<>();

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
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

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void everyEngineKeepsValidOffsetsOnAnyText(FuzzedDataProvider data) throws Exception
    {
        presetKeepsValidOffsets(Pipelines.DEFAULT, data);
    }

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void weaponEngineKeepsValidOffsetsOnAnyText(FuzzedDataProvider data) throws Exception
    {
        presetKeepsValidOffsets("weapons", data);
    }

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void casualtyEngineKeepsValidOffsetsOnAnyText(FuzzedDataProvider data) throws Exception
    {
        presetKeepsValidOffsets("casualties", data);
    }

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void locationEngineKeepsValidOffsetsOnAnyText(FuzzedDataProvider data) throws Exception
    {
        presetKeepsValidOffsets("locations", data);
    }

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void quoteEnginesKeepValidOffsetsOnAnyText(FuzzedDataProvider data) throws Exception
    {
        presetKeepsValidOffsets("quotes", data);
    }

    /** Each engine alone, so that a finding names the engine and other engines cannot mask it. */
    private static void presetKeepsValidOffsets(String preset, FuzzedDataProvider data)
        throws Exception
    {
        String text = data.consumeRemainingAsString();
        AnalysisEngine engine = pipeline(preset);
        JCas jcas = engine.newJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        engine.process(jcas);
        for (Annotation annotation : JCasUtil.select(jcas, Annotation.class)) {
            AssertAnnotations.assertValidSpan(text, annotation);
        }
    }

    private static synchronized AnalysisEngine pipeline(String preset) throws Exception
    {
        AnalysisEngine engine = pipelines.get(preset);
        if (engine == null) {
            engine = createEngine(Pipelines.create(preset));
            pipelines.put(preset, engine);
        }
        return engine;
    }
}
