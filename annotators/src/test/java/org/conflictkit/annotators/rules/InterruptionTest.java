package org.conflictkit.annotators.rules;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.casualty.CasualtyAnnotator;
import org.conflictkit.annotators.linguistic.OpenNlpTagger;
import org.conflictkit.annotators.location.LocationAnnotator;
import org.conflictkit.annotators.quote.QuoteAnnotator;
import org.conflictkit.annotators.quote.SpeakerAnnotator;
import org.conflictkit.annotators.segment.NewsSegmenter;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.annotators.weapon.WeaponAnnotator;
import org.junit.jupiter.api.Test;

/** Every engine stops on an interrupted thread, through the one shared check. */
class InterruptionTest
{
    private static final String TEXT = "\"Two civilians were killed,\" said Governor Anna Koval. "
            + "Forces fired 12 Shahed drones at Dnipro overnight.\n";

    @Test
    void theCheckThrowsOnlyOnAnInterruptedThreadAndLeavesTheInterruptSet() throws Exception
    {
        Interruption.check();

        Thread.currentThread().interrupt();
        try {
            AnalysisEngineProcessException e = assertThrows(AnalysisEngineProcessException.class,
                    Interruption::check);
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertEquals("annotation interrupted", e.getCause().getMessage());
            assertTrue(Thread.currentThread().isInterrupted());
        }
        finally {
            Thread.interrupted();
        }
    }

    @Test
    void everyEngineStopsWithTheCheckWhenItsThreadIsInterrupted() throws Exception
    {
        for (Class<? extends AnalysisComponent> engineClass : List.of(NewsSegmenter.class,
                WeaponAnnotator.class, CasualtyAnnotator.class, LocationAnnotator.class,
                QuoteAnnotator.class, SpeakerAnnotator.class, OpenNlpTagger.class)) {
            AnalysisEngine engine = createEngine(engineClass);
            JCas jcas = engineClass == NewsSegmenter.class ? unsegmented()
                    : engineClass == SpeakerAnnotator.class ? withQuotes() : TestRunner.run(TEXT);

            Thread.currentThread().interrupt();
            try {
                AnalysisEngineProcessException e = assertThrows(
                        AnalysisEngineProcessException.class, () -> engine.process(jcas),
                        engineClass.getSimpleName());
                assertTrue(causedByInterruption(e), engineClass.getSimpleName() + ": " + e);
            }
            finally {
                Thread.interrupted();
                engine.destroy();
            }
        }
    }

    /** The speaker engine's input: the quotes and speech events of the quote engine. */
    private static JCas withQuotes() throws Exception
    {
        return TestRunner.run(TEXT, createEngineDescription(QuoteAnnotator.class));
    }

    private static JCas unsegmented() throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(TEXT);
        jcas.setDocumentLanguage("en");
        return jcas;
    }

    private static boolean causedByInterruption(Throwable e)
    {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return "annotation interrupted".equals(cause.getMessage());
            }
        }
        return false;
    }
}
