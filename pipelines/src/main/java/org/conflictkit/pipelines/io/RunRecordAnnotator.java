package org.conflictkit.pipelines.io;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** The last step of a batch pipeline: writes the {@link RunRecord} of the run into each CAS. */
public final class RunRecordAnnotator
    extends JCasAnnotator_ImplBase
{
    public static final String PARAM_PIPELINE = "pipeline";
    @ConfigurationParameter(name = PARAM_PIPELINE)
    private String pipeline;

    public static final String PARAM_VERSION = "version";
    @ConfigurationParameter(name = PARAM_VERSION)
    private String version;

    public static final String PARAM_FORMATS = "formats";
    @ConfigurationParameter(name = PARAM_FORMATS)
    private String[] formats;

    public static AnalysisEngineDescription of(RunRecord record)
        throws ResourceInitializationException
    {
        return AnalysisEngineFactory.createEngineDescription(RunRecordAnnotator.class,
                PARAM_PIPELINE, record.pipeline(), PARAM_VERSION, record.version(), PARAM_FORMATS,
                record.formats().toArray(String[]::new));
    }

    @Override
    public void process(JCas jcas)
    {
        new RunRecord(pipeline, version, List.of(formats)).addTo(jcas);
    }
}
