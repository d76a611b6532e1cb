package org.conflictkit.pipelines.io;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.CasualtyCount;
import org.conflictkit.type.Location;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.conflictkit.type.SpeechEvent;
import org.conflictkit.type.Weapon;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Small documents with annotations of every ConflictKit type made by hand, so that the writers
 * are tested without depending on the engines.
 */
public final class SampleDocuments
{
    public static final String STRIKE = "Forces fired 12 Shahed drones at Dnipro overnight.\n"
            + "\"Two civilians were killed,\" said Governor Anna Koval.\n";

    private SampleDocuments()
    {
    }

    /**
     * {@link #STRIKE} with a weapon (and a shorter weapon inside it, for overlap rules), a
     * resolved place, a casualty count, a direct quote with its named official speaker, and the
     * speech event that reports the quote (not a layer: only XMI and JSON hold it). The weapon's
     * provenance holds a comma and quotes, for quoting rules.
     */
    public static JCas strike() throws Exception
    {
        JCas jcas = TestRunner.run(STRIKE);
        metadata(jcas, "strike");
        Weapon weapon = add(jcas, new Weapon(jcas), "Shahed drones");
        weapon.setCategory("DRONE");
        weapon.setModel("Shahed-136");
        weapon.setQuantity(12);
        weapon.setProvenance("lexicon \"drones.txt\", line 3");
        Weapon inner = add(jcas, new Weapon(jcas), "drones");
        inner.setCategory("DRONE");
        inner.setProvenance("test");
        Location place = add(jcas, new Location(jcas), "Dnipro");
        place.setKind("CITY");
        place.setCountryCode("UA");
        place.setLatitude(48.45f);
        place.setLongitude(34.98f);
        place.setGeonamesId(709930);
        place.setProvenance("test");
        CasualtyCount casualties = add(jcas, new CasualtyCount(jcas), "Two civilians were killed");
        casualties.setCount(2);
        casualties.setQualifier("EXACT");
        casualties.setStatus("KILLED");
        casualties.setVictims("civilians");
        casualties.setProvenance("test");
        Speaker speaker = add(jcas, new Speaker(jcas), "Governor Anna Koval");
        speaker.setName("Anna Koval");
        speaker.setTitle("Governor");
        speaker.setOfficial(true);
        speaker.setProvenance("test");
        Quote quote = add(jcas, new Quote(jcas), "Two civilians were killed,");
        quote.setSpeaker(speaker);
        quote.setDirect(true);
        quote.setCue("say");
        quote.setProvenance("test");
        SpeechEvent event = add(jcas, new SpeechEvent(jcas), "said");
        event.setCue("say");
        event.setSourceBegin(speaker.getBegin());
        event.setSourceEnd(speaker.getEnd());
        event.setAppositionBegin(-1);
        event.setAppositionEnd(-1);
        event.setBeforeBegin(quote.getBegin() - 1);
        event.setBeforeEnd(quote.getEnd());
        event.setAfterBegin(-1);
        event.setAfterEnd(-1);
        event.setQuotes(FSArray.create(jcas, new Quote[] { quote }));
        event.setProvenance("quote/cue-inverted");
        return jcas;
    }

    /** A document with tokens and sentences and no annotations of ours. */
    public static JCas plain(String id, String text) throws Exception
    {
        JCas jcas = TestRunner.run(text);
        metadata(jcas, id);
        return jcas;
    }

    private static void metadata(JCas jcas, String id)
    {
        DocumentMetaData metadata = DocumentMetaData.create(jcas);
        metadata.setDocumentId(id);
        metadata.setDocumentTitle(id);
    }

    private static <T extends Annotation> T add(JCas jcas, T annotation,
            String covered)
    {
        int begin = jcas.getDocumentText().indexOf(covered);
        if (begin < 0) {
            throw new IllegalArgumentException("not in the text: " + covered);
        }
        annotation.setBegin(begin);
        annotation.setEnd(begin + covered.length());
        annotation.addToIndexes();
        return annotation;
    }
}
