package org.conflictkit.pipelines.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.conflictkit.pipelines.cli.ConflictKitCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CheckPredictCommandTest
{
    @Test
    void aRefusedRequestFailsTheCheckWithTheServersReason(@TempDir Path dir) throws Exception
    {
        TypeSystemDescription types = InceptionRequests.projectTypeSystem();
        Path request = Files.writeString(dir.resolve("request.json"),
                InceptionRequests.request("org.example.Vehicle", "value",
                        InceptionRequests.xmi(InceptionRequests.userCas(types, "Text.", true)),
                        InceptionRequests.toXml(types)));
        StringWriter out = new StringWriter();
        CommandLine command = ConflictKitCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(new StringWriter(), true));

        int exit = command.execute("check-predict", request.toString(), "--expect", "LOC");

        assertEquals(ConflictKitCommand.EXIT_FAILURES, exit);
        assertTrue(out.toString().startsWith(request + ": FAILED: status 422: unknown layer "
                + "org.example.Vehicle"), out.toString());
    }
}
