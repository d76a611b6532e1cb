package org.conflictkit.annotators.fuzz;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.number.NumberNormalizer;
import org.conflictkit.annotators.segment.NewsSegmenter;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the segmenter and the number normaliser. Without JAZZER_FUZZ=1 the
 * targets run once on their seeds as regression tests; with it, they fuzz (see README).
 */
class AnnotatorsFuzzTest
{
    private static AnalysisEngine segmenter;

    @FuzzTest(maxDuration = "30s")
    void segmenterKeepsValidOffsetsOnAnyText(FuzzedDataProvider data) throws Exception
    {
        String text = data.consumeRemainingAsString();
        JCas jcas = segmenter().newJCas();
        jcas.setDocumentText(text);
        segmenter().process(jcas);
        for (Annotation annotation : JCasUtil.select(jcas, Annotation.class)) {
            assertValidSpan(text, annotation);
        }
    }

    @FuzzTest(maxDuration = "30s")
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

    /** Offsets within the text, not empty, not splitting a surrogate pair. */
    public static void assertValidSpan(String text, Annotation annotation)
    {
        int begin = annotation.getBegin();
        int end = annotation.getEnd();
        assertTrue(0 <= begin && begin <= end && end <= text.length(), annotation.toString());
        assertEquals(text.substring(begin, end), annotation.getCoveredText());
        if (annotation.getType().getShortName().equals("DocumentAnnotation")) {
            return;
        }
        assertTrue(begin < end, "empty " + annotation.getType().getShortName() + " at " + begin);
        assertTrue(begin == 0 || !Character.isLowSurrogate(text.charAt(begin)),
                "span starts inside a surrogate pair at " + begin);
        assertTrue(end == text.length() || !Character.isLowSurrogate(text.charAt(end)),
                "span ends inside a surrogate pair at " + end);
    }

    private static synchronized AnalysisEngine segmenter() throws Exception
    {
        if (segmenter == null) {
            segmenter = createEngine(NewsSegmenter.class);
        }
        return segmenter;
    }
}
