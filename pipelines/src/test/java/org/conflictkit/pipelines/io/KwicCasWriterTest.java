package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KwicCasWriterTest
{
    @Test
    void aConcordancePerTypeWithContextsOnOneLine(@TempDir Path dir) throws Exception
    {
        WriterTesting.writeAll(new KwicCasWriter(dir), Map.of("strike", SampleDocuments.strike()));

        List<CSVRecord> weapons = TableCasWriterTest.parse(dir.resolve("kwic-Weapon.tsv"),
                CSVFormat.TDF);
        assertEquals(KwicCasWriter.HEADER, weapons.get(0).toList());
        assertEquals(List.of("strike", "16", "29", "Forces fired 12", "Shahed drones",
                "at Dnipro overnight. \"Two civilians were killed,\" said",
                "category=DRONE model=Shahed-136 quantity=12 provenance=lexicon \"drones.txt\", line 3",
                "16", "29"),
                weapons.get(1).toList());

        List<CSVRecord> speakers = TableCasWriterTest.parse(dir.resolve("kwic-Speaker.tsv"),
                CSVFormat.TDF);
        assertEquals(List.of("strike", "85", "104", "at Dnipro overnight. \"Two civilians were killed,\" said",
                "Governor Anna Koval", ".", "name=Anna Koval title=Governor official=true provenance=test", "85", "104"),
                speakers.get(1).toList());
        assertEquals(2, speakers.size());
    }

    @Test
    void everyTypeHasAFileEvenWithoutMatches(@TempDir Path dir) throws Exception
    {
        WriterTesting.writeAll(new KwicCasWriter(dir),
                Map.of("calm", SampleDocuments.plain("calm", "Nothing happened.")));

        for (String type : List.of("Weapon", "CasualtyCount", "Location", "Speaker", "Quote")) {
            assertEquals(List.of(KwicCasWriter.HEADER), TableCasWriterTest
                    .parse(dir.resolve("kwic-" + type + ".tsv"), CSVFormat.TDF).stream()
                    .map(CSVRecord::toList).toList());
        }
    }
}
