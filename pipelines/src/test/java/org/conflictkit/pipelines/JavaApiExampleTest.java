package org.conflictkit.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.type.Weapon;
import org.junit.jupiter.api.Test;

/** The Java example of the README, as written there. */
class JavaApiExampleTest
{
    @Test
    void readmeExampleFindsTheJets() throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("Two Su-34 fighter jets were shot down near Kharkiv.");
        jcas.setDocumentLanguage("en");
        SimplePipeline.runPipeline(jcas, Pipelines.create("default"));
        List<String> printed = JCasUtil.select(jcas, Weapon.class).stream()
                .map(weapon -> weapon.getCoveredText() + " " + weapon.getCategory())
                .collect(Collectors.toList());

        assertEquals(List.of("Su-34 fighter jets AIRCRAFT"), printed);
    }
}
