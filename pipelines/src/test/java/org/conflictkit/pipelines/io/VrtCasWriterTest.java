package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.pipelines.Pipelines;
import org.conflictkit.type.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VrtCasWriterTest
{
    @Test
    void tokensWithStructuralAttributesForSentencesAndEveryType(@TempDir Path dir) throws Exception
    {
        WriterTesting.writeAll(new VrtCasWriter(dir), Map.of("strike", SampleDocuments.strike()));

        assertEquals("""
                <text id="strike" title="strike" date="" source="" url="">
                <s>
                Forces\tforces\t_\t_
                fired\tfired\t_\t_
                12\t12\t_\t_
                <weapon category="DRONE" model="Shahed-136" quantity="12" provenance="lexicon &quot;drones.txt&quot;, line 3">
                Shahed\tshahed\t_\t_
                drones\tdrones\t_\t_
                </weapon>
                at\tat\t_\t_
                <location kind="CITY" country_code="UA" latitude="48.45" longitude="34.98" geonames_id="709930" provenance="test">
                Dnipro\tdnipro\t_\t_
                </location>
                overnight\tovernight\t_\t_
                .\t.\t_\t_
                </s>
                <s>
                &quot;\t&quot;\t_\t_
                <quote speaker="Anna Koval" direct="true" cue="say" provenance="test">
                <casualty_count count="2" qualifier="EXACT" status="KILLED" victims="civilians" provenance="test">
                Two\ttwo\t_\t_
                civilians\tcivilians\t_\t_
                were\twere\t_\t_
                killed\tkilled\t_\t_
                </casualty_count>
                ,\t,\t_\t_
                </quote>
                &quot;\t&quot;\t_\t_
                said\tsaid\t_\t_
                <speaker name="Anna Koval" title="Governor" organization="" official="true" provenance="test">
                Governor\tgovernor\t_\t_
                Anna\tanna\t_\t_
                Koval\tkoval\t_\t_
                </speaker>
                .\t.\t_\t_
                </s>
                </text>
                """, Files.readString(dir.resolve("conflictkit.vrt")));
    }

    @Test
    void lemmaAndPosColumnsComeFromTheLinguisticStage(@TempDir Path dir) throws Exception
    {
        List<AnalysisEngineDescription> engines = new ArrayList<>(
                Pipelines.engines(Pipelines.LINGUISTIC));
        engines.addAll(Pipelines.engines("weapons"));
        JCas jcas = TestRunner.run("Soldiers were shooting down the drones.",
                engines.toArray(AnalysisEngineDescription[]::new));
        WriterTesting.writeAll(new VrtCasWriter(dir), Map.of("night", jcas));

        List<String> lines = Files.readAllLines(dir.resolve("conflictkit.vrt"));
        assertEquals(List.of("<s>",
                "Soldiers\tsoldiers\tNOUN\tsoldier",
                "were\twere\tAUX\tbe",
                "shooting\tshooting\tVERB\tshoot",
                "down\tdown\tADP\tdown",
                "the\tthe\tDET\tthe",
                "drones\tdrones\tNOUN\tdrone",
                "</weapon>",
                ".\t.\tPUNCT\t.",
                "</s>",
                "</text>"), lines.stream().skip(1).filter(l -> !l.startsWith("<weapon")).toList());
        assertEquals(true, lines.get(7).startsWith("<weapon category=\"DRONE\""), lines.get(7));
    }

    @Test
    void aQuoteOverASentenceEndMakesOneSentenceRegionSoThatRegionsNest(@TempDir Path dir)
        throws Exception
    {
        JCas jcas = SampleDocuments.plain("speech",
                "He said \"We will win. They will lose.\" Then he left.");
        String said = "We will win. They will lose.";
        int begin = jcas.getDocumentText().indexOf(said);
        Quote quote = new Quote(jcas, begin, begin + said.length());
        quote.setDirect(true);
        quote.addToIndexes();
        WriterTesting.writeAll(new VrtCasWriter(dir), Map.of("speech", jcas));

        List<String> tags = Files.readAllLines(dir.resolve("conflictkit.vrt")).stream()
                .filter(l -> l.startsWith("<")).map(l -> l.replaceAll("[ >].*", ""))
                .toList();
        assertEquals(List.of("<text", "<s", "<quote", "</quote", "</s", "<s", "</s", "</text"),
                tags);
    }

    @Test
    void theRegistryDeclaresWhatTheEncodeScriptEncodes(@TempDir Path dir) throws Exception
    {
        WriterTesting.writeAll(new VrtCasWriter(dir), Map.of("strike", SampleDocuments.strike()));

        String registry = Files.readString(dir.resolve("cwb/registry/conflictkit"));
        String script = Files.readString(dir.resolve("cwb/encode.sh"));
        for (String option : VrtCasWriter.attributeOptions()) {
            if (option.startsWith("-")) {
                continue;
            }
            String[] parts = option.split("[:+]");
            String declaration = (option.contains(":") ? "STRUCTURE " : "ATTRIBUTE ") + parts[0];
            assertEquals(true, registry.contains(declaration + "\n"), declaration);
            for (int i = 2; i < parts.length; i++) {
                String annotation = "STRUCTURE " + parts[0] + "_" + parts[i] + " ";
                assertEquals(true, registry.contains(annotation), annotation);
            }
            assertEquals(true, script.contains(" " + option), option);
        }
        assertEquals(true, registry.contains("HOME " + dir.resolve("cwb/data").toAbsolutePath()),
                registry);
    }
}
