package org.conflictkit.annotators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.conflictkit.annotators.testing.TestRunner;
import org.junit.jupiter.api.Test;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

class TokenViewTest
{
    @Test
    void holdsOffsetsTextsAndLowerCase() throws Exception
    {
        TokenView view = TokenView.of(TestRunner.run("The U.S. said Kyiv’s IDF."));

        assertEquals(List.of("The", "U.S.", "said", "Kyiv", "’s", "IDF", "."), view.texts());
        assertEquals(List.of("the", "u.s.", "said", "kyiv", "’s", "idf", "."), view.lowers());
        assertEquals(7, view.size());
        assertEquals(4, view.begin(1));
        assertEquals(8, view.end(1));
        assertEquals("U.S.", view.text(1));
        assertEquals("kyiv", view.lower(3));
        assertEquals("said Kyiv’s", view.text(2, 4));
        assertEquals("The U.S. said Kyiv’s IDF.", view.documentText());
        assertThrows(UnsupportedOperationException.class, () -> view.texts().set(0, "A"));
        assertThrows(UnsupportedOperationException.class, () -> view.lowers().remove(0));
    }

    @Test
    void enginesReadingTheSameSegmentationShareOneViewAndAnEditGivesANewOne() throws Exception
    {
        JCas jcas = TestRunner.run("Drones hit Lviv.");
        TokenView first = TokenView.of(jcas);

        assertSame(first, TokenView.of(jcas));

        Token lviv = JCasUtil.select(jcas, Token.class).stream()
                .filter(t -> t.getCoveredText().equals("Lviv")).findFirst().orElseThrow();
        lviv.removeFromIndexes();
        new Token(jcas, 11, 13).addToIndexes();
        new Token(jcas, 13, 15).addToIndexes();
        TokenView edited = TokenView.of(jcas);

        assertNotSame(first, edited);
        assertEquals(List.of("Drones", "hit", "Lv", "iv", "."), edited.texts());
        assertEquals(List.of("Drones", "hit", "Lviv", "."), first.texts());
    }

    @Test
    void findsTheTokenAtAnOffset() throws Exception
    {
        TokenView view = TokenView.of(TestRunner.run("Drones hit  Lviv."));

        assertEquals(0, view.tokenAtOrAfter(0));
        assertEquals(1, view.tokenAtOrAfter(1)); // inside "Drones": the next token
        assertEquals(2, view.tokenAtOrAfter(11)); // the second space before "Lviv"
        assertEquals(4, view.tokenAtOrAfter(17)); // past the end
    }

    @Test
    void numbersSentencesAndLines() throws Exception
    {
        TokenView view = TokenView.of(TestRunner.run(
                "Drones hit Lviv. Two died.\n\nOfficials said so.\nNo more"));

        assertEquals(4, view.sentenceCount());
        assertEquals(List.of(List.of("Drones", "hit", "Lviv", "."), List.of("Two", "died", "."),
                List.of("Officials", "said", "so", "."), List.of("No", "more")),
                sentences(view));
        assertEquals(0, view.sentenceOf(3));
        assertEquals(1, view.sentenceOf(4));
        assertEquals(3, view.sentenceOf(view.size() - 1));
        // Lines, not sentences, and a blank line is no line of its own.
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2), paragraphs(view));
    }

    @Test
    void tellsHeadingsAndDatelines() throws Exception
    {
        String text = "Russian Drones Strike Power Plant in Western Ukraine\n"
                + "KYIV, March 3 (Reuters) - Drones hit a plant.\n"
                + "Officials said the Damage was limited.";
        TokenView view = TokenView.of(TestRunner.run(text));

        assertEquals(3, view.sentenceCount());
        assertTrue(view.sentenceInHeading(0));
        assertFalse(view.sentenceInHeading(1));
        assertFalse(view.sentenceInHeading(2));
        assertTrue(view.inHeading(0));
        assertTrue(view.inHeading(view.sentenceEnd(0) - 1));
        assertFalse(view.inHeading(view.sentenceStart(1)));

        int kyiv = view.sentenceStart(1);
        assertEquals("KYIV", view.text(kyiv));
        assertEquals(text.indexOf(" - ") + 2, view.datelineEnd(kyiv)); // up to its dash
        assertEquals(-1, view.datelineEnd(kyiv + 1));
        assertEquals(-1, view.datelineEnd(0));
        assertEquals(-1, view.datelineEnd(view.sentenceStart(2)));
    }

    @Test
    void tellsAcronyms() throws Exception
    {
        TokenView view = TokenView.of(TestRunner.run(
                "NATO , U.S. , IDF , UN , T-72 , I , A , Kyiv , Us , UNHCR , AFTER , nato , 1990"));

        assertEquals(List.of("NATO", "U.S.", "IDF", "UN", "T-72"),
                matching(view, view::isAcronym));
    }

    @Test
    void tellsCharacterClasses() throws Exception
    {
        TokenView view = TokenView.of(TestRunner.run("KYIV's 3,000 drones, T-72 and Ülkü’s éclat."));
        assertEquals(List.of("KYIV", "'s", "3,000", "drones", ",", "T-72", "and", "Ülkü", "’s",
                "éclat", "."), view.texts());

        assertEquals(List.of("KYIV", "3,000", "drones", "T-72", "and", "Ülkü", "éclat"),
                matching(view, view::isWord));
        assertEquals(List.of("3,000"), matching(view, view::startsWithDigit));
        assertEquals(List.of("KYIV", "T-72", "Ülkü"), matching(view, view::isCapitalised));
        assertEquals(List.of("drones", "and", "éclat"), matching(view, view::startsLowerCase));
        assertEquals(List.of("KYIV", "'s", "drones", "T-72", "and", "Ülkü", "’s", "éclat"),
                matching(view, view::hasLetter));
        assertEquals(List.of("3,000", "T-72"), matching(view, view::hasDigit));
        assertEquals(List.of("KYIV", "3,000", ",", "T-72", "."), matching(view, view::isAllCaps));
        assertEquals(List.of("'s", "’s"), matching(view, view::isPossessive));
        assertEquals(List.of("'s", ",", "’s", "."), matching(view, view::gluedLeft));
        assertEquals(List.of("KYIV", "drones", "Ülkü", "éclat"),
                matching(view, view::gluedRight));
    }

    @Test
    void keepsTokensOutsideEverySentence() throws Exception
    {
        // A user's segmentation copied from an annotation tool: tokens after the last sentence,
        // and a sentence without tokens.
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("One two. Three four");
        int[][] tokens = { { 0, 3 }, { 4, 7 }, { 7, 8 }, { 9, 14 }, { 15, 19 } };
        for (int[] token : tokens) {
            new Token(jcas, token[0], token[1]).addToIndexes();
        }
        new Sentence(jcas, 0, 8).addToIndexes();
        new Sentence(jcas, 8, 9).addToIndexes();

        TokenView view = TokenView.of(jcas);

        assertEquals(List.of(List.of("One", "two", "."), List.of("Three", "four")),
                sentences(view));
        assertEquals(1, view.sentenceOf(4));
        assertFalse(view.sentenceInHeading(1));
        assertEquals(-1, view.datelineEnd(0));
    }

    private static List<List<String>> sentences(TokenView view)
    {
        List<List<String>> sentences = new ArrayList<>();
        for (int s = 0; s < view.sentenceCount(); s++) {
            sentences.add(view.texts().subList(view.sentenceStart(s), view.sentenceEnd(s)));
        }
        return sentences;
    }

    private static List<Integer> paragraphs(TokenView view)
    {
        List<Integer> paragraphs = new ArrayList<>();
        for (int t = 0; t < view.size(); t++) {
            paragraphs.add(view.paragraphOf(t));
        }
        return paragraphs;
    }

    private static List<String> matching(TokenView view, IntPredicate question)
    {
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < view.size(); t++) {
            if (question.test(t)) {
                tokens.add(view.text(t));
            }
        }
        return tokens;
    }
}
