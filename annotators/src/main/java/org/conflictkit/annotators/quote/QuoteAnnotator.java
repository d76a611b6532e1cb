package org.conflictkit.annotators.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.resource.ResourceInitializationException;
import org.conflictkit.annotators.lexicon.LexiconResource;
import org.conflictkit.annotators.quote.QuotationScanner.Quotation;
import org.conflictkit.annotators.quote.ReportParser.Mention;
import org.conflictkit.annotators.quote.ReportParser.QuoteCue;
import org.conflictkit.annotators.quote.ReportParser.Report;
import org.conflictkit.annotators.quote.ReportParser.Span;
import org.conflictkit.annotators.rules.Provenance;
import org.conflictkit.annotators.rules.Provenance.Engine;
import org.conflictkit.type.Quote;
import org.conflictkit.type.SpeechEvent;

/**
 * Finds quotes: direct quotes by scanning characters for quotation marks (straight, curly and
 * single quotes, guillemets, nested and multi-paragraph quotes; see {@link QuotationScanner}),
 * and indirect quotes as the clauses reported by a speech verb ("X said that ...", "..., X
 * said", "told reporters ...") or by "according to X" ({@code direct=false}, {@code cue} = the
 * verb's lemma, unset for "according to"). Negated and passive speech ("did not confirm", "was
 * reported") reports nothing.
 * <p>
 * Every report the parser finds becomes a {@link SpeechEvent} over its cue, also when it gives
 * no indirect quote (its clause is a direct quote, its cue introduces direct quotes only, or
 * {@code indirect} is off): the source's mention and apposition, the reported clauses, the rule,
 * and the indirect quotes of its clauses. A direct quotation that no report's clause holds may
 * have its source right next to it: the first of the parser's quote steps that finds one
 * ({@code colon-introduction}, {@code adjacent-cue}, {@code dash-attribution},
 * {@code cue-before}) writes a speech event over the colon, speech verb or dash whose clause is
 * the quotation. The document is parsed once: the speaker engine reads these events.
 * <p>
 * Direct quotes are candidates: the {@link SpeakerAnnotator} that runs after this engine keeps
 * those it can attribute to a source and removes the rest (titles, scare quotes). Each quote's
 * {@code provenance} names the rule that found it.
 */
@ResourceMetaData(name = "ConflictKit quote annotator")
@TypeCapability(inputs = { "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
        "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence" }, outputs = {
                "org.conflictkit.type.Quote", "org.conflictkit.type.Quote:direct",
                "org.conflictkit.type.Quote:cue", "org.conflictkit.type.Quote:provenance",
                "org.conflictkit.type.SpeechEvent", "org.conflictkit.type.SpeechEvent:cue",
                "org.conflictkit.type.SpeechEvent:sourceBegin",
                "org.conflictkit.type.SpeechEvent:sourceEnd",
                "org.conflictkit.type.SpeechEvent:appositionBegin",
                "org.conflictkit.type.SpeechEvent:appositionEnd",
                "org.conflictkit.type.SpeechEvent:beforeBegin",
                "org.conflictkit.type.SpeechEvent:beforeEnd",
                "org.conflictkit.type.SpeechEvent:afterBegin",
                "org.conflictkit.type.SpeechEvent:afterEnd",
                "org.conflictkit.type.SpeechEvent:quotes",
                "org.conflictkit.type.SpeechEvent:provenance" })
public class QuoteAnnotator
    extends JCasAnnotator_ImplBase
{
    /**
     * The speech verb and speaker lexicon: a {@link LexiconResource} naming a {@code lists.def}
     * index (see the README beside the bundled one), shared with the
     * {@link SpeakerAnnotator}. Optional; without it the engine reads the bundled lists.
     */
    public static final String KEY_LEXICON = LexiconResource.KEY;
    @ExternalResource(key = KEY_LEXICON, mandatory = false)
    private LexiconResource lexicon;

    /** Whether to add indirect quotes (reported speech without quotation marks). */
    public static final String PARAM_INDIRECT = "indirect";
    @ConfigurationParameter(name = PARAM_INDIRECT, mandatory = true, defaultValue = "true")
    private boolean indirect;

    /**
     * The longest speaker noun phrase, in tokens: a longer mention is no source, and noun phrase
     * walks stop after this many tokens ({@link QuoteSettings#maxNounPhrase()}). Give the
     * {@link SpeakerAnnotator} the same value.
     */
    public static final String PARAM_MAX_NOUN_PHRASE = "maxNounPhrase";
    @ConfigurationParameter(name = PARAM_MAX_NOUN_PHRASE, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_MAX_NOUN_PHRASE)
    private int maxNounPhrase;

    /**
     * How many tokens may lead up to a parenthetical report ("The strikes, the ministry said,
     * hit ...") for it to report the clause it interrupts
     * ({@link QuoteSettings#maxParentheticalLead()}).
     */
    public static final String PARAM_MAX_PARENTHETICAL_LEAD = "maxParentheticalLead";
    @ConfigurationParameter(name = PARAM_MAX_PARENTHETICAL_LEAD, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_MAX_PARENTHETICAL_LEAD)
    private int maxParentheticalLead;

    /**
     * How many quotation marks may be open at once; a mark opened deeper is a stray mark
     * ({@link QuoteSettings#maxQuotationDepth()}).
     */
    public static final String PARAM_MAX_QUOTATION_DEPTH = "maxQuotationDepth";
    @ConfigurationParameter(name = PARAM_MAX_QUOTATION_DEPTH, mandatory = true,
            defaultValue = "" + QuoteSettings.DEFAULT_MAX_QUOTATION_DEPTH)
    private int maxQuotationDepth;

    private QuoteSettings settings;
    private ReportParser parser;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException
    {
        super.initialize(context);
        try {
            settings = new QuoteSettings(maxNounPhrase, maxParentheticalLead, maxQuotationDepth,
                    QuoteSettings.DEFAULT_NAME_WINDOW, QuoteSettings.DEFAULT_CONTEXT_BEFORE,
                    QuoteSettings.DEFAULT_CONTEXT_BEFORE_COMMA, QuoteSettings.DEFAULT_CONTEXT_AFTER,
                    QuoteSettings.DEFAULT_CONTINUATION_PARAGRAPHS,
                    QuoteSettings.DEFAULT_MIN_CLAUSE_WORDS);
        }
        catch (IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        }
        parser = new ReportParser(QuoteLexicon.get(lexicon), settings);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException
    {
        List<int[]> quotations = new ArrayList<>();
        for (Quotation q : QuotationScanner.scan(jcas.getDocumentText(),
                settings.maxQuotationDepth())) {
            quotations.add(new int[] { q.begin(), q.end() });
            Quote quote = new Quote(jcas, q.begin(), q.end());
            quote.setDirect(true);
            quote.setProvenance(Provenance.of(Engine.QUOTE,
                    q.depth() == 0 ? "direct" : "direct-nested").toString());
            quote.addToIndexes();
        }
        QuoteUnits d = QuoteUnits.of(jcas, quotations);
        List<Report> reports = new ArrayList<>();
        for (int u = 0; u < d.unitStart.length; u++) {
            reports.addAll(parser.parse(d, u));
        }
        List<int[][]> clauses = new ArrayList<>();
        for (Report report : reports) {
            clauses.add(new int[][] { indirectSpan(d, report.before(), quotations),
                    indirectSpan(d, report.after(), quotations) });
        }
        // Every indirect quote before the speech events, so that an event refers to the quote of
        // its clause also when a later report made it.
        Map<Long, Quote> indirectQuotes = new HashMap<>();
        for (int i = 0; indirect && i < reports.size(); i++) {
            Report report = reports.get(i);
            for (int[] span : clauses.get(i)) {
                if (span != null && !report.directOnly()) {
                    indirectQuotes.computeIfAbsent(key(span), k -> indirectQuote(jcas, span,
                            report));
                }
            }
        }
        for (int i = 0; i < reports.size(); i++) {
            List<Quote> reported = new ArrayList<>(2);
            for (int[] span : clauses.get(i)) {
                Quote quote = span == null ? null : indirectQuotes.get(key(span));
                if (quote != null && !reported.contains(quote)) {
                    reported.add(quote);
                }
            }
            speechEvent(jcas, d, reports.get(i), reported).addToIndexes();
        }
        Clauses held = new Clauses(d, reports);
        for (int[] q : quotations) {
            int first = d.tokens.tokenAtOrAfter(q[0]);
            if (first < d.tokens.size() && !held.hold(q)) {
                QuoteCue cue = parser.quoteCue(d, q[0], q[1]);
                if (cue != null) {
                    speechEvent(jcas, d, cue, q).addToIndexes();
                }
            }
        }
    }

    /**
     * The characters of the reports' clauses, sorted by their start with the furthest end up to
     * each, to tell in logarithmic time whether a clause holds a quotation.
     */
    private static final class Clauses
    {
        private final int[] begin;
        private final int[] furthestEnd;

        Clauses(QuoteUnits d, List<Report> reports)
        {
            List<int[]> regions = new ArrayList<>();
            for (Report report : reports) {
                for (Span clause : new Span[] { report.before(), report.after() }) {
                    if (clause != null) {
                        regions.add(ReportParser.region(d, clause));
                    }
                }
            }
            regions.sort(Comparator.comparingInt(r -> r[0]));
            begin = new int[regions.size()];
            furthestEnd = new int[regions.size()];
            for (int i = 0; i < regions.size(); i++) {
                begin[i] = regions.get(i)[0];
                furthestEnd[i] = Math.max(regions.get(i)[1], i > 0 ? furthestEnd[i - 1] : -1);
            }
        }

        /** Whether a clause holds the quotation {@code q}. */
        boolean hold(int[] q)
        {
            int i = Arrays.binarySearch(begin, q[0]);
            if (i < 0) {
                i = -i - 2; // the last clause starting before the quotation
            }
            else {
                while (i + 1 < begin.length && begin[i + 1] == q[0]) {
                    i++;
                }
            }
            return i >= 0 && furthestEnd[i] >= q[1];
        }
    }

    /**
     * The source next to a direct quotation as a speech event over its cue (a speech verb, a
     * dash or a colon) whose reported clause is the quotation.
     */
    private static SpeechEvent speechEvent(JCas jcas, QuoteUnits d, QuoteCue cue, int[] q)
    {
        int[] none = { -1, -1 };
        return speechEvent(jcas, d, cue.rule(), cue.lemma(), cue.cue(), cue.speaker(),
                cue.cueFollows() ? q : none, cue.cueFollows() ? none : q);
    }

    private static int[] indirectSpan(QuoteUnits d, Span content, List<int[]> quotations)
    {
        return content == null ? null : ReportParser.indirectSpan(d, content, quotations);
    }

    private static Quote indirectQuote(JCas jcas, int[] span, Report report)
    {
        Quote quote = new Quote(jcas, span[0], span[1]);
        quote.setDirect(false);
        quote.setCue(report.lemma());
        quote.setProvenance(Provenance.of(Engine.QUOTE, "indirect:" + report.rule()).toString());
        quote.addToIndexes();
        return quote;
    }

    /** A report as the speech event the speaker engine reads, in character offsets. */
    private static SpeechEvent speechEvent(JCas jcas, QuoteUnits d, Report report,
            List<Quote> reported)
    {
        SpeechEvent event = speechEvent(jcas, d, report.rule(), report.lemma(), report.cue(),
                report.speaker(), extent(d, report.before()), extent(d, report.after()));
        if (!reported.isEmpty()) {
            event.setQuotes(FSArray.create(jcas, reported.toArray(Quote[]::new)));
        }
        return event;
    }

    /** A speech event over a cue: its source and the characters reported before and after it. */
    private static SpeechEvent speechEvent(JCas jcas, QuoteUnits d, String rule, String lemma,
            Span cue, Mention speaker, int[] before, int[] after)
    {
        SpeechEvent event = new SpeechEvent(jcas, d.tokens.begin(cue.first()),
                d.tokens.end(cue.last()));
        event.setCue(lemma);
        Span source = speaker.words();
        event.setSourceBegin(d.tokens.begin(source.first()));
        event.setSourceEnd(d.tokens.end(source.last()));
        int[] apposition = extent(d, speaker.apposition());
        event.setAppositionBegin(apposition[0]);
        event.setAppositionEnd(apposition[1]);
        event.setBeforeBegin(before[0]);
        event.setBeforeEnd(before[1]);
        event.setAfterBegin(after[0]);
        event.setAfterEnd(after[1]);
        event.setProvenance(Provenance.of(Engine.QUOTE, rule).toString());
        return event;
    }

    /** The characters of a span of tokens, {@code {-1, -1}} for none. */
    private static int[] extent(QuoteUnits d, Span span)
    {
        return span == null ? new int[] { -1, -1 } : ReportParser.region(d, span);
    }

    private static long key(int[] span)
    {
        return ((long) span[0] << 32) | span[1];
    }
}
