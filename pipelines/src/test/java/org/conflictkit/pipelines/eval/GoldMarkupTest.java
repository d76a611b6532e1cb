package org.conflictkit.pipelines.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class GoldMarkupTest
{
    @Test
    void readsNestedAnnotationsTypedValuesAndSpeakerReferences() throws Exception
    {
        GoldDocument document = GoldMarkup.parse("id: doc-1\nsource: test\n---\n"
                + "[[Speaker id=s1 name=\"Anna Berg\" official=true: The mayor]] said "
                + "[[Quote speaker=s1 direct=false cue=say: two [[Weapon category=DRONE quantity=2: drones]] fell]] "
                + "[[[Location kind=CITY countryCode=UA: Kyiv]]].", "fallback");

        assertEquals("doc-1", document.id());
        assertEquals("The mayor said two drones fell [Kyiv].", document.text());
        assertEquals(List.of(
                "Speaker[0,9]The mayor{id=s1, name=Anna Berg, official=true}",
                "Quote[15,30]two drones fell{speaker=Anna Berg, direct=false, cue=say}",
                "Weapon[19,25]drones{category=DRONE, quantity=2}",
                "Location[32,36]Kyiv{kind=CITY, countryCode=UA}"),
                document.annotations().stream().map(a -> a.type() + "[" + a.begin() + ","
                        + a.end() + "]" + a.text() + a.features()).collect(Collectors.toList()));
    }

    @Test
    void unclosedAnnotationsAreAnErrorNamingTheOffset()
    {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> GoldMarkup.parse("Hello [[Weapon category=DRONE: drones", "d"));
        assertEquals("unclosed [[Weapon at text offset 6", e.getMessage());
    }

    @Test
    void aNumberTooLargeForAnIntegerIsAnError()
    {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> GoldMarkup.parse("[[Weapon quantity=99999999999 category=DRONE: drones]]", "d"));
        assertEquals("number out of range: 99999999999", e.getMessage());
    }
}
