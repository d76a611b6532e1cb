package org.conflictkit.pipelines.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoXmlReaderTest
{
    @TempDir
    Path folder;

    @Test
    void articlesWithGazetteerPointsCodePointOffsetsShiftedPhrasesAndDemonyms() throws Exception
    {
        // The emoji is one code point but two Java chars: later offsets move by one.
        String text = "\uD83D\uDD25 Fire near Dublin. Irish crews came from Cork and Tralee.";
        Path file = write("news.xml", """
                <articles>
                  <article docid="7">
                    <text><![CDATA[%s]]></text>
                    <toponyms>
                      <toponym><start>12</start><end>18</end><phrase>Dublin</phrase>
                        <gaztag geonameid="1"><name>Dublin</name><lat>53.34</lat><lon>-6.26</lon></gaztag>
                      </toponym>
                      <toponym><start>20</start><end>25</end><phrase>Irish</phrase>
                        <gaztag geonameid="2"><name>Ireland</name><lat>53</lat><lon>-8</lon></gaztag>
                      </toponym>
                      <toponym><start>40</start><end>44</end><phrase>Cork</phrase></toponym>
                      <toponym><start>30</start><end>38</end><phrase>Limerick</phrase></toponym>
                    </toponyms>
                  </article>
                </articles>
                """.formatted(text));
        List<String> notes = new ArrayList<>();
        List<GoldDocument> documents = new GeoXmlReader().read(file, notes);

        assertEquals(1, documents.size());
        GoldDocument document = documents.get(0);
        assertEquals("news#7", document.id());
        List<EvalAnnotation> toponyms = document.annotations();
        EvalAnnotation dublin = toponyms.get(0);
        assertEquals("Location", dublin.type());
        assertEquals("Dublin", text.substring(dublin.begin(), dublin.end()));
        assertEquals(53.34, dublin.feature("latitude"));
        assertEquals(-6.26, dublin.feature("longitude"));
        assertEquals(GoldFormat.DEMONYM, toponyms.get(1).type());
        // Cork is given two characters too early: the nearest occurrence is taken.
        EvalAnnotation cork = toponyms.get(2);
        assertEquals("Cork", text.substring(cork.begin(), cork.end()));
        assertEquals(null, cork.feature("latitude"));
        assertEquals(3, toponyms.size());
        assertTrue(notes.get(0).contains("'Limerick' not found"), notes.toString());
    }

    @Test
    void aPageGivesItsPointToEveryToponymOfThePage() throws Exception
    {
        Path file = write("pages.xml", """
                <pages>
                  <page number="3">
                    <pageTitle>Springfield, Ohio</pageTitle>
                    <lat>39.92</lat><lon>-83.81</lon>
                    <text>Springfield lies west of Columbus. Springfield grew.</text>
                    <toponymIndices>
                      <toponym><start>0</start><end>11</end></toponym>
                      <toponym><start>35</start><end>46</end></toponym>
                    </toponymIndices>
                  </page>
                </pages>
                """);
        List<GoldDocument> documents = new GeoXmlReader().read(file, new ArrayList<>());

        List<EvalAnnotation> toponyms = documents.get(0).annotations();
        assertEquals("pages#3", documents.get(0).id());
        assertEquals(List.of("Springfield", "Springfield"),
                toponyms.stream().map(EvalAnnotation::text).toList());
        assertEquals(35, toponyms.get(1).begin());
        assertEquals(39.92, toponyms.get(1).feature("latitude"));
        assertEquals(-83.81, toponyms.get(1).feature("longitude"));
    }

    private Path write(String name, String content) throws Exception
    {
        return Files.writeString(folder.resolve(name), content);
    }
}
