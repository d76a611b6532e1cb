package org.conflictkit.annotators.quote;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.conflictkit.annotators.testing.AssertAnnotations.assertAnnotations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.junit.jupiter.api.Test;

/** The named sieves and resolvers as provenance shows them, and the settings as parameters. */
class QuoteRulesTest
{
    private static JCas run(String text, Object[] quoteParameters, Object[] speakerParameters)
        throws Exception
    {
        return TestRunner.run(text, createEngineDescription(QuoteAnnotator.class, quoteParameters),
                createEngineDescription(SpeakerAnnotator.class, speakerParameters));
    }

    private static JCas run(String text) throws Exception
    {
        return run(text, new Object[0], new Object[0]);
    }

    /** Each quote with the sieve its provenance names, in text order. */
    private static List<String> sieves(JCas jcas)
    {
        return jcas.select(Quote.class)
                .map(q -> q.getCoveredText() + " <- " + q.getProvenance()).toList();
    }

    @Test
    void provenanceNamesTheSieveThatAttributed() throws Exception
    {
        JCas jcas = run("Governor Vitaliy Kim on Telegram: “Stay in the shelters.”\n"
                + "“The drones are still flying,” he said. “Do not go out.”");
        assertEquals(List.of("Stay in the shelters <- quote/direct; sieve=colon-introduction",
                "The drones are still flying <- quote/direct; sieve=report",
                "Do not go out <- quote/direct; sieve=same-paragraph"), sieves(jcas));
    }

    @Test
    void provenanceNamesTheResolver() throws Exception
    {
        JCas jcas = run("Governor Vitaliy Kim on Telegram: “Stay in the shelters.”\n"
                + "“The drones are still flying,” he said.");
        assertEquals(List.of("Governor Vitaliy Kim <- speaker/colon-introduction",
                "he <- speaker/cue-subject; resolved=pronoun"),
                jcas.select(Speaker.class).map(s -> s.getCoveredText() + " <- " + s.getProvenance())
                        .toList());
    }

    @Test
    void continuationParagraphsReachFurtherBack() throws Exception
    {
        String text = "Interior Minister Rashid Karimov said the attackers had fled.\n"
                + "The streets were quiet on Sunday.\n“We will find them.”";
        assertEquals(List.of("the attackers had fled <- quote/indirect:cue-subject; sieve=report"),
                sieves(run(text)));
        JCas further = run(text, new Object[0],
                new Object[] { SpeakerAnnotator.PARAM_CONTINUATION_PARAGRAPHS, 2 });
        assertEquals(List.of("the attackers had fled <- quote/indirect:cue-subject; sieve=report",
                "We will find them <- quote/direct; sieve=paragraph-continuation"),
                sieves(further));
    }

    @Test
    void shorterNounPhrasesCutALongSpeakerMention() throws Exception
    {
        String text = "The deputy head of the Southern Kherson Military Administration Oleksandr "
                + "Tolokonnikov said the shelling continued.";
        assertAnnotations(run(text), Speaker.class,
                "[  0, 86]Speaker(name=deputy head of the Southern Kherson Military Administration Oleksandr Tolokonnikov, title=head, organization=deputy head of the Southern Kherson Military Administration Oleksandr Tolokonnikov, official=true) \"The deputy head of the Southern Kherson Military Administration Oleksandr Tolokonnikov\"");
        JCas shorter = run(text, new Object[] { QuoteAnnotator.PARAM_MAX_NOUN_PHRASE, 5 },
                new Object[] { SpeakerAnnotator.PARAM_MAX_NOUN_PHRASE, 5 });
        // the walk to the start of the subject stops after five tokens
        assertAnnotations(shorter, Speaker.class,
                "[ 32, 86]Speaker(name=Kherson Military Administration Oleksandr Tolokonnikov, organization=Kherson Military Administration Oleksandr Tolokonnikov, official=true) \"Kherson Military Administration Oleksandr Tolokonnikov\"");
    }

    @Test
    void shallowerQuotationDepthDropsNestedQuotes() throws Exception
    {
        String text = "“They shouted ‘surrender’ at us,” the commander said.";
        JCas jcas = TestRunner.run(text, createEngineDescription(QuoteAnnotator.class));
        assertEquals(List.of("They shouted ‘surrender’ at us <- quote/direct",
                "surrender <- quote/direct-nested"), sieves(jcas));
        JCas flat = TestRunner.run(text, createEngineDescription(QuoteAnnotator.class,
                QuoteAnnotator.PARAM_MAX_QUOTATION_DEPTH, 1));
        assertEquals(List.of("They shouted ‘surrender’ at us <- quote/direct"), sieves(flat));
    }

    @Test
    void settingsOutOfRangeFailAtInitialization()
    {
        Exception e = assertThrows(ResourceInitializationException.class,
                () -> run("The ministry said the road was closed.",
                        new Object[] { QuoteAnnotator.PARAM_MAX_NOUN_PHRASE, 0 }, new Object[0]));
        assertEquals("quote settings out of range", rootMessage(e));
    }

    private static String rootMessage(Throwable e)
    {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage();
    }
}
