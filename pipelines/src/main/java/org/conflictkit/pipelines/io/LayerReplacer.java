package org.conflictkit.pipelines.io;

import java.util.Collection;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The first step of a batch pipeline: removes the annotations of the types the pipeline's engines
 * make (subtypes included), so that an XMI input annotated again gets those layers new and keeps
 * every other layer, ConflictKit's included. A text input has nothing to remove.
 */
public final class LayerReplacer
    extends JCasAnnotator_ImplBase
{
    public static final String PARAM_TYPES = "types";
    @ConfigurationParameter(name = PARAM_TYPES)
    private String[] types;

    public static AnalysisEngineDescription of(Collection<String> typeNames)
        throws ResourceInitializationException
    {
        return AnalysisEngineFactory.createEngineDescription(LayerReplacer.class, PARAM_TYPES,
                typeNames.toArray(String[]::new));
    }

    @Override
    public void process(JCas jcas)
    {
        for (String typeName : types) {
            Type type = jcas.getTypeSystem().getType(typeName);
            if (type != null) {
                jcas.getCas().getIndexRepository().removeAllIncludingSubtypes(type);
            }
        }
    }
}
