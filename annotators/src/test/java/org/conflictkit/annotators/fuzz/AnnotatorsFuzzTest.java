package org.conflictkit.annotators.fuzz;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.number.NumberNormalizer;
import org.conflictkit.annotators.segment.NewsSegmenter;
import org.conflictkit.annotators.testing.AssertAnnotations;
import org.conflictkit.annotators.testing.FuzzDuration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the segmenter and the number normaliser. Without JAZZER_FUZZ=1 the
 * targets run once on their seeds as regression tests; with it, they fuzz (see README).
 */
class AnnotatorsFuzzTest
{
    private static AnalysisEngine segmenter;

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void segmenterKeepsValidOffsetsOnAnyText(FuzzedDataProvider data) throws Exception
    {
        String text = data.consumeRemainingAsString();
        JCas jcas = segmenter().newJCas();
        jcas.setDocumentText(text);
        segmenter().process(jcas);
        for (Annotation annotation : JCasUtil.select(jcas, Annotation.class)) {
            AssertAnnotations.assertValidSpan(text, annotation);
        }
    }

    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void numberNormaliserReadsWithinTheTokens(FuzzedDataProvider data)
    {
        List<String> tokens = new ArrayList<>();
        int count = data.consumeInt(1, 8);
        for (int i = 0; i < count; i++) {
            String token = data.consumeString(12);
            tokens.add(token.isEmpty() ? "x" : token);
        }
        NumberNormalizer.Number number = NumberNormalizer.parse(tokens, 0);
        if (number != null) {
            assertTrue(number.length() >= 1 && number.length() <= tokens.size(), number.toString());
            assertTrue(number.vague() ? number.value() == -1 : number.value() >= 0,
                    number.toString());
        }
    }

    private static synchronized AnalysisEngine segmenter() throws Exception
    {
        if (segmenter == null) {
            segmenter = createEngine(NewsSegmenter.class);
        }
        return segmenter;
    }
}
