package org.conflictkit.pipelines;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.conflictkit.pipelines.io.AnnotationTable;
import org.conflictkit.pipelines.io.InputFormat;
import org.conflictkit.pipelines.io.OutputFormat;
import org.junit.jupiter.api.Test;

/** docs/formats.md documents every format and the table's columns as the code has them. */
class DocsTest
{
    @Test
    void everyOutputAndInputFormatHasItsSection() throws Exception
    {
        String formats = formats();
        for (OutputFormat format : OutputFormat.values()) {
            assertTrue(formats.matches("(?s).*\\n\\| `" + format.id() + "`.*"), format.id());
            assertTrue(formats.contains("`" + format.id() + "`"), format.id());
        }
        for (InputFormat format : InputFormat.values()) {
            assertTrue(formats.contains("| `" + format.id() + "` |"), format.id());
        }
    }

    @Test
    void theColumnListIsTheAnnotationTables() throws Exception
    {
        assertTrue(formats().contains("`" + String.join(", ", AnnotationTable.columnNames())
                + "`"), "docs/formats.md must list the columns of AnnotationTable");
    }

    private static String formats() throws Exception
    {
        return Files.readString(Path.of("..", "docs", "formats.md"));
    }
}
