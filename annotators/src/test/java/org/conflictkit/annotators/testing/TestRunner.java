package org.conflictkit.annotators.testing;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.segment.NewsSegmenter;

/**
 * Runs engines on a short text after ConflictKit's segmenter, the way the pipelines do, and
 * returns the CAS for assertions.
 */
public final class TestRunner
{
    private TestRunner()
    {
    }

    public static JCas run(String text, AnalysisEngineDescription... engines) throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("en");
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(createEngineDescription(NewsSegmenter.class));
        for (AnalysisEngineDescription engine : engines) {
            builder.add(engine);
        }
        SimplePipeline.runPipeline(jcas, builder.createAggregateDescription());
        return jcas;
    }
}
