package org.conflictkit.pipelines.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.uima.jcas.JCas;
import org.conflictkit.pipelines.io.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReportCasWriterTest
{
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void theReportIsWellFormedXhtmlWithInlineSvgChartsAMapAndADocumentTable(@TempDir Path dir)
        throws Exception
    {
        write(dir);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document page = factory.newDocumentBuilder().parse(dir.resolve("report.html").toFile());

        assertEquals(List.of("Annotations per type", "Weapon categories", "Weapon models",
                "Casualty mentions by status", "Most quoted sources", "Most quoted officials",
                "Places mentioned", "Legend", "World"),
                texts(page.getElementsByTagNameNS(SVG, "svg"), "title"));
        Element map = (Element) page.getElementsByTagNameNS(SVG, "svg").item(6);
        assertEquals(List.of("Dnipro: 2 mentions, 0 killed or injured"),
                texts(map.getElementsByTagNameNS(SVG, "circle"), "title"));
        assertEquals(List.of(), externalReferences(page));
        NodeList rows = page.getElementsByTagNameNS(XHTML, "tr");
        List<String> table = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((Element) rows.item(i)).getElementsByTagNameNS(XHTML, "*");
            List<String> texts = new ArrayList<>();
            for (int j = 0; j < cells.getLength(); j++) {
                texts.add(cells.item(j).getTextContent());
            }
            table.add(String.join("|", texts));
        }
        assertEquals(List.of("place|kind|country|latitude|longitude|mentions|killed or injured",
                "Dnipro|CITY|UA|48.45|34.98|2|0",
                "document|title|date|source|tokens|CasualtyCount|Location|Quote|Speaker|Weapon",
                "strike||||21|1|1|1|1|2", "calm||||5|0|1|0|0|0"), table);
    }

    @Test
    void theSummaryJsonAndMarkdownHoldTheSameFigures(@TempDir Path dir) throws Exception
    {
        write(dir);

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(2, summary.get("documents").asInt());
        assertEquals(26, summary.get("tokens").asInt());
        assertEquals("{\"CasualtyCount\":1,\"Location\":2,\"Quote\":1,\"Speaker\":1,\"Weapon\":2}",
                summary.get("annotations").toString());
        assertEquals("{\"DRONE\":2}", summary.get("weaponCategories").toString());
        assertEquals("{\"KILLED\":2}", summary.get("casualtyPeople").toString());
        assertEquals("[{\"name\":\"Anna Koval\",\"official\":true,\"quotes\":1}]",
                summary.get("officials").toString());
        assertEquals("Dnipro", summary.get("places").get(0).get("name").asText());

        String markdown = Files.readString(dir.resolve("summary.md"));
        assertTrue(markdown.contains("2 documents, 26 tokens."), markdown);
        assertTrue(markdown.contains("| KILLED | 1 | 2 |\n"), markdown);
        assertTrue(markdown.contains("| Anna Koval | yes | 1 |\n"), markdown);
        assertTrue(markdown.contains("| Dnipro | CITY | UA | 48.45 | 34.98 | 2 | 0 |\n"), markdown);
    }

    private static void write(Path dir) throws Exception
    {
        Map<String, JCas> documents = new LinkedHashMap<>();
        documents.put("strike", SampleDocuments.strike());
        JCas calm = SampleDocuments.plain("calm", "Nothing happened in Dnipro.");
        org.conflictkit.type.Location dnipro = new org.conflictkit.type.Location(calm, 20, 26);
        dnipro.setKind("CITY");
        dnipro.setCountryCode("UA");
        dnipro.setLatitude(48.45f);
        dnipro.setLongitude(34.98f);
        dnipro.setGeonamesId(709930);
        dnipro.addToIndexes();
        documents.put("calm", calm);
        ReportCasWriter writer = new ReportCasWriter(dir);
        writer.start(new ArrayList<>(documents.keySet()), false);
        for (Map.Entry<String, JCas> document : documents.entrySet()) {
            writer.write(document.getValue(), document.getKey());
        }
        writer.close();
    }

    /** The text of the first child element of that name of each element. */
    private static List<String> texts(NodeList elements, String child)
    {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            NodeList children = ((Element) elements.item(i)).getElementsByTagNameNS(SVG, child);
            texts.add(children.item(0).getTextContent());
        }
        return texts;
    }

    /** Attributes that would load something from outside the page. */
    private static List<String> externalReferences(Document page)
    {
        List<String> references = new ArrayList<>();
        NodeList all = page.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (String attribute : List.of("src", "href", "xlink:href")) {
                if (element.hasAttribute(attribute)) {
                    references.add(element.getTagName() + " " + attribute);
                }
            }
        }
        return references;
    }
}
