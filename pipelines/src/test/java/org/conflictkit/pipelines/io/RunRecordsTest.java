package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordsTest
{
    private static final RunRecord DEFAULT = new RunRecord("default", "1.0", List.of("xmi", "csv"));
    private static final RunRecord WEAPONS = new RunRecord("weapons", "1.0", List.of("xmi"));

    @Test
    void eachDocumentIsOneLineOfTheJournalAfterItsOutputs(@TempDir Path dir) throws Exception
    {
        RunRecords records = new RunRecords(dir, DEFAULT);
        records.start(List.of("news/a.txt", "b"), false);
        records.write(null, "news/a.txt");
        records.write(null, "b");
        records.close();

        assertEquals(List.of("news_a.txt\tdefault\t1.0\txmi,csv", "b\tdefault\t1.0\txmi,csv"),
                Files.readAllLines(journal(dir)));
    }

    @Test
    void aResumedRunFindsTheDocumentsOfTheSameMakerComplete(@TempDir Path dir) throws Exception
    {
        RunRecords first = new RunRecords(dir, DEFAULT);
        first.start(List.of("a", "b"), false);
        first.write(null, "a");
        first.close();

        RunRecords resumed = new RunRecords(dir, DEFAULT);
        resumed.start(List.of("a", "b"), true);

        assertTrue(resumed.isComplete("a"));
        assertFalse(resumed.isComplete("b"));
        assertEquals(0, resumed.outdated());
        resumed.close();
    }

    @Test
    void anotherMakerOrARunWithoutResumeDropsTheLinesOfItsDocumentsOnly(@TempDir Path dir)
        throws Exception
    {
        RunRecords first = new RunRecords(dir, DEFAULT);
        first.start(List.of("a", "b"), false);
        first.write(null, "a");
        first.write(null, "b");
        first.close();

        RunRecords other = new RunRecords(dir, WEAPONS);
        other.start(List.of("a"), true);

        assertFalse(other.isComplete("a"));
        assertEquals(1, other.outdated());
        other.close();
        assertEquals(List.of("b\tdefault\t1.0\txmi,csv"), Files.readAllLines(journal(dir)));
    }

    @Test
    void aLineCutShortByACrashDoesNotMakeItsDocumentComplete(@TempDir Path dir) throws Exception
    {
        Files.createDirectories(journal(dir).getParent());
        Files.writeString(journal(dir), "a\tdefault\t1.0\txmi,csv\nb\tdefault\t1.");

        RunRecords resumed = new RunRecords(dir, DEFAULT);
        resumed.start(List.of("a", "b"), true);

        assertTrue(resumed.isComplete("a"));
        assertFalse(resumed.isComplete("b"));
        resumed.close();
    }

    private static Path journal(Path dir)
    {
        return dir.resolve(RunPartsWriter.PARTS_FOLDER).resolve(RunRecords.JOURNAL);
    }
}
