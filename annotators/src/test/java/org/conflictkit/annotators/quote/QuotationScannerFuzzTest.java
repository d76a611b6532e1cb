package org.conflictkit.annotators.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conflictkit.annotators.quote.QuotationScanner.Quotation;
import org.conflictkit.annotators.testing.FuzzDuration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the character-level quote scanner: any text gives quotations inside
 * the text, not empty, not cut through a character outside the BMP, with a sane depth. Without
 * JAZZER_FUZZ=1 the target runs once on its seeds as a regression test.
 */
class QuotationScannerFuzzTest
{
    @FuzzTest(maxDuration = FuzzDuration.PER_RUN)
    void quotationsLieWithinTheTextOnAnyText(FuzzedDataProvider data) throws Exception
    {
        String text = data.consumeRemainingAsString();
        for (Quotation q : QuotationScanner.scan(text, QuoteSettings.DEFAULT_MAX_QUOTATION_DEPTH)) {
            String where = q + " in a text of " + text.length();
            assertTrue(0 <= q.begin() && q.begin() < q.end() && q.end() <= text.length(), where);
            assertTrue(q.depth() >= 0 && q.depth() < 8, where);
            assertTrue(!Character.isLowSurrogate(text.charAt(q.begin())), "cut pair: " + where);
            assertTrue(q.end() == text.length() || !Character.isLowSurrogate(text.charAt(q.end())),
                    "cut pair: " + where);
        }
    }
}
