package org.conflictkit.pipelines.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearReaderTest
{
    @TempDir
    Path split;

    @Test
    void contentFragmentsAreQuotesSourcesSpeakersAndTheFirstAnnotatorCounts() throws Exception
    {
        // The headline emoji is one code point, as brat counts, but two Java chars.
        String text = "\uD83D\uDCF0\n“We will win,” the mayor said, “and soon.” "
                + "Critics believe that the plan fails.";
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text/paper_2016-01-01_story.txt"), text);
        int quote1 = text.indexOf("We will") - 1;
        int quote2 = text.indexOf("and soon") - 1;
        int mayor = text.indexOf("the mayor") - 1;
        int critics = text.indexOf("Critics") - 1;
        int clause = text.indexOf("that the plan") - 1;
        Files.writeString(split.resolve("attributions/paper_2016-01-01_story_a1.ann"), String.join(
                "\n",
                "T1\tSource " + mayor + " " + (mayor + 9) + "\tthe mayor",
                "T2\tCue " + (mayor + 10) + " " + (mayor + 14) + "\tsaid",
                "T3\tContent " + quote1 + " " + (quote1 + 11) + ";" + quote2 + " " + (quote2 + 8)
                        + "\tWe will win, and soon",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
                "T4\tSource " + critics + " " + (critics + 7) + "\tCritics",
                "T5\tContent " + clause + " " + (text.length() - 2) + "\tthat the plan fails",
                "E2\tAttribution:T4 Content:T5 Source:T4",
                "#1\tAnnotatorNotes T1\ta note", ""));
        // A second annotator's file of the same article is not read.
        Files.writeString(split.resolve("attributions/paper_2016-01-01_story_b2.ann"),
                "T1\tSource 0 3\t“We\n");

        List<GoldDocument> documents = new PolnearReader().read(split, new ArrayList<>());

        assertEquals(1, documents.size());
        GoldDocument document = documents.get(0);
        assertEquals("paper_2016-01-01_story", document.id());
        List<EvalAnnotation> quotes = document.annotations().stream()
                .filter(a -> a.type().equals("Quote")).toList();
        assertEquals(List.of("We will win", "and soon", "that the plan fails"),
                quotes.stream().map(EvalAnnotation::text).toList());
        assertEquals(List.of(true, true, false),
                quotes.stream().map(q -> q.feature("direct")).toList());
        assertEquals("the mayor", quotes.get(1).feature("speaker"));
        assertEquals(mayor + 1, quotes.get(1).feature("speakerBegin"));
        assertEquals(List.of("the mayor", "Critics"), document.annotations().stream()
                .filter(a -> a.type().equals("Speaker")).map(EvalAnnotation::text).toList());
    }

    @Test
    void twoApostrophesAreADoubleMarkAndASingleQuoteIsNot()
    {
        String text = "''It is over,'' he said. Its 'grand plan' failed. He called it ''smart.''";
        int over = text.indexOf("It is");
        assertTrue(PolnearReader.isDirect(text, over - 2, over + 13));
        assertTrue(PolnearReader.isDirect(text, over, over + 11));
        int plan = text.indexOf("grand");
        assertFalse(PolnearReader.isDirect(text, plan, plan + 10));
        int smart = text.indexOf("smart");
        assertTrue(PolnearReader.isDirect(text, smart, smart + 5));
    }

    @Test
    void aSpeakerIsRightWhenItsMentionOverlapsTheGoldSource()
    {
        EvalAnnotation gold = new EvalAnnotation("Quote", 0, 10, "x", java.util.Map.of(
                "direct", true, "speaker", "he", "speakerBegin", 20, "speakerEnd", 22));
        EvalAnnotation right = new EvalAnnotation("Quote", 1, 9, "x", java.util.Map.of("direct",
                true, "speaker", "Donald Trump", "speakerBegin", 20, "speakerEnd", 22));
        EvalAnnotation wrong = new EvalAnnotation("Quote", 1, 9, "x", java.util.Map.of("direct",
                true, "speaker", "Hillary Clinton", "speakerBegin", 40, "speakerEnd", 55));
        Scorer scorer = new Scorer(GoldFormat.POLNEAR.scope());
        scorer.add("a", List.of(gold), List.of(right));
        scorer.add("b", List.of(gold), List.of(wrong));

        assertEquals(0.5, scorer.report().metrics().get("Quote.direct.speaker.accuracy"), 1e-9);
        assertEquals(null, scorer.report().metrics().get("Weapon.lenient.f1"));
    }
}
