package org.conflictkit.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.apache.uima.cas.Feature;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.rules.Provenance;
import org.junit.jupiter.api.Test;

/** Every annotation of the default pipeline says in the one grammar which rule made it. */
class ProvenanceGrammarTest
{
    private static final String TEXT = "Drones hit Kharkiv overnight\n\n"
            + "KYIV, March 3 (Reuters) - Russian forces fired 12 Shahed drones and two Iskander "
            + "missiles at Kharkiv overnight, killing three civilians and wounding 14 people in "
            + "the Kharkiv region.\n\n"
            + "\"The city will not bow,\" said Governor Oleh Syniehubov, who added that rescue "
            + "work was still under way in the village of Tsyrkuny. Police said at least two "
            + "people were missing.\n";

    @Test
    void everyProvenanceOfTheDefaultPipelineFollowsTheGrammar() throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(TEXT);
        jcas.setDocumentLanguage("en");
        SimplePipeline.runPipeline(jcas, Pipelines.create(Pipelines.DEFAULT));

        Set<String> engines = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (Annotation annotation : jcas.getAnnotationIndex()) {
            Feature feature = annotation.getType().getFeatureByBaseName("provenance");
            if (feature == null) {
                continue;
            }
            String provenance = annotation.getFeatureValueAsString(feature);
            String where = annotation.getType().getShortName() + " \""
                    + annotation.getCoveredText() + "\": " + provenance;
            assertTrue(provenance != null && Provenance.GRAMMAR.matcher(provenance).matches(),
                    where);
            engines.add(provenance.substring(0, provenance.indexOf('/')));
            types.add(annotation.getType().getShortName());
        }
        assertEquals(Set.of("casualty", "location", "quote", "speaker", "weapon"), engines);
        assertEquals(Set.of("CasualtyCount", "Location", "Quote", "Speaker", "SpeechEvent",
                "Weapon"), types);
    }
}
