package org.conflictkit.annotators.quote;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.conflictkit.annotators.testing.AssertAnnotations.assertAnnotations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.testing.TestRunner;
import org.conflictkit.type.Quote;
import org.conflictkit.type.Speaker;
import org.conflictkit.type.SpeechEvent;
import org.junit.jupiter.api.Test;

/**
 * The speech events the quote engine writes (cue, source, apposition, reported clauses, rule and
 * quotes), and the speaker engine reading them instead of parsing the document again.
 */
class SpeechEventTest
{
    private static JCas quotesOnly(String text) throws Exception
    {
        return TestRunner.run(text, createEngineDescription(QuoteAnnotator.class));
    }

    private static JCas quotesAndSpeakers(String text) throws Exception
    {
        return TestRunner.run(text, createEngineDescription(QuoteAnnotator.class),
                createEngineDescription(SpeakerAnnotator.class));
    }

    /** An event as {@code "cue" lemma | source | apposition | before | after | quotes | rule}. */
    private static String describe(SpeechEvent e)
    {
        String text = e.getCAS().getDocumentText();
        List<String> quotes = new ArrayList<>();
        if (e.getQuotes() != null) {
            e.getQuotes().forEach(q -> quotes.add(q.getCoveredText()));
        }
        return "\"" + e.getCoveredText() + "\" " + e.getCue() + " | "
                + slice(text, e.getSourceBegin(), e.getSourceEnd()) + " | "
                + slice(text, e.getAppositionBegin(), e.getAppositionEnd()) + " | "
                + slice(text, e.getBeforeBegin(), e.getBeforeEnd()) + " | "
                + slice(text, e.getAfterBegin(), e.getAfterEnd()) + " | " + quotes + " | "
                + e.getProvenance();
    }

    private static String slice(String text, int begin, int end)
    {
        return begin < 0 && end < 0 ? "-" : text.substring(begin, end);
    }

    private static List<String> events(JCas jcas)
    {
        return jcas.select(SpeechEvent.class).map(SpeechEventTest::describe).toList();
    }

    @Test
    void aDirectQuoteWithANamedSpeaker() throws Exception
    {
        String text = "“We will rebuild,” said Governor Oleh Synehubov.";
        // The clause before the cue is nothing but the direct quote: no indirect quote.
        assertEquals(List.of("\"said\" say | Governor Oleh Synehubov | - | “We will rebuild | - "
                + "| [] | quote/cue-inverted"), events(quotesOnly(text)));
        // The speaker engine adds the direct quote it attributes to the event.
        assertEquals(List.of("\"said\" say | Governor Oleh Synehubov | - | “We will rebuild | - "
                + "| [We will rebuild] | quote/cue-inverted"), events(quotesAndSpeakers(text)));
    }

    @Test
    void anIndirectReportRefersToItsQuote() throws Exception
    {
        JCas jcas = quotesOnly("Interior Minister Rashid Karimov said the attackers had fled.");
        assertEquals(List.of("\"said\" say | Interior Minister Rashid Karimov | - "
                + "| - | the attackers had fled | [the attackers had fled] | quote/cue-subject"),
                events(jcas));
        Quote quote = jcas.select(Quote.class).single();
        assertEquals("quote/indirect:cue-subject", quote.getProvenance());
        assertEquals(quote, jcas.select(SpeechEvent.class).single().getQuotes().get(0));
    }

    @Test
    void accordingToHasNoCueLemmaAndAnAppositionIsKept() throws Exception
    {
        assertEquals(List.of("\"according to\" null | the regional governor | - "
                + "| Two people were killed | - | [Two people were killed] | quote/according-to"),
                events(quotesOnly("Two people were killed, according to the regional governor.")));
        assertEquals(List.of("\"said\" say | Kashmir Singh | a shopkeeper in Poonch | - "
                + "| the shelling began at dawn | [the shelling began at dawn] "
                + "| quote/cue-subject"),
                events(quotesOnly("Kashmir Singh, a shopkeeper in Poonch, said the shelling "
                        + "began at dawn.")));
    }

    @Test
    void aCueDashOrColonNextToAQuotationIsAnEventWhoseClauseIsTheQuotation() throws Exception
    {
        String text = "“Where are the trucks?” Lina Haddad asked.\n"
                + "“The shelling never stopped.” ― Maria Petrenko\n"
                + "Governor Vitaliy Kim on Telegram: “Stay in the shelters.”\n"
                + "Residents fled on Monday, saying, “Keep away from the windows.”";
        assertEquals(List.of("\"asked\" ask | Lina Haddad | - | Where are the trucks? | - | [] "
                + "| quote/adjacent-cue",
                "\"―\" null | Maria Petrenko | - | The shelling never stopped | - | [] "
                        + "| quote/dash-attribution",
                "\":\" null | Governor Vitaliy Kim | - | - | Stay in the shelters | [] "
                        + "| quote/colon-introduction",
                "\"saying\" say | Residents | - | - | Keep away from the windows | [] "
                        + "| quote/cue-before"), events(quotesOnly(text)));
        // The speaker engine attributes each quotation by the sieve named after the event's rule.
        JCas jcas = quotesAndSpeakers(text);
        assertEquals(List.of("Where are the trucks? <- quote/direct; sieve=adjacent-cue",
                "The shelling never stopped <- quote/direct; sieve=dash-attribution",
                "Stay in the shelters <- quote/direct; sieve=colon-introduction",
                "Keep away from the windows <- quote/direct; sieve=cue-before"),
                jcas.select(Quote.class).map(q -> q.getCoveredText() + " <- " + q.getProvenance())
                        .toList());
        assertEquals(List.of("[Where are the trucks?]", "[The shelling never stopped]",
                "[Stay in the shelters]", "[Keep away from the windows]"),
                jcas.select(SpeechEvent.class).map(e -> describe(e).split(" \\| ")[5]).toList());
    }

    @Test
    void withoutIndirectQuotesTheEventsAreStillWritten() throws Exception
    {
        JCas jcas = TestRunner.run("Police said the road was closed.", createEngineDescription(
                QuoteAnnotator.class, QuoteAnnotator.PARAM_INDIRECT, false));
        assertEquals(List.of("\"said\" say | Police | - | - | the road was closed | [] "
                + "| quote/cue-subject"), events(jcas));
        assertEquals(0, jcas.select(Quote.class).count());
    }

    /**
     * Quotes and speech events set here, not by the quote engine, on a text whose words the
     * parser would not attribute ("on the radio" is no speech verb): the speaker engine takes the
     * source, cue and rule from the events.
     */
    @Test
    void theSpeakerEngineReadsTheSpeechEventsItIsGiven() throws Exception
    {
        String text = "“We will hold,” Mayor Ivan Petrov on the radio. Petrov on the roads being "
                + "open.";
        JCas jcas = TestRunner.run(text);
        Quote direct = quote(jcas, text, "We will hold", true);
        Quote indirect = quote(jcas, text, "the roads being open", false);
        SpeechEvent first = event(jcas, text, "on the radio", "Mayor Ivan Petrov",
                "“We will hold,”", "quote/test-inverted");
        first.setCue("say");
        first.addToIndexes();
        SpeechEvent second = event(jcas, text, "on", "Petrov", null, "quote/test-subject");
        second.setAfterBegin(indirect.getBegin());
        second.setAfterEnd(indirect.getEnd());
        second.setCue("comment");
        second.setQuotes(FSArray.create(jcas, new Quote[] { indirect }));
        second.addToIndexes();

        SimplePipeline.runPipeline(jcas, createEngineDescription(SpeakerAnnotator.class));

        assertAnnotations(jcas, Quote.class,
                "[  1, 13]Quote(speaker=\"Mayor Ivan Petrov\", direct=true, cue=say) \"We will hold\"",
                "[ 58, 78]Quote(speaker=\"Petrov\", direct=false) \"the roads being open\"");
        assertEquals("quote/direct; sieve=report", direct.getProvenance());
        assertEquals("quote/test; sieve=report", indirect.getProvenance());
        assertAnnotations(jcas, Speaker.class,
                "[ 16, 33]Speaker(name=Ivan Petrov, title=Mayor, official=true) \"Mayor Ivan Petrov\"",
                "[ 48, 54]Speaker(name=Ivan Petrov, title=Mayor, official=true) \"Petrov\"");
        // The speaker's rule is the rule of the event that names it.
        assertEquals(List.of("speaker/test-inverted", "speaker/test-subject"),
                jcas.select(Speaker.class).map(s -> Provenance.ruleKey(s.getProvenance()))
                        .toList());
        assertEquals(List.of(direct), List.of(first.getQuotes().toArray()));
        assertEquals(List.of(indirect), List.of(second.getQuotes().toArray()));
    }

    @Test
    void withoutSpeechEventsTheSpeakerEngineDoesNotParse() throws Exception
    {
        // a quote inside a reported clause, a cue right before a quote: only the speech events
        // of the quote engine attribute them
        String text = "The mayor said that the city “will hold” and that the port was calm. "
                + "The guard said, “Stay out.”";
        JCas jcas = TestRunner.run(text);
        quote(jcas, text, "will hold", true);
        quote(jcas, text, "the port was calm", false);
        quote(jcas, text, "Stay out", true);

        SimplePipeline.runPipeline(jcas, createEngineDescription(SpeakerAnnotator.class));

        assertAnnotations(jcas, Quote.class);
        assertAnnotations(jcas, Speaker.class);
    }

    private static Quote quote(JCas jcas, String text, String words, boolean direct)
    {
        int begin = text.indexOf(words);
        Quote quote = new Quote(jcas, begin, begin + words.length());
        quote.setDirect(direct);
        quote.setProvenance(direct ? "quote/direct" : "quote/test");
        quote.addToIndexes();
        return quote;
    }

    /** An event over {@code cue} after its source (the last one), with a clause before it. */
    private static SpeechEvent event(JCas jcas, String text, String cue, String source,
            String before, String provenance)
    {
        int sourceBegin = text.lastIndexOf(source);
        int cueBegin = text.indexOf(cue, sourceBegin + source.length());
        SpeechEvent event = new SpeechEvent(jcas, cueBegin, cueBegin + cue.length());
        event.setSourceBegin(sourceBegin);
        event.setSourceEnd(sourceBegin + source.length());
        event.setAppositionBegin(-1);
        event.setAppositionEnd(-1);
        int beforeBegin = before == null ? -1 : text.indexOf(before);
        event.setBeforeBegin(beforeBegin);
        event.setBeforeEnd(before == null ? -1 : beforeBegin + before.length());
        event.setAfterBegin(-1);
        event.setAfterEnd(-1);
        event.setProvenance(provenance);
        return event;
    }
}
