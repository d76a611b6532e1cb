package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.conflictkit.type.Quote;
import org.conflictkit.type.SpeechEvent;
import org.conflictkit.type.Weapon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonCasWriterTest
{
    @Test
    void theUimaJsonDeserialiserReadsBackTextAnnotationsAndReferences(@TempDir Path dir)
        throws Exception
    {
        WriterTesting.writeAll(new JsonCasWriter(dir), Map.of("strike", SampleDocuments.strike()));

        JCas read = JCasFactory.createJCas();
        try (InputStream in = Files.newInputStream(dir.resolve("strike.json"))) {
            new JsonCas2Deserializer().deserialize(in, read.getCas());
        }

        assertEquals(SampleDocuments.STRIKE, read.getDocumentText());
        assertEquals(List.of("Shahed drones DRONE Shahed-136 12", "drones DRONE null 0"),
                JCasUtil.select(read, Weapon.class).stream().map(w -> w.getCoveredText() + " "
                        + w.getCategory() + " " + w.getModel() + " " + w.getQuantity()).toList());
        Quote quote = JCasUtil.selectSingle(read, Quote.class);
        assertEquals("Governor Anna Koval / Anna Koval", quote.getSpeaker().getCoveredText()
                + " / " + quote.getSpeaker().getName());
        SpeechEvent event = JCasUtil.selectSingle(read, SpeechEvent.class);
        assertEquals("said say quote/cue-inverted Governor Anna Koval", event.getCoveredText()
                + " " + event.getCue() + " " + event.getProvenance() + " " + SampleDocuments.STRIKE
                        .substring(event.getSourceBegin(), event.getSourceEnd()));
        assertEquals(quote, event.getQuotes().get(0));
    }
}
