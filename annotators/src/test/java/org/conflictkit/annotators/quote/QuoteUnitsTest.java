package org.conflictkit.annotators.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.junit.jupiter.api.Test;

/** The units of a document are built once and given to both quote engines. */
class QuoteUnitsTest
{
    @Test
    void theSameQuotationsOfTheSameDocumentGiveTheSameUnits() throws Exception
    {
        String text = "“We held. We will hold,” he said. The town was quiet.";
        JCas jcas = TestRunner.run(text);
        int[] quote = { 1, text.indexOf('”') - 1 };
        int[] other = { 40, 44 };
        QuoteUnits first = QuoteUnits.of(jcas, List.of(quote, other));
        // the speaker engine lists the same quotations in its own order
        assertSame(first, QuoteUnits.of(jcas, List.of(other, quote)));
        // the quotation joins its two sentences into one unit
        assertEquals(List.of("“We held. We will hold,” he said.", "The town was quiet."),
                units(first));
        QuoteUnits without = QuoteUnits.of(jcas, List.of());
        assertNotSame(first, without);
        assertEquals(List.of("“We held.", "We will hold,” he said.", "The town was quiet."),
                units(without));
    }

    private static List<String> units(QuoteUnits d)
    {
        List<String> texts = new ArrayList<>();
        for (int u = 0; u < d.unitStart.length; u++) {
            texts.add(d.tokens.documentText().substring(d.tokens.begin(d.unitStart[u]),
                    d.tokens.end(d.unitEnd[u] - 1)));
        }
        return texts;
    }
}
