package org.conflictkit.pipelines.io;

import java.util.Locale;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The first step of a batch pipeline: fails a document longer than the limit before any engine
 * spends time and memory on it (one document needs about 100 MB of heap per MB of text).
 */
public final class SizeLimit
    extends JCasAnnotator_ImplBase
{
    /** The default limit: far above any news report, well below what fills a 2 GB heap. */
    public static final int DEFAULT_MAX_CHARS = 5_000_000;

    public static final String PARAM_MAX_CHARS = "maxChars";
    @ConfigurationParameter(name = PARAM_MAX_CHARS)
    private int maxChars;

    public static AnalysisEngineDescription of(int maxChars) throws ResourceInitializationException
    {
        return AnalysisEngineFactory.createEngineDescription(SizeLimit.class, PARAM_MAX_CHARS,
                maxChars);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        int length = jcas.getDocumentText().length();
        if (length > maxChars) {
            throw new AnalysisEngineProcessException(new InputException(String.format(Locale.ROOT,
                    "%,d characters, over the limit of %,d per document (--max-chars)", length,
                    maxChars)));
        }
    }
}
