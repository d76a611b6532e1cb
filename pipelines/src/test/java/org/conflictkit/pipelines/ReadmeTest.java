package org.conflictkit.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.conflictkit.type.ClosedValueSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The README's tables of types, features, value sets and presets, and its Maven dependency,
 * match the code and the build.
 */
class ReadmeTest
{
    private static final Pattern TYPE_ROW = Pattern.compile("^\\| `(\\w+)` \\| [^|]+ \\| (.+) \\|$",
            Pattern.MULTILINE);
    private static final Pattern VALUES_ROW = Pattern
            .compile("^\\| `(\\w+)\\.(\\w+)` \\| ([A-Z_, ]+) \\|$", Pattern.MULTILINE);
    private static final Pattern PRESET_ROW = Pattern.compile("^\\| `([\\w-]+)` \\| [^|]+ \\|$",
            Pattern.MULTILINE);

    @Test
    void typeTableListsEveryFeatureOfEveryType() throws Exception
    {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = TYPE_ROW.matcher(readme());
        while (m.find()) {
            documented.put(m.group(1), m.group(2).replace("`", ""));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (TypeDescription type : ourTypes()) {
            if (type.getSupertypeName().equals("uima.tcas.Annotation")) {
                actual.put(shortName(type), Arrays.stream(type.getFeatures())
                        .map(FeatureDescription::getName).collect(Collectors.joining(", ")));
            }
        }
        assertEquals(actual, documented);
    }

    @Test
    void valueTableListsTheAllowedValues() throws Exception
    {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = VALUES_ROW.matcher(readme());
        while (m.find()) {
            documented.put(m.group(1) + "." + m.group(2), m.group(3));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (ClosedValueSet set : ClosedValueSet.values()) {
            actual.put(set.typeName().substring(set.typeName().lastIndexOf('.') + 1) + "."
                    + set.feature(), String.join(", ", set.allowed()));
        }
        assertEquals(actual, documented);
    }

    @Test
    void presetTableListsEveryPreset() throws Exception
    {
        String readme = readme();
        String section = readme.substring(readme.indexOf("## Pipelines"),
                readme.indexOf("## Command line"));
        Matcher m = PRESET_ROW.matcher(section);
        List<String> documented = new java.util.ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(List.copyOf(Pipelines.names()), documented);
    }

    /** The snippet names this module, its group and the version the build wrote into BuildInfo. */
    @Test
    void theMavenDependencyIsThisBuildsPipelinesArtifact() throws Exception
    {
        Matcher block = Pattern.compile("```xml\\n(<dependency>.*?</dependency>)\\n```",
                Pattern.DOTALL).matcher(readme());
        assertTrue(block.find(), "the README shows a Maven dependency");
        Element dependency = xml(block.group(1));
        Element pom = xml(Files.readString(Path.of("pom.xml")));
        Element parent = (Element) pom.getElementsByTagName("parent").item(0);

        assertEquals(List.of(child(parent, "groupId"), child(pom, "artifactId"),
                BuildInfo.current().version()), List.of(child(dependency, "groupId"),
                        child(dependency, "artifactId"), child(dependency, "version")));
    }

    private static Element xml(String text) throws Exception
    {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(text))).getDocumentElement();
    }

    /** The text of a direct child element. */
    private static String child(Element element, String name)
    {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + element.getTagName() + ">");
    }

    private static List<TypeDescription> ourTypes() throws Exception
    {
        TypeSystemDescription all = TypeSystemDescriptionFactory.createTypeSystemDescription();
        return Arrays.stream(all.getTypes())
                .filter(t -> t.getName().startsWith("org.conflictkit.type."))
                .collect(Collectors.toList());
    }

    private static String shortName(TypeDescription type)
    {
        return type.getName().substring(type.getName().lastIndexOf('.') + 1);
    }

    private static String readme() throws Exception
    {
        return Files.readString(Path.of("..", "README.md"));
    }
}
