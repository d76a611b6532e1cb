package org.conflictkit.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            JCas jcas = JCasFactory.createJCas();
            jcas.setDocumentText("Two Su-34 fighter jets were shot down near Kharkiv.");
            jcas.setDocumentLanguage("en");
            SimplePipeline.runPipeline(jcas, Pipelines.create("default"));
            for (Weapon weapon : JCasUtil.select(jcas, Weapon.class)) {
                System.out.println(weapon.getCoveredText() + " " + weapon.getCategory());
            }
        }
        finally {
            System.setOut(console);
        }

        assertEquals("Su-34 fighter jets AIRCRAFT" + System.lineSeparator(),
                printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readmeExampleRunsAPresetsEnginesAfterAnOtherSegmenter() throws Exception
    {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("Two Su-34 fighter jets were shot down near Kharkiv.");
        jcas.setDocumentLanguage("en");
        SimplePipeline.runPipeline(jcas, Pipelines.segmenter(), Pipelines.createWithoutSegmenter("weapons"));

        assertEquals(List.of("Su-34 fighter jets"), JCasUtil.select(jcas, Weapon.class).stream()
                .map(Weapon::getCoveredText).toList());
    }

    /** Every statement of the README's Java examples is one of this test's lines. */
    @Test
    void theReadmeShowsNoJavaThatThisTestDoesNotRun() throws Exception
    {
        String readme = Files.readString(Path.of("..", "README.md"));
        Set<String> tested = Files.readAllLines(Path.of("src", "test", "java", "org",
                "conflictkit", "pipelines", "JavaApiExampleTest.java")).stream()
                .map(String::strip).collect(Collectors.toSet());
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> untested = new ArrayList<>();
        int blocks = 0;
        while (block.find()) {
            blocks++;
            block.group(1).lines().map(String::strip)
                    .filter(line -> line.endsWith(";") && !line.startsWith("import "))
                    .filter(line -> !tested.contains(line)).forEach(untested::add);
        }
        assertEquals(2, blocks);
        assertEquals(List.of(), untested);
    }
}
