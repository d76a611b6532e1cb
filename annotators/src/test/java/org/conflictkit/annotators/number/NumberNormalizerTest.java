package org.conflictkit.annotators.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.conflictkit.annotators.number.NumberNormalizer.Number;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberNormalizerTest
{
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "3,000 people|1|3000",
            "1.2 million people|2|1200000",
            "three soldiers|1|3",
            "twenty - three soldiers|3|23",
            "one hundred and five dead|4|105",
            "a dozen soldiers|2|12",
            "two dozen soldiers|2|24",
            "half a dozen soldiers|3|6",
            "a hundred people|2|100",
            "472 drones|1|472",
            "two thousand five hundred|4|2500" })
    void readsExactNumbers(String text, int length, long value)
    {
        assertEquals(new Number(length, value, false), NumberNormalizer.parse(tokens(text), 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "dozens of people|1", "hundreds killed|1",
            "several soldiers|1", "a few civilians|2", "several hundred people|2",
            "a few dozen soldiers|3", "many thousands|2", "tens of thousands of people|3",
            "hundreds of thousands|3", "dozens of soldiers|1" })
    void readsVagueAmounts(String text, int length)
    {
        assertEquals(new Number(length, -1, true), NumberNormalizer.parse(tokens(text), 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "Nineteen people|1|19", "ONE soldier|1|1",
            "forty - two|3|42", "a thousand|2|1000", "3 million|2|3000000",
            "one hundred twenty|3|120", "zero|1|0" })
    void readsWordsInAnyCaseAndCompounds(String text, int length, long value)
    {
        assertEquals(new Number(length, value, false), NumberNormalizer.parse(tokens(text), 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "a soldier", "soldiers", "1.5 km", "and", "hundred", "20-year-old",
            "30-40", "2,5,0", "an attack" })
    void rejectsWhatIsNoNumber(String text)
    {
        assertNull(NumberNormalizer.parse(tokens(text), 0));
    }

    private static List<String> tokens(String text)
    {
        return List.of(text.split(" "));
    }
}
