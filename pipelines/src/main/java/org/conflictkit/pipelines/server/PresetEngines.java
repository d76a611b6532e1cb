package org.conflictkit.pipelines.server;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.pipelines.Pipelines;

/** Where the recommender finds the engines of a pipeline preset. */
public interface PresetEngines
{
    /** Whether this build has the preset. */
    boolean has(String preset);

    /** The engines of a preset, to run on a CAS that already has tokens and sentences. */
    List<AnalysisEngineDescription> engines(String preset) throws ResourceInitializationException;

    /** The segmenter to run when a document comes without tokens. */
    AnalysisEngineDescription segmenter() throws ResourceInitializationException;

    /** The presets of {@link Pipelines}. */
    static PresetEngines pipelines()
    {
        return new PresetEngines()
        {
            @Override
            public boolean has(String preset)
            {
                return Pipelines.names().contains(preset);
            }

            @Override
            public List<AnalysisEngineDescription> engines(String preset)
                throws ResourceInitializationException
            {
                return Pipelines.engines(preset);
            }

            @Override
            public AnalysisEngineDescription segmenter() throws ResourceInitializationException
            {
                return Pipelines.segmenter();
            }
        };
    }
}
