package org.conflictkit.annotators.linguistic;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class OpenNlpTaggerTest
{
    @Test
    void tagsAndLemmatizesWithTheUniversalDependenciesModels() throws Exception
    {
        JCas jcas = TestRunner.run("Two drones struck the bridges near the city and were destroyed.",
                createEngineDescription(OpenNlpTagger.class));
        List<Token> tokens = jcas.select(Token.class).asList();
        assertEquals(List.of("NUM", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "CCONJ",
                "AUX", "VERB", "PUNCT"), tokens.stream().map(Token::getPosValue).toList());
        assertEquals(List.of("two", "drone", "strike", "the", "bridge", "near", "the", "city", "and",
                "be", "destroy", "."), tokens.stream().map(Token::getLemmaValue).toList());
    }
}
