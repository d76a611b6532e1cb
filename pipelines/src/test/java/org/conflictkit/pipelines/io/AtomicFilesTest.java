package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest
{
    @Test
    void aFullDiskNamesTheTargetAndLeavesNoFile(@TempDir Path dir) throws Exception
    {
        Path target = dir.resolve("report-1.xmi");

        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target,
                out -> {
                    out.write(new byte[100]);
                    throw new IOException("No space left on device");
                }));

        assertEquals("cannot write " + target + " (No space left on device)",
                failure.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aTargetNameOfTheLongestAllowedLengthCanBeWritten(@TempDir Path dir) throws Exception
    {
        Path target = dir.resolve("x".repeat(251) + ".xmi");

        AtomicFiles.write(target, out -> out.write('x'));

        assertEquals("x", Files.readString(target));
    }
}
