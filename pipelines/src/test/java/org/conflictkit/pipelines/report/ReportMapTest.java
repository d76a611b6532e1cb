package org.conflictkit.pipelines.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.pipelines.io.Documents;
import org.conflictkit.type.CasualtyCount;
import org.conflictkit.type.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/** The report's map, lists of places and timeline on corpora made here. */
class ReportMapTest
{
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void aCorpusAboutOneCountryIsMappedOnThatCountryWithCasualtiesUnresolvedPlacesAndATimeline(
            @TempDir Path dir) throws Exception
    {
        Map<String, JCas> corpus = new LinkedHashMap<>();
        JCas first = document("fasher", "Fighting in El Fasher", "2024-05-01",
                "Shelling killed 12 people in El Fasher on Tuesday.\n"
                        + "Families fled to Tawila and Khartoum.\n");
        place(first, "El Fasher", "CITY", "SD", 13.63f, 25.35f);
        place(first, "Tawila", "CITY", "SD", null, null);
        place(first, "Khartoum", "CITY", "SD", 15.55f, 32.53f);
        casualties(first, "killed 12 people", 12, "KILLED");
        corpus.put("fasher", first);
        JCas second = document("port", null, "2024-05-03T10:00:00Z",
                "A drone hit Port Sudan and 5 people were injured.\nSudan's army said so.\n");
        place(second, "Port Sudan", "CITY", "SD", 19.62f, 37.22f);
        place(second, "Sudan", "COUNTRY", "SD", 15f, 30f);
        casualties(second, "5 people were injured", 5, "INJURED");
        corpus.put("port", second);
        JCas undated = document("talks", null, null, "Talks resumed in Khartoum.\n");
        place(undated, "Khartoum", "CITY", "SD", 15.55f, 32.53f);
        corpus.put("talks", undated);
        Document page = write(dir, corpus);

        Element map = svg(page, "Places mentioned");
        double[] extent = numbers(map.getAttribute("data-extent"));
        assertTrue(extent[0] <= 25.35 && extent[1] <= 13.63 && extent[2] >= 37.22
                && extent[3] >= 19.62, map.getAttribute("data-extent"));
        assertTrue(extent[2] - extent[0] < 30 && extent[3] - extent[1] < 25,
                "zoomed to Sudan, not the world: " + map.getAttribute("data-extent"));
        double[] viewBox = numbers(map.getAttribute("viewBox"));
        List<String> dots = new ArrayList<>();
        NodeList circles = map.getElementsByTagNameNS(SVG, "circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element circle = (Element) circles.item(i);
            double x = Double.parseDouble(circle.getAttribute("cx"));
            double y = Double.parseDouble(circle.getAttribute("cy"));
            assertTrue(x > 0 && x < viewBox[2] && y > 0 && y < viewBox[3], "inside the view");
            dots.add(circle.getTextContent() + " " + circle.getAttribute("style"));
        }
        assertEquals(List.of("Khartoum: 2 mentions, 0 killed or injured fill:#5b7fa6",
                "El Fasher: 1 mention, 12 killed or injured fill:#e4572e",
                "Port Sudan: 1 mention, 5 killed or injured fill:#f2b134"), dots);
        assertTrue(titles(map, "path").contains("Sudan: 1 mention"), "the named country shaded");
        assertTrue(titles(map, "path").contains("Eritrea"), "its neighbours outlined");
        assertEquals(List.of("Without coordinates", "Tawila SD 1"), asideLists(page));

        Element timeline = svg(page, "Casualties by article date");
        assertEquals(List.of("2024-05-01: 12 killed", "2024-05-03: 5 injured"),
                titles(timeline, "rect"));
        List<String> labels = texts(timeline, "text");
        assertTrue(labels.containsAll(List.of("2024-05-01", "2024-05-03")), labels.toString());
        assertTrue(page.getDocumentElement().getTextContent().contains(
                "1 document without an ISO date (yyyy-MM-dd) left out."));

        assertEquals(List.of("fasher|Fighting in El Fasher|2024-05-01",
                "port||2024-05-03T10:00:00Z", "talks||"), documentRows(page));
    }

    @Test
    void oneMentionOfAFarCapitalStaysOnTheInsetAndInTheListOutsideTheMap(@TempDir Path dir)
        throws Exception
    {
        JCas jcas = document("war", null, null,
                "Strikes hit Kharkiv, Dnipro and Odesa.\nKyiv and Lviv had alarms.\n"
                        + "Washington sent aid.\n");
        place(jcas, "Kharkiv", "CITY", "UA", 49.98f, 36.25f);
        place(jcas, "Dnipro", "CITY", "UA", 48.45f, 34.98f);
        place(jcas, "Odesa", "CITY", "UA", 46.48f, 30.73f);
        place(jcas, "Kyiv", "CITY", "UA", 50.45f, 30.52f);
        place(jcas, "Lviv", "CITY", "UA", 49.84f, 24.02f);
        place(jcas, "Washington", "CITY", "US", 38.9f, -77.04f);
        Document page = write(dir, Map.of("war", jcas));

        double[] extent = numbers(svg(page, "Places mentioned").getAttribute("data-extent"));
        assertTrue(extent[0] <= 24.02 && extent[0] > 10 && extent[2] >= 36.25 && extent[2] < 50,
                "Lviv to Kharkiv: " + extent[0] + " to " + extent[2]);
        assertEquals(List.of("Outside the map", "Washington US 1"), asideLists(page));
        assertEquals(6, svg(page, "World").getElementsByTagNameNS(SVG, "circle").getLength());
    }

    private static JCas document(String id, String title, String date, String text)
        throws Exception
    {
        JCas jcas = TestRunner.run(text);
        DocumentMetaData metadata = DocumentMetaData.create(jcas);
        metadata.setDocumentId(id);
        metadata.setDocumentTitle(title == null ? id : title);
        Documents.addField(jcas, Documents.DATE, date);
        return jcas;
    }

    private static void place(JCas jcas, String name, String kind, String countryCode,
            Float latitude, Float longitude)
    {
        int begin = jcas.getDocumentText().lastIndexOf(name);
        Location location = new Location(jcas, begin, begin + name.length());
        location.setKind(kind);
        location.setCountryCode(countryCode);
        if (latitude != null) {
            location.setLatitude(latitude);
            location.setLongitude(longitude);
            location.setGeonamesId(1);
        }
        location.addToIndexes();
    }

    private static void casualties(JCas jcas, String covered, int count, String status)
    {
        int begin = jcas.getDocumentText().indexOf(covered);
        CasualtyCount casualty = new CasualtyCount(jcas, begin, begin + covered.length());
        casualty.setCount(count);
        casualty.setStatus(status);
        casualty.addToIndexes();
    }

    private static Document write(Path dir, Map<String, JCas> corpus) throws Exception
    {
        ReportCasWriter writer = new ReportCasWriter(dir);
        writer.start(new ArrayList<>(corpus.keySet()), false);
        for (Map.Entry<String, JCas> document : corpus.entrySet()) {
            assertTrue(JCasUtil.exists(document.getValue(), Location.class));
            writer.write(document.getValue(), document.getKey());
        }
        writer.close();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(dir.resolve("report.html").toFile());
    }

    /** The SVG element whose title is given. */
    private static Element svg(Document page, String title)
    {
        NodeList svgs = page.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent().equals(title)) {
                return svg;
            }
        }
        throw new AssertionError("no SVG titled " + title);
    }

    /** The titles of the given elements inside an element (those that have one). */
    private static List<String> titles(Element parent, String name)
    {
        List<String> titles = new ArrayList<>();
        NodeList elements = parent.getElementsByTagNameNS(SVG, name);
        for (int i = 0; i < elements.getLength(); i++) {
            NodeList title = ((Element) elements.item(i)).getElementsByTagNameNS(SVG, "title");
            if (title.getLength() > 0) {
                titles.add(title.item(0).getTextContent());
            }
        }
        return titles;
    }

    private static List<String> texts(Element parent, String name)
    {
        List<String> texts = new ArrayList<>();
        NodeList elements = parent.getElementsByTagNameNS(SVG, name);
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(elements.item(i).getTextContent());
        }
        return texts;
    }

    /** The headings and items of the lists beside the map. */
    private static List<String> asideLists(Document page)
    {
        List<String> lines = new ArrayList<>();
        Element aside = (Element) page.getElementsByTagNameNS(XHTML, "aside").item(0);
        NodeList all = aside.getElementsByTagNameNS(XHTML, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getLocalName().equals("h3")) {
                lines.add(element.getTextContent());
            }
            else if (element.getLocalName().equals("li")) {
                lines.add(element.getTextContent());
            }
        }
        return lines;
    }

    /** Document, title and date of each row of the documents table. */
    private static List<String> documentRows(Document page)
    {
        List<String> rows = new ArrayList<>();
        NodeList trs = page.getElementsByTagNameNS(XHTML, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            NodeList cells = ((Element) trs.item(i)).getElementsByTagNameNS(XHTML, "td");
            if (cells.getLength() > 8) {
                rows.add(cells.item(0).getTextContent() + "|" + cells.item(1).getTextContent()
                        + "|" + cells.item(2).getTextContent());
            }
        }
        return rows;
    }

    private static double[] numbers(String text)
    {
        String[] parts = text.trim().split("\\s+");
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Double.parseDouble(parts[i]);
        }
        return numbers;
    }
}
