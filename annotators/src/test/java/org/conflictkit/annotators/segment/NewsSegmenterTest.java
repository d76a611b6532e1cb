package org.conflictkit.annotators.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.conflictkit.annotators.testing.TestRunner;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Div;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Heading;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class NewsSegmenterTest
{
    @Test
    void keepsDesignatorsNumbersAndInitialismsWhole() throws Exception
    {
        JCas jcas = TestRunner.run("The U.S. said 3,000 Tu-22M3 and S-400 units, 1.2 million.");
        assertEquals(List.of("The", "U.S.", "said", "3,000", "Tu-22M3", "and", "S-400", "units",
                ",", "1.2", "million", "."), texts(jcas, Token.class));
    }

    @Test
    void aLeadingDecimalPointStartsANumber() throws Exception
    {
        JCas jcas = TestRunner.run("Gunmen with .50-caliber guns fired. 50 died.");
        assertEquals(List.of("Gunmen", "with", ".50-caliber", "guns", "fired", ".", "50", "died",
                "."), texts(jcas, Token.class));
        assertEquals(2, jcas.select(Sentence.class).count());
    }

    @Test
    void splitsPossessivesQuotesAndDashes() throws Exception
    {
        JCas jcas = TestRunner.run("Ukraine’s army — “We won,” he said; Russia's (too).");
        assertEquals(List.of("Ukraine", "’s", "army", "—", "“", "We", "won", ",", "”", "he",
                "said", ";", "Russia", "'s", "(", "too", ")", "."), texts(jcas, Token.class));
    }

    @Test
    void everyLineIsAParagraphAndTitleCaseLinesAreHeadings() throws Exception
    {
        JCas jcas = TestRunner.run("Russian Drones Strike Power Plant in Western Ukraine\n\n"
                + "KYIV, March 3 (Reuters) - Drones hit a power plant in Lviv.\n"
                + "Officials said the Damage was limited.\n");
        assertEquals(List.of("Russian Drones Strike Power Plant in Western Ukraine",
                "KYIV, March 3 (Reuters) - Drones hit a power plant in Lviv.",
                "Officials said the Damage was limited."), texts(jcas, Paragraph.class));
        assertEquals(List.of("Russian Drones Strike Power Plant in Western Ukraine"),
                texts(jcas, Heading.class));
    }

    @Test
    void wireServiceDatelinesAreDivsUpToTheirDash() throws Exception
    {
        JCas jcas = TestRunner.run("GOMA, Democratic Republic of Congo (Reuters) \u2014 Shells fell.\n"
                + "BAGHDAD (AFP)- Two rockets hit.\n"
                + "KYIV, March 3 - Sirens sounded.\n"
                + "Smoke rose over Kyiv - residents fled.\n");
        assertEquals(List.of("GOMA, Democratic Republic of Congo (Reuters) \u2014",
                "BAGHDAD (AFP)-", "KYIV, March 3 -"),
                jcas.select(Div.class).filter(d -> NewsSegmenter.DATELINE.equals(d.getDivType()))
                        .map(Div::getCoveredText).toList());
    }

    @Test
    void titleAbbreviationsDoNotEndSentences() throws Exception
    {
        JCas jcas = TestRunner.run("Gen. Valery Gerasimov spoke. Lt. Col. Ahmed agreed.");
        assertEquals(List.of("Gen. Valery Gerasimov spoke.", "Lt. Col. Ahmed agreed."),
                texts(jcas, Sentence.class));
    }

    @Test
    void headlinesAndLinesAreSentencesOfTheirOwn() throws Exception
    {
        JCas jcas = TestRunner.run(
                "Russian missile hits Kramatorsk\nKYIV, Ukraine (AP) — Two died. “It hurts.” Then calm.");
        assertEquals(List.of("Russian missile hits Kramatorsk",
                "KYIV, Ukraine (AP) — Two died.", "“It hurts.”", "Then calm."),
                texts(jcas, Sentence.class));
    }

    @Test
    void phrasesAreCutLikeText()
    {
        assertEquals(List.of("taken", "-", "hostage", "a", ".", "m", ".", "U.S.", "3,000"),
                NewsSegmenter.tokens("taken-hostage a.m. U.S. 3,000"));
    }

    @Test
    void hyphenatedWordsWithoutDigitsAreSplit() throws Exception
    {
        JCas jcas = TestRunner.run("Iran-backed Mi-8/24 twenty-three");
        assertEquals(List.of("Iran", "-", "backed", "Mi-8/24", "twenty", "-", "three"),
                texts(jcas, Token.class));
    }

    @Test
    void aDigitInAnEarlierPartKeepsTheLaterPartsOfADesignator() throws Exception
    {
        JCas jcas = TestRunner.run("Kh-101-K AGM-88E-ER Shahed-136-based");
        assertEquals(List.of("Kh-101-K", "AGM-88E-ER", "Shahed-136-based"),
                texts(jcas, Token.class));
    }

    @Test
    void charactersOutsideTheBasicPlaneKeepValidOffsets() throws Exception
    {
        JCas jcas = TestRunner.run("Strike \uD83D\uDCA5 on\u200B Kyiv.");
        assertEquals(List.of("Strike", "\uD83D\uDCA5", "on", "Kyiv", "."), texts(jcas, Token.class));
    }

    private static List<String> texts(JCas jcas, Class<? extends Annotation> type)
    {
        return JCasUtil.select(jcas, type).stream().map(Annotation::getCoveredText)
                .collect(Collectors.toList());
    }
}
