package org.conflictkit.pipelines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EvaluateCommandTest
{
    private static final String GOLD = "id: g1\nsource: test\n---\n"
            + "A [[Weapon category=DRONE: drone]] hit [[Location kind=CITY countryCode=UA: Kyiv]].\n";

    @Test
    void printsScoresAsJsonForEveryType(@TempDir Path dir) throws Exception
    {
        Files.writeString(dir.resolve("g1.md"), GOLD);

        CommandTester result = CommandTester.run("evaluate", "--gold", dir.toString(),
                "--pipeline", "segment", "--json");

        assertEquals(0, result.exitCode, result.err);
        JsonNode json = new ObjectMapper().readTree(result.out);
        assertEquals(1, json.get("documents").asInt());
        assertEquals(1, json.at("/spans/Weapon.lenient/gold").asInt());
        assertEquals(1, json.at("/spans/Location.strict/gold").asInt());
        assertEquals(0, json.at("/spans/Location.strict/predicted").asInt());
    }

    @Test
    void upperCaseScoresTheGoldWrittenInCapitals(@TempDir Path dir) throws Exception
    {
        Files.writeString(dir.resolve("g1.md"), GOLD);

        CommandTester result = CommandTester.run("evaluate", "--gold", dir.toString(),
                "--pipeline", "segment", "--upper-case", "--errors");

        assertEquals(0, result.exitCode, result.err);
        assertTrue(result.out.contains("\"DRONE\""), result.out);
        assertTrue(result.out.contains("\"KYIV\""), result.out);
    }

    @Test
    void aMissedFloorFailsTheRunAndNamesTheMetric(@TempDir Path dir) throws Exception
    {
        Files.writeString(dir.resolve("g1.md"), GOLD);
        Path floors = dir.resolve("floors.properties");
        Files.writeString(floors, "Weapon.lenient.f1=0.5\n");

        CommandTester result = CommandTester.run("evaluate", "--gold", dir.toString(),
                "--pipeline", "segment", "--floors", floors.toString());

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode);
        assertTrue(result.err.contains("floor missed: Weapon.lenient.f1 = 0.0000 < 0.5000"),
                result.err);
        assertTrue(result.out.contains("Weapon"), result.out);
    }

    @Test
    void aBrokenGoldFileIsNamed(@TempDir Path dir) throws Exception
    {
        Files.writeString(dir.resolve("good.md"), GOLD);
        Files.writeString(dir.resolve("bad.md"), "[[Weapon category=DRONE: open");

        CommandTester result = CommandTester.run("evaluate", "--gold", dir.toString(),
                "--pipeline", "segment");

        assertEquals(ConflictKitCommand.EXIT_FAILURES, result.exitCode);
        assertTrue(result.err.contains(dir.resolve("bad.md") + ": unclosed [[Weapon"), result.err);
    }

    @Test
    void aPublicCorpusFormatScoresOnlyItsTypesAndListsMissesInContext(@TempDir Path dir)
        throws Exception
    {
        Path file = dir.resolve("toponyms.xml");
        Files.writeString(file, "<articles><article docid=\"1\"><text>Rain fell on Lyon today."
                + "</text><toponyms><toponym><start>13</start><end>17</end><phrase>Lyon</phrase>"
                + "</toponym></toponyms></article></articles>");

        CommandTester result = CommandTester.run("evaluate", "--gold", file.toString(),
                "--gold-format", "geoxml", "--pipeline", "segment", "--json", "--errors");

        assertEquals(0, result.exitCode, result.err);
        JsonNode json = new ObjectMapper().readTree(result.out.substring(0,
                result.out.lastIndexOf('}') + 1));
        assertEquals("[\"Location\"]", json.get("scoredTypes").toString());
        assertEquals(1, json.at("/spans/Location.lenient/gold").asInt());
        assertTrue(json.at("/spans/Weapon.lenient").isMissingNode(), result.out);
        assertTrue(result.out.contains("toponyms#1\tmissed\tLocation [13,17] \"Lyon\""),
                result.out);
        assertTrue(result.out.contains("Rain fell on [[Lyon]] today."), result.out);
    }

    @Test
    void anUnknownGoldFormatIsAUsageError(@TempDir Path dir) throws Exception
    {
        CommandTester result = CommandTester.run("evaluate", "--gold", dir.toString(),
                "--gold-format", "conll", "--pipeline", "segment");

        assertEquals(ConflictKitCommand.EXIT_USAGE, result.exitCode);
        assertTrue(result.err.contains("unknown --gold-format 'conll'"), result.err);
    }
}
