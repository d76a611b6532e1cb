package org.conflictkit.pipelines.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The toponym corpora of the "Pragmatic Guide to Geoparsing Evaluation" (LGL, TR-News, WikToR,
 * GeoVirus): an {@code article} or {@code page} element per document with its {@code text}, and
 * {@code toponym} or {@code location} elements with {@code start} and {@code end} offsets and, in
 * the toponym or (WikToR) once for the whole page, {@code lat} and {@code lon}. Offsets count code
 * points; where the toponym's {@code phrase} or {@code name} is not at its offsets (some TR-News
 * toponyms are a few characters off) the nearest occurrence within 40 characters is taken.
 * Adjectival toponyms ("Turkish" for Turkey), which ConflictKit does not tag as places, are
 * reported apart and not scored.
 */
final class GeoXmlReader
    implements CorpusReader
{
    private static final int SEARCH_WINDOW = 40;
    /** One-word adjectives and demonyms: Turkish, Syrian, Chinese, Dutch, American. */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}+(ish|ian|ean|ese|ch|ican)");
    /** Iraqi, Cuban: these endings make a demonym only on the stem of the place's name. */
    private static final Pattern STEM_DEMONYM = Pattern.compile("(\\p{Lu}\\p{L}+)(i|an)");

    @Override
    public List<GoldDocument> read(Path path, List<String> notes)
        throws IOException, GoldFormatException
    {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
            }
        }
        else {
            files.add(path);
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.addAll(readFile(file, notes));
        }
        return documents;
    }

    private List<GoldDocument> readFile(Path file, List<String> notes)
        throws IOException, GoldFormatException
    {
        org.w3c.dom.Document xml = parse(file);
        String stem = file.getFileName().toString().replaceFirst("\\.xml$", "");
        List<GoldDocument> documents = new ArrayList<>();
        int number = 0;
        for (Element article : children(xml.getDocumentElement())) {
            number++;
            Element textElement = child(article, "text");
            if (textElement == null) {
                notes.add(file + ": document " + number + " has no <text>, left out");
                continue;
            }
            String id = stem + "#" + firstNonEmpty(article.getAttribute("docid"),
                    article.getAttribute("number"), Integer.toString(number));
            String text = textElement.getTextContent();
            Double[] pageCoordinates = coordinates(article, false);
            List<EvalAnnotation> annotations = new ArrayList<>();
            for (Element toponym : descendants(article, "toponym", "location")) {
                EvalAnnotation annotation = toponym(file, id, text, toponym, pageCoordinates,
                        notes);
                if (annotation != null) {
                    annotations.add(annotation);
                }
            }
            documents.add(new GoldDocument(id, text, annotations));
        }
        return documents;
    }

    private static EvalAnnotation toponym(Path file, String id, String text, Element toponym,
            Double[] pageCoordinates, List<String> notes)
    {
        String start = value(toponym, "start");
        String end = value(toponym, "end");
        if (start == null || end == null) {
            notes.add(file + ": " + id + ": a toponym without start or end, left out");
            return null;
        }
        int begin = CorpusReader.utf16(text, Integer.parseInt(start.trim()));
        int stop = CorpusReader.utf16(text, Integer.parseInt(end.trim()));
        String phrase = firstNonEmpty(value(toponym, "phrase"), value(toponym, "name"),
                text.substring(begin, stop));
        if (!text.startsWith(phrase, begin)) {
            begin = nearest(text, phrase, begin);
            if (begin < 0) {
                notes.add(file + ": " + id + ": toponym '" + phrase + "' not found near offset "
                        + start + ", left out");
                return null;
            }
            stop = begin + phrase.length();
        }
        Map<String, Object> features = new LinkedHashMap<>();
        Double[] point = coordinates(toponym, true);
        if (point == null) {
            point = pageCoordinates;
        }
        if (point != null) {
            features.put("latitude", point[0]);
            features.put("longitude", point[1]);
        }
        String place = gazetteerPlace(toponym);
        if (place != null) {
            features.put("place", place);
        }
        String type = isDemonym(phrase, gazetteerName(toponym)) ? GoldFormat.DEMONYM : "Location";
        return new EvalAnnotation(type, begin, stop, phrase, features);
    }

    private static boolean isDemonym(String phrase, String gazetteerName)
    {
        if (gazetteerName == null) {
            return false;
        }
        List<String> words = List.of(gazetteerName.split("[\\s,]+"));
        if (words.contains(phrase)) {
            return false;
        }
        Matcher stem = STEM_DEMONYM.matcher(phrase);
        return DEMONYM.matcher(phrase).matches()
                || stem.matches() && words.stream().anyMatch(w -> w.startsWith(stem.group(1)));
    }

    /** The gold place for the error list: "Albany (PPL; Georgia; United States)", or null. */
    private static String gazetteerPlace(Element toponym)
    {
        Element gaztag = child(toponym, "gaztag");
        if (gaztag == null || value(gaztag, "name") == null) {
            return null;
        }
        StringBuilder place = new StringBuilder(value(gaztag, "name")).append(" (");
        place.append(firstNonEmpty(value(gaztag, "fcode"), "?"));
        for (String part : new String[] { "admin1", "country" }) {
            String name = value(gaztag, part);
            if (name != null && !name.isBlank()) {
                place.append("; ").append(name.trim());
            }
        }
        return place.append(')').toString();
    }

    private static String gazetteerName(Element toponym)
    {
        Element gaztag = child(toponym, "gaztag");
        return gaztag == null ? null : value(gaztag, "name");
    }

    /** The start of the occurrence of the phrase closest to the given offset, or -1. */
    private static int nearest(String text, String phrase, int offset)
    {
        int best = -1;
        int from = Math.max(0, offset - SEARCH_WINDOW);
        for (int i = text.indexOf(phrase, from); i >= 0 && i <= offset + SEARCH_WINDOW;
                i = text.indexOf(phrase, i + 1)) {
            if (best < 0 || Math.abs(i - offset) < Math.abs(best - offset)) {
                best = i;
            }
        }
        return best;
    }

    /** lat and lon below the element (anywhere, or only as its children), or null. */
    private static Double[] coordinates(Element element, boolean anywhere)
    {
        String lat = anywhere ? deepValue(element, "lat") : value(element, "lat");
        String lon = anywhere ? deepValue(element, "lon") : value(element, "lon");
        if (lat == null || lon == null || lat.isBlank() || lon.isBlank()) {
            return null;
        }
        try {
            return new Double[] { Double.parseDouble(lat.trim()), Double.parseDouble(lon.trim()) };
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static org.w3c.dom.Document parse(Path file) throws IOException, GoldFormatException
    {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(file.toFile());
        }
        catch (SAXException e) {
            throw new GoldFormatException("not well-formed XML (" + e.getMessage() + ")");
        }
        catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> children(Element parent)
    {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static Element child(Element parent, String name)
    {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .orElse(null);
    }

    private static String value(Element parent, String name)
    {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent();
    }

    private static String deepValue(Element parent, String name)
    {
        var list = parent.getElementsByTagName(name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    private static List<Element> descendants(Element parent, String... names)
    {
        List<Element> found = new ArrayList<>();
        for (String name : names) {
            var list = parent.getElementsByTagName(name);
            for (int i = 0; i < list.getLength(); i++) {
                if (list.item(i) instanceof Element e && child(e, "start") != null) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static String firstNonEmpty(String... values)
    {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }
}
