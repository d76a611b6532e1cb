package org.conflictkit.pipelines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AnnotationTableTest
{
    @Test
    void theColumnsComeFromTheTypeSystemWithSharedFeaturesLast()
    {
        assertEquals(List.of("document_id", "type", "begin", "end", "text", "category", "model",
                "quantity", "count", "qualifier", "status", "victims", "kind", "country_code",
                "latitude", "longitude", "geonames_id", "name", "title", "organization",
                "official", "speaker", "direct", "cue", "provenance", "sentence", "lemma", "pos", "begin_utf16",
                "end_utf16"),
                AnnotationTable.columnNames());
    }

    @Test
    void theTypesAreTheLayersWithoutTheSpeechEvent()
    {
        assertEquals(List.of("org.conflictkit.type.Weapon", "org.conflictkit.type.CasualtyCount",
                "org.conflictkit.type.Location", "org.conflictkit.type.Speaker",
                "org.conflictkit.type.Quote"), AnnotationTable.typeNames());
    }

    /** The sample's speech event over "said" gives no row. */
    @Test
    void aRowPerAnnotationInTextOrderWithTheSpeakersNameAndTheSentence() throws Exception
    {
        List<String> rows = AnnotationTable.rows(SampleDocuments.strike(), "strike").stream()
                .map(row -> row.stream().map(String::valueOf).collect(Collectors.joining("|")))
                .toList();

        assertEquals(List.of(
                "strike|Weapon|16|29|Shahed drones|DRONE|Shahed-136|12|null|null|null|null|null|null|null|null|null|null|null|null|null|null|null|null|lexicon \"drones.txt\", line 3|Forces fired 12 Shahed drones at Dnipro overnight.|null|null|16|29",
                "strike|Weapon|23|29|drones|DRONE|null|0|null|null|null|null|null|null|null|null|null|null|null|null|null|null|null|null|test|Forces fired 12 Shahed drones at Dnipro overnight.|null|null|23|29",
                "strike|Location|33|39|Dnipro|null|null|null|null|null|null|null|CITY|UA|48.45|34.98|709930|null|null|null|null|null|null|null|test|Forces fired 12 Shahed drones at Dnipro overnight.|null|null|33|39",
                "strike|Quote|52|78|Two civilians were killed,|null|null|null|null|null|null|null|null|null|null|null|null|null|null|null|null|Anna Koval|true|say|test|\"Two civilians were killed,\" said Governor Anna Koval.|null|null|52|78",
                "strike|CasualtyCount|52|77|Two civilians were killed|null|null|null|2|EXACT|KILLED|civilians|null|null|null|null|null|null|null|null|null|null|null|null|test|\"Two civilians were killed,\" said Governor Anna Koval.|null|null|52|77",
                "strike|Speaker|85|104|Governor Anna Koval|null|null|null|null|null|null|null|null|null|null|null|null|Anna Koval|Governor|null|true|null|null|null|test|\"Two civilians were killed,\" said Governor Anna Koval.|null|null|85|104"),
                rows);
    }
}
