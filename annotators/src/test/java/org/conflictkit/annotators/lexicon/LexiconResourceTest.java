package org.conflictkit.annotators.lexicon;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.casualty.CasualtyAnnotator;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.annotators.weapon.WeaponAnnotator;
import org.conflictkit.type.CasualtyCount;
import org.conflictkit.type.Weapon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconResourceTest
{
    private static final String TEXT = "Rebels fired two Zorblax at the base, then drones.";

    @TempDir
    Path dir;

    /** A user's own weapon lexicon: one list with one made-up model. */
    private Path ownLexicon() throws Exception
    {
        Files.writeString(dir.resolve("lists.def"), "# my lexicon\nmine.lst : MODEL\n");
        Files.writeString(dir.resolve("mine.lst"),
                "# made-up weapons\nZorblax ; DRONE ; Zorblax-9 # invented for this test\n");
        return dir.resolve("lists.def");
    }

    private static List<String> weapons(JCas jcas)
    {
        return jcas.select(Weapon.class).map(w -> w.getCoveredText() + " " + w.getCategory()
                + " " + w.getModel() + " " + w.getProvenance()).toList();
    }

    @Test
    void anEngineReadsTheLexiconBoundToItsKey() throws Exception
    {
        JCas jcas = TestRunner.run(TEXT, createEngineDescription(WeaponAnnotator.class,
                WeaponAnnotator.KEY_LEXICON, LexiconResource.at(ownLexicon().toString())));
        assertEquals(List.of("Zorblax DRONE Zorblax-9 weapon/named-model; lexicon=mine.lst:2"),
                weapons(jcas));
    }

    @Test
    void aFileUrlWorksAsLocation() throws Exception
    {
        JCas jcas = TestRunner.run(TEXT, createEngineDescription(WeaponAnnotator.class,
                WeaponAnnotator.KEY_LEXICON,
                LexiconResource.at(ownLexicon().toUri().toURL().toString())));
        assertEquals(1, weapons(jcas).size());
        assertEquals(List.of("Zorblax DRONE Zorblax-9 weapon/named-model; lexicon=mine.lst:2"),
                weapons(jcas));
    }

    @Test
    void anUnboundEngineReadsTheBundledLists() throws Exception
    {
        JCas jcas = TestRunner.run(TEXT, createEngineDescription(WeaponAnnotator.class));
        assertEquals(List.of("drones DRONE null weapon/type-noun; lexicon=generic.lst:"),
                weapons(jcas).stream().map(w -> w.replaceAll("\\d+$", "")).toList());
    }

    @Test
    void theBundledListsBoundByClassPathLocationGiveTheSameResult() throws Exception
    {
        JCas bound = TestRunner.run("Two soldiers were killed.",
                createEngineDescription(CasualtyAnnotator.class, CasualtyAnnotator.KEY_LEXICON,
                        LexiconResource.at(CasualtyAnnotator.DEFAULT_LEXICON)));
        CasualtyCount count = bound.select(CasualtyCount.class).single();
        assertEquals("Two soldiers", count.getCoveredText());
        assertEquals("KILLED", count.getStatus());
    }

    @Test
    void aLexiconIsLoadedOncePerLocation() throws Exception
    {
        String location = ownLexicon().toString();
        Object first = LexiconResource.get(null, location, "test", (name, url) -> new Object());
        Object second = LexiconResource.get(null, location, "test", (name, url) -> new Object());
        assertSame(first, second);
    }

    @Test
    void aMissingLexiconFailsTheEngineNamingTheLocation()
    {
        String missing = dir.resolve("nowhere/lists.def").toString();
        ResourceInitializationException e = assertThrows(ResourceInitializationException.class,
                () -> TestRunner.run(TEXT, createEngineDescription(WeaponAnnotator.class,
                        WeaponAnnotator.KEY_LEXICON, LexiconResource.at(missing))));
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof LexiconException)) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains(missing), cause.getMessage());
    }
}
