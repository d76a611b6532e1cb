package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkit.pipelines.BuildInfo;
import org.junit.jupiter.api.Test;

class VersionOptionTest
{
    @Test
    void versionOptionPrintsTheVersionCommitAndGazetteerDate()
    {
        CommandTester run = CommandTester.run("--version");

        assertEquals(0, run.exitCode, run.err);
        String[] lines = run.out.strip().split("\\R");
        assertEquals(3, lines.length, run.out);
        assertTrue(lines[0].matches("ConflictKit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines[0]);
        // A build from a clone knows its commit; one from an unpacked source archive says unknown.
        assertTrue(lines[1].matches("commit ([0-9a-f]{7,}|unknown)"), lines[1]);
        // The bundled gazetteer always carries its data date.
        assertTrue(lines[2].matches("gazetteer data \\(GeoNames\\) \\d{4}-\\d{2}-\\d{2}"), lines[2]);
    }

    @Test
    void buildInfoHasTheFilteredVersionNotAPlaceholder()
    {
        BuildInfo info = BuildInfo.current();

        assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), info.version());
        assertEquals("ConflictKit " + info.version(), info.describe()[0]);
    }
}
